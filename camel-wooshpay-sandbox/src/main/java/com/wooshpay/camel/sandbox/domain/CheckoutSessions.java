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

import java.time.Duration;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/**
 * {@code /v1/checkout/sessions}: one currency, one-time prices, amounts computed from the line items, a payment
 * intent created with the session, expiry 24 hours after creation on the sandbox clock.
 */
public final class CheckoutSessions {

    public static final String KIND = "checkout.session";
    public static final Duration LIFETIME = Duration.ofHours(24);

    private CheckoutSessions() {}

    public static ObjectNode create(Call call, JsonNode body) {
        String mode = body.hasNonNull("mode") ? body.get("mode").asText() : "payment";
        if (!"payment".equals(mode)) {
            throw ApiError.invalid("parameter_invalid", "mode", "The sandbox supports mode=payment only, was " + mode);
        }
        String successUrl = Params.requiredHttpUrl(body, "success_url");
        JsonNode items = body.get("line_items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw ApiError.missing("line_items");
        }
        String sessionId = Ids.next("cs_test_");
        ArrayNode lineItems = JsonNodeFactory.instance.arrayNode();
        String currency = null;
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            String prefix = "line_items[" + i + "]";
            JsonNode item = items.get(i);
            JsonNode price = item.get("price_data");
            if (price == null || !price.isObject()) {
                throw ApiError.invalid(
                        "parameter_missing",
                        prefix + ".price_data",
                        "The sandbox needs price_data (one-time prices) on every line item.");
            }
            if (price.hasNonNull("recurring")) {
                throw ApiError.invalid(
                        "parameter_invalid",
                        prefix + ".price_data.recurring",
                        "Recurring prices are not supported in payment mode.");
            }
            String itemCurrency = Params.requiredCurrency(price, "currency");
            if (currency != null && !currency.equals(itemCurrency)) {
                throw ApiError.invalid(
                        "parameter_invalid",
                        prefix + ".price_data.currency",
                        "All line items must use one currency: " + currency + " and " + itemCurrency + ".");
            }
            currency = itemCurrency;
            long unitAmount = Params.requiredAmount(price, "unit_amount");
            JsonNode quantityNode = item.get("quantity");
            if (quantityNode == null || !quantityNode.isIntegralNumber() || quantityNode.asLong() < 1) {
                throw ApiError.invalid(
                        "parameter_invalid_integer",
                        prefix + ".quantity",
                        "quantity must be an integer of at least 1.");
            }
            long quantity = quantityNode.asLong();
            ObjectNode line = lineItems.addObject();
            line.put("id", Ids.next("li_"));
            line.put("object", "item");
            line.put("amount_subtotal", unitAmount * quantity);
            line.put("amount_total", unitAmount * quantity);
            line.put("currency", itemCurrency);
            line.put("description", price.path("product_data").path("name").asText(null));
            line.put("quantity", quantity);
            ObjectNode linePrice = line.putObject("price");
            linePrice.put("id", Ids.next("price_"));
            linePrice.put("object", "price");
            linePrice.put("currency", itemCurrency);
            linePrice.put("unit_amount", unitAmount);
            linePrice.put("type", "one_time");
            total += unitAmount * quantity;
        }
        JsonNode methodTypes = body.hasNonNull("payment_method_types")
                        && body.get("payment_method_types").isArray()
                ? body.get("payment_method_types")
                : JsonNodeFactory.instance.arrayNode().add("alipayplus");
        for (JsonNode type : methodTypes) {
            if ("alipayplus".equals(type.asText()) && !Wallets.ALIPAYPLUS_CURRENCIES.contains(currency)) {
                throw ApiError.invalid(
                        "currency_not_supported",
                        "line_items[0].price_data.currency",
                        "The currency " + currency + " is not supported by alipayplus.");
            }
        }
        Params.requireMetadata(body);
        ObjectNode intent = PaymentIntents.createForSession(call, total, currency, methodTypes, sessionId, successUrl);

        ObjectNode session = JsonNodeFactory.instance.objectNode();
        session.put("id", sessionId);
        session.put("object", "checkout.session");
        session.put("amount_subtotal", total);
        session.put("amount_total", total);
        session.put("cancel_url", Params.text(body, "cancel_url"));
        session.put("client_reference_id", Params.text(body, "client_reference_id"));
        session.put("created", call.nowMillis());
        session.put("currency", currency);
        session.put("customer", Params.text(body, "customer"));
        session.put("customer_email", Params.text(body, "customer_email"));
        session.put("expires_at", call.now().plus(LIFETIME).toEpochMilli());
        ObjectNode lines = session.putObject("line_items");
        lines.put("object", "list");
        lines.put("has_more", false);
        lines.put("url", "/v1/checkout/sessions/" + sessionId + "/line_items");
        lines.set("data", lineItems);
        session.put("livemode", false);
        session.set("metadata", Params.metadataOf(body));
        session.put("mode", mode);
        session.put("payment_intent", intent.get("id").asText());
        session.set("payment_method_types", methodTypes.deepCopy());
        session.put("payment_status", "unpaid");
        session.put("status", "open");
        session.put("success_url", successUrl);
        session.put("url", call.baseUrl() + "/checkout/" + sessionId);
        call.account().put(KIND, session);
        call.account()
                .openSessionExpiry()
                .put(sessionId, session.get("expires_at").asLong());
        return session;
    }

    public static ObjectNode retrieve(Call call, String id) {
        expireDue(call);
        return find(call.account(), id);
    }

    public static ObjectNode expire(Call call, String id) {
        expireDue(call);
        ObjectNode session = find(call.account(), id);
        if (!"open".equals(session.get("status").asText())) {
            throw ApiError.state(
                    "checkout_session_unexpected_state",
                    "Only open sessions can be expired; this one is "
                            + session.get("status").asText() + ".");
        }
        expireInternal(call, session);
        return session;
    }

    public static ObjectNode list(Call call, Function<String, String> query) {
        expireDue(call);
        String intent = query.apply("payment_intent");
        String customer = query.apply("customer");
        EventLog.CreatedFilter created = EventLog.CreatedFilter.of(query);
        return Listing.page(
                call.account().newestFirst(KIND),
                s -> created.test(s)
                        && (intent == null
                                || intent.equals(s.path("payment_intent").asText()))
                        && (customer == null
                                || customer.equals(s.path("customer").asText())),
                Listing.Query.of(query),
                "/v1/checkout/sessions/list",
                "list");
    }

    public static ObjectNode lineItems(Call call, String id, Function<String, String> query) {
        ObjectNode session = find(call.account(), id);
        java.util.List<ObjectNode> items = new java.util.ArrayList<>();
        session.path("line_items").path("data").forEach(item -> items.add((ObjectNode) item));
        return Listing.page(
                items, i -> true, Listing.Query.of(query), "/v1/checkout/sessions/" + id + "/line_items", "list");
    }

    /** The hosted page's intent was paid: the session completes. */
    static void complete(Call call, String id) {
        ObjectNode session = find(call.account(), id);
        session.put("status", "complete");
        session.put("payment_status", "paid");
        call.account().put(KIND, session);
        call.account().openSessionExpiry().remove(id);
        EventLog.emit(call, "checkout.session.completed", KIND, id);
    }

    /** Expires the account's open sessions whose {@code expires_at} has passed on the sandbox clock. */
    public static void expireDue(Call call) {
        long now = call.nowMillis();
        java.util.List<String> due = call.account().openSessionExpiry().entrySet().stream()
                .filter(e -> e.getValue() <= now)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
        for (String id : due) {
            expireInternal(call, find(call.account(), id));
        }
    }

    private static void expireInternal(Call call, ObjectNode session) {
        session.put("status", "expired");
        call.account().put(KIND, session);
        call.account().openSessionExpiry().remove(session.get("id").asText());
        ObjectNode intent = call.account()
                .get(PaymentIntents.KIND, session.get("payment_intent").asText());
        if (intent != null
                && !"succeeded".equals(intent.get("status").asText())
                && !"canceled".equals(intent.get("status").asText())) {
            PaymentIntents.cancelInternal(call, intent, "abandoned");
        }
        EventLog.emit(call, "checkout.session.expired", KIND, session.get("id").asText());
    }

    public static String paymentIntentOf(Account account, String sessionId) {
        return find(account, sessionId).get("payment_intent").asText();
    }

    private static ObjectNode find(Account account, String id) {
        ObjectNode session = account.get(KIND, id);
        if (session == null) {
            throw ApiError.notFound("checkout session", id);
        }
        return session;
    }
}
