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

import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/**
 * {@code /v1/payment_methods}: create, retrieve, update, list, attach ({@code customer}), detach, and a customer's
 * list at {@code /v1/customers/{id}/payment_methods}. WooshPay's menu lists these; paths and fields follow Stripe's.
 * A card keeps only what Stripe keeps of it (brand, last four digits, expiry), never its number or CVC.
 */
public final class PaymentMethods {

    public static final String KIND = "payment_method";
    private static final Set<String> TYPES = Set.of("card", "alipayplus", "alipay_hk", "gcash", "dana", "kakaopay");

    private PaymentMethods() {}

    public static ObjectNode create(Call call, JsonNode body) {
        String type = Params.requiredText(body, "type");
        if (!TYPES.contains(type)) {
            throw ApiError.invalid("parameter_invalid", "type", "Invalid payment method type: " + type);
        }
        Params.requireMetadata(body);
        ObjectNode method = JsonNodeFactory.instance.objectNode();
        method.put("id", Ids.next("pm_"));
        method.put("object", "payment_method");
        method.put("created", call.nowMillis());
        method.put("livemode", false);
        method.put("type", type);
        method.putNull("customer");
        method.set(
                "billing_details",
                body.hasNonNull("billing_details")
                        ? body.get("billing_details").deepCopy()
                        : JsonNodeFactory.instance.objectNode());
        method.set("metadata", Params.metadataOf(body));
        if (type.equals("card")) {
            method.set("card", card(body.path("card")));
        }
        call.account().put(KIND, method);
        return method;
    }

    public static ObjectNode retrieve(Account account, String id) {
        ObjectNode method = account.get(KIND, id);
        if (method == null) {
            throw ApiError.notFound("payment_method", id);
        }
        return method;
    }

    /** Billing details and metadata; a card's expiry. */
    public static ObjectNode update(Call call, String id, JsonNode body) {
        ObjectNode method = retrieve(call.account(), id);
        Params.requireMetadata(body);
        if (body.hasNonNull("billing_details")) {
            method.set("billing_details", body.get("billing_details").deepCopy());
        }
        if (body.hasNonNull("metadata")) {
            method.set("metadata", body.get("metadata").deepCopy());
        }
        if (body.hasNonNull("card") && method.has("card")) {
            ObjectNode card = (ObjectNode) method.get("card");
            expiry(body.get("card"), card);
        }
        call.account().put(KIND, method);
        return method;
    }

    public static ObjectNode attach(Call call, String id, JsonNode body) {
        ObjectNode method = retrieve(call.account(), id);
        String customer = Params.requiredText(body, "customer");
        Customers.retrieve(call.account(), customer);
        String current = method.path("customer").asText(null);
        if (current != null && !current.equals(customer)) {
            throw ApiError.state(
                    "payment_method_already_attached",
                    "The payment method " + id + " is attached to another customer; detach it first.");
        }
        method.put("customer", customer);
        call.account().put(KIND, method);
        EventLog.emit(call, "payment_method.attached", KIND, id);
        return method;
    }

    public static ObjectNode detach(Call call, String id) {
        ObjectNode method = retrieve(call.account(), id);
        if (!method.hasNonNull("customer")) {
            throw ApiError.state(
                    "payment_method_not_attached", "The payment method " + id + " is not attached to a customer.");
        }
        method.putNull("customer");
        call.account().put(KIND, method);
        EventLog.emit(call, "payment_method.detached", KIND, id);
        return method;
    }

    public static ObjectNode list(Account account, Function<String, String> query) {
        return page(account, query.apply("customer"), query, "/v1/payment_methods");
    }

    public static ObjectNode listForCustomer(Account account, String customer, Function<String, String> query) {
        Customers.retrieve(account, customer);
        return page(account, customer, query, "/v1/customers/" + customer + "/payment_methods");
    }

    private static ObjectNode page(Account account, String customer, Function<String, String> query, String url) {
        String type = query.apply("type");
        return Listing.page(
                account.newestFirst(KIND),
                m -> (customer == null || customer.equals(m.path("customer").asText()))
                        && (type == null || type.equals(m.path("type").asText())),
                Listing.Query.of(query),
                url,
                "list");
    }

    private static ObjectNode card(JsonNode given) {
        String number = given.path("number").asText("").replace(" ", "");
        if (!number.matches("\\d{12,19}")) {
            throw ApiError.invalid("invalid_number", "card[number]", "Your card number is incorrect.");
        }
        ObjectNode card = JsonNodeFactory.instance.objectNode();
        card.put("brand", number.startsWith("4") ? "visa" : number.startsWith("5") ? "mastercard" : "unknown");
        card.put("last4", number.substring(number.length() - 4));
        card.put("country", "HK");
        expiry(given, card);
        if (!card.has("exp_month") || !card.has("exp_year")) {
            throw ApiError.invalid("invalid_expiry", "card[exp_month]", "Your card's expiration date is incomplete.");
        }
        return card;
    }

    private static void expiry(JsonNode given, ObjectNode card) {
        if (given.has("exp_month")) {
            int month = given.path("exp_month").asInt();
            if (month < 1 || month > 12) {
                throw ApiError.invalid(
                        "invalid_expiry_month", "card[exp_month]", "Your card's expiration month is invalid.");
            }
            card.put("exp_month", month);
        }
        if (given.has("exp_year")) {
            int year = given.path("exp_year").asInt();
            if (year < 2000 || year > 2100) {
                throw ApiError.invalid(
                        "invalid_expiry_year", "card[exp_year]", "Your card's expiration year is invalid.");
            }
            card.put("exp_year", year);
        }
    }
}
