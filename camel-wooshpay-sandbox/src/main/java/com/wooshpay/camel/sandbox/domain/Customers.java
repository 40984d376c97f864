/*
 * Copyright 2026 the camel-wooshpay authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package com.wooshpay.camel.sandbox.domain;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/**
 * {@code /v1/customers} as WooshPay's guide describes it (email recommended; name, phone, description, address,
 * shipping, metadata); update, delete, list and search follow Stripe's shape, which WooshPay's menu lists but does not
 * spell out.
 */
public final class Customers {

    public static final String KIND = "customer";
    private static final String[] FIELDS = {"email", "name", "phone", "description", "address", "shipping"};
    private static final List<String> SEARCHABLE = List.of("email", "name", "phone");

    private Customers() {}

    public static ObjectNode create(Call call, JsonNode body) {
        check(body);
        ObjectNode customer = JsonNodeFactory.instance.objectNode();
        customer.put("id", Ids.next("cus_"));
        customer.put("object", "customer");
        customer.put("created", call.nowMillis());
        customer.put("livemode", false);
        for (String field : FIELDS) {
            customer.putNull(field);
        }
        Params.copyIfPresent(body, customer, FIELDS);
        customer.set("metadata", Params.metadataOf(body));
        customer.putNull("default_payment_method");
        call.account().put(KIND, customer);
        EventLog.emit(call, "customer.created", KIND, customer.get("id").asText());
        return customer;
    }

    public static ObjectNode retrieve(Account account, String id) {
        ObjectNode customer = account.get(KIND, id);
        if (customer == null) {
            throw ApiError.notFound("customer", id);
        }
        return customer;
    }

    public static ObjectNode update(Call call, String id, JsonNode body) {
        ObjectNode customer = retrieve(call.account(), id);
        check(body);
        Params.copyIfPresent(body, customer, FIELDS);
        if (body.hasNonNull("metadata")) {
            // Stripe's rule: keys given are set, a key given as "" is removed, others stay
            ObjectNode metadata = customer.with("metadata");
            body.get("metadata").properties().forEach(entry -> {
                if (entry.getValue().asText().isEmpty()) {
                    metadata.remove(entry.getKey());
                } else {
                    metadata.set(entry.getKey(), entry.getValue().deepCopy());
                }
            });
        }
        if (body.has("default_payment_method")) {
            String method = Params.text(body, "default_payment_method");
            if (method != null && !customerOf(call.account(), method).equals(id)) {
                throw ApiError.invalid(
                        "resource_missing",
                        "default_payment_method",
                        "The payment method " + method + " is not attached to customer " + id + ".");
            }
            customer.put("default_payment_method", method);
        }
        call.account().put(KIND, customer);
        EventLog.emit(call, "customer.updated", KIND, id);
        return customer;
    }

    /** Deletes the customer and detaches its payment methods; the answer is Stripe's deleted stub. */
    public static ObjectNode delete(Call call, String id) {
        retrieve(call.account(), id);
        for (ObjectNode method : call.account().newestFirst(PaymentMethods.KIND)) {
            if (id.equals(method.path("customer").asText(null))) {
                method.putNull("customer");
                call.account().put(PaymentMethods.KIND, method);
            }
        }
        EventLog.emit(call, "customer.deleted", KIND, id);
        call.account().remove(KIND, id);
        ObjectNode deleted = JsonNodeFactory.instance.objectNode();
        deleted.put("id", id);
        deleted.put("object", "customer");
        deleted.put("deleted", true);
        return deleted;
    }

    public static ObjectNode list(Account account, Function<String, String> query) {
        String email = query.apply("email");
        EventLog.CreatedFilter created = EventLog.CreatedFilter.of(query);
        return Listing.page(
                account.newestFirst(KIND),
                c -> created.test(c)
                        && (email == null
                                || email.equalsIgnoreCase(c.path("email").asText())),
                Listing.Query.of(query),
                "/v1/customers",
                "list");
    }

    public static ObjectNode search(Account account, Function<String, String> query) {
        String text = query.apply("query");
        if (text == null || text.isBlank()) {
            throw ApiError.missing("query");
        }
        SearchQuery search = SearchQuery.parse(text, SEARCHABLE);
        return Listing.searchPage(account.newestFirst(KIND), search::matches, query, "/v1/customers/search");
    }

    private static void check(JsonNode body) {
        Params.requireMetadata(body);
        String email = Params.text(body, "email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw ApiError.invalid("email_invalid", "email", "Invalid email address: " + email);
        }
        for (String object : new String[] {"address", "shipping"}) {
            JsonNode value = body.get(object);
            if (value != null && !value.isNull() && !value.isObject()) {
                throw ApiError.invalid("parameter_invalid", object, object + " must be an object.");
            }
        }
    }

    private static String customerOf(Account account, String paymentMethodId) {
        ObjectNode method = account.get(PaymentMethods.KIND, paymentMethodId);
        return method == null ? "" : method.path("customer").asText("");
    }
}
