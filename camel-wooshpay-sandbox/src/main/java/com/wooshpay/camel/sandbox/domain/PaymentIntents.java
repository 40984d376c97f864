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
 * {@code /v1/payment_intents} and the cashier's pay and fail actions, with WooshPay's documented lifecycle:
 * redirect wallets go {@code requires_action} → {@code succeeded} (or {@code requires_capture} with manual capture);
 * a failed payment returns to {@code requires_payment_method}.
 */
public final class PaymentIntents {

    public static final String KIND = "payment_intent";
    private static final Set<String> CANCELLABLE =
            Set.of("requires_payment_method", "requires_capture", "requires_confirmation", "requires_action");
    private static final Set<String> UPDATABLE =
            Set.of("requires_payment_method", "requires_confirmation", "requires_action");
    private static final String DECLINED_CARD = "4000000000000002";

    private PaymentIntents() {}

    public static ObjectNode create(Call call, JsonNode body) {
        long amount = Params.requiredAmount(body, "amount");
        String currency = Params.requiredCurrency(body, "currency");
        String type = methodType(body);
        checkCurrency(type, currency);
        String captureMethod =
                body.hasNonNull("capture_method") ? body.get("capture_method").asText() : "automatic";
        if (!captureMethod.equals("automatic") && !captureMethod.equals("manual")) {
            throw ApiError.invalid("parameter_invalid", "capture_method", "capture_method must be automatic or manual");
        }
        Params.requireMetadata(body);

        String id = Ids.next("pi_");
        ObjectNode intent = JsonNodeFactory.instance.objectNode();
        intent.put("id", id);
        intent.put("object", "payment_intent");
        intent.put("amount", amount);
        intent.put("amount_capturable", 0);
        intent.put("amount_received", 0);
        intent.put("amount_refunded", 0);
        intent.put("capture_method", captureMethod);
        intent.put("client_secret", id + "_secret_" + Ids.random(24));
        intent.put("confirmation_method", "automatic");
        intent.put("created", call.nowMillis());
        intent.put("currency", currency);
        intent.put("livemode", false);
        intent.putNull("cancellation_reason");
        intent.putNull("last_payment_error");
        intent.putNull("next_action");
        intent.putNull("payment_method");
        intent.putNull("latest_charge");
        intent.set("metadata", Params.metadataOf(body));
        Params.copyIfPresent(
                body,
                intent,
                "description",
                "merchant_order_id",
                "customer",
                "shipping",
                "receipt_email",
                "return_url",
                "statement_descriptor",
                "setup_future_usage");
        if (type != null) {
            intent.putArray("payment_method_types").add(type);
        } else {
            intent.putArray("payment_method_types");
        }
        intent.set(
                "payment_method_options",
                body.hasNonNull("payment_method_options")
                        ? body.get("payment_method_options").deepCopy()
                        : JsonNodeFactory.instance.objectNode());
        intent.put("status", type == null ? "requires_payment_method" : "requires_confirmation");
        String next = null;
        if (Params.bool(body, "confirm")) {
            if (type == null) {
                throw ApiError.invalid(
                        "parameter_missing",
                        "payment_method_data",
                        "You must provide payment_method_data or payment_method_types to confirm.");
            }
            next = readyForPayment(call, intent, type, body);
        }
        call.account().put(KIND, intent);
        EventLog.emit(call, "payment_intent.created", KIND, id);
        if (next != null) {
            EventLog.emit(call, next, KIND, id);
        }
        return intent;
    }

    /** Creates the intent behind a checkout session, waiting for the customer on the hosted page. */
    static ObjectNode createForSession(
            Call call, long amount, String currency, JsonNode methodTypes, String sessionId, String returnUrl) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("amount", amount);
        body.put("currency", currency);
        ObjectNode intent = create(call, body);
        intent.set("payment_method_types", methodTypes.deepCopy());
        intent.put("checkout_session", sessionId);
        intent.put("return_url", returnUrl);
        call.account().put(KIND, intent);
        return intent;
    }

    public static ObjectNode retrieve(Account account, String id) {
        return find(account, id);
    }

    public static ObjectNode update(Call call, String id, JsonNode body) {
        ObjectNode intent = find(call.account(), id);
        requireStatus(intent, UPDATABLE, "update");
        if (body.has("amount")) {
            intent.put("amount", Params.requiredAmount(body, "amount"));
        }
        if (body.has("currency")) {
            String currency = Params.requiredCurrency(body, "currency");
            checkCurrency(firstType(intent), currency);
            intent.put("currency", currency);
        }
        if (body.has("metadata")) {
            Params.requireMetadata(body);
            ObjectNode metadata = intent.with("metadata");
            body.get("metadata").fields().forEachRemaining(e -> {
                if (e.getValue().isNull() || e.getValue().asText().isEmpty()) {
                    metadata.remove(e.getKey());
                } else {
                    metadata.set(e.getKey(), e.getValue());
                }
            });
        }
        Params.copyIfPresent(body, intent, "description", "merchant_order_id", "customer", "shipping", "receipt_email");
        call.account().put(KIND, intent);
        return intent;
    }

    public static ObjectNode confirm(Call call, String id, JsonNode body) {
        ObjectNode intent = find(call.account(), id);
        requireStatus(intent, Set.of("requires_payment_method", "requires_confirmation"), "confirm");
        String type = methodType(body);
        if (type != null) {
            checkCurrency(type, intent.get("currency").asText());
            intent.putArray("payment_method_types").add(type);
        } else {
            type = firstType(intent);
        }
        if (type == null) {
            throw ApiError.invalid(
                    "parameter_missing", "payment_method_data", "You must provide a payment method to confirm.");
        }
        Params.copyIfPresent(body, intent, "return_url", "payment_method_options");
        String next = readyForPayment(call, intent, type, body);
        call.account().put(KIND, intent);
        EventLog.emit(call, next, KIND, id);
        return intent;
    }

    public static ObjectNode cancel(Call call, String id, JsonNode body) {
        ObjectNode intent = find(call.account(), id);
        String reason = Params.requiredText(body, "cancellation_reason");
        if (intent.hasNonNull("checkout_session")) {
            throw ApiError.state(
                    "payment_intent_unexpected_state",
                    "This PaymentIntent belongs to a Checkout Session; expire the session instead.");
        }
        requireStatus(intent, CANCELLABLE, "cancel");
        cancelInternal(call, intent, reason);
        return intent;
    }

    static void cancelInternal(Call call, ObjectNode intent, String reason) {
        intent.put("status", "canceled");
        intent.put("cancellation_reason", reason);
        intent.put("amount_capturable", 0);
        intent.putNull("next_action");
        call.account().put(KIND, intent);
        EventLog.emit(call, "payment_intent.canceled", KIND, intent.get("id").asText());
    }

    public static ObjectNode capture(Call call, String id, JsonNode body) {
        ObjectNode intent = find(call.account(), id);
        requireStatus(intent, Set.of("requires_capture"), "capture");
        long capturable = intent.get("amount_capturable").asLong();
        Long amount = Params.optionalAmount(body, "amount_to_capture");
        long captured = amount == null ? capturable : amount;
        if (captured > capturable) {
            throw ApiError.invalid(
                    "amount_too_large",
                    "amount_to_capture",
                    "amount_to_capture (" + captured + ") is greater than amount_capturable (" + capturable + ").");
        }
        intent.put("amount_received", captured);
        intent.put("amount_capturable", 0);
        intent.put("status", "succeeded");
        Charges.record(call, intent);
        call.account().put(KIND, intent);
        EventLog.emit(call, "payment_intent.succeeded", KIND, id);
        return intent;
    }

    public static ObjectNode list(Account account, Function<String, String> query) {
        EventLog.CreatedFilter created = EventLog.CreatedFilter.of(query);
        String customer = query.apply("customer");
        return Listing.page(
                account.newestFirst(KIND),
                pi -> created.test(pi)
                        && (customer == null
                                || customer.equals(pi.path("customer").asText())),
                Listing.Query.of(query),
                "/v1/payment_intents",
                "list");
    }

    public static ObjectNode search(Account account, Function<String, String> query) {
        String text = query.apply("query");
        if (text == null || text.isBlank()) {
            throw ApiError.missing("query");
        }
        SearchQuery search = SearchQuery.parse(text);
        return Listing.searchPage(account.newestFirst(KIND), search::matches, query, "/v1/payment_intents/search");
    }

    /** The customer paid on the cashier page. */
    public static ObjectNode pay(Call call, String id, String wallet) {
        ObjectNode intent = find(call.account(), id);
        CheckoutSessions.expireDue(call);
        boolean sessionWaiting = intent.hasNonNull("checkout_session")
                && "requires_payment_method".equals(intent.get("status").asText());
        if (!sessionWaiting) {
            requireStatus(intent, Set.of("requires_action"), "pay");
        }
        intent.putNull("next_action");
        intent.put("payment_method", Ids.next("pm_"));
        if (wallet != null) {
            intent.with("payment_method_details").put("wallet", wallet);
        }
        String next = authorize(call, intent);
        call.account().put(KIND, intent);
        EventLog.emit(call, next, KIND, id);
        if (intent.hasNonNull("checkout_session")) {
            CheckoutSessions.complete(call, intent.get("checkout_session").asText());
        }
        return intent;
    }

    /** The customer gave up or the wallet declined on the cashier page. */
    public static ObjectNode fail(Call call, String id) {
        ObjectNode intent = find(call.account(), id);
        boolean sessionWaiting = intent.hasNonNull("checkout_session")
                && "requires_payment_method".equals(intent.get("status").asText());
        if (!sessionWaiting) {
            requireStatus(intent, Set.of("requires_action"), "fail");
        }
        String next = decline(intent, "The customer did not complete the payment in the wallet.");
        call.account().put(KIND, intent);
        EventLog.emit(call, next, KIND, id);
        return intent;
    }

    /** Moves a confirmed intent on; answers the event type its new state calls for. */
    private static String readyForPayment(Call call, ObjectNode intent, String type, JsonNode body) {
        if (Wallets.isRedirectMethod(type)) {
            if (!intent.hasNonNull("return_url")
                    || intent.get("return_url").asText().isBlank()) {
                throw ApiError.invalid(
                        "parameter_missing",
                        "return_url",
                        "return_url is required to confirm a " + type + " payment (the customer is redirected).");
            }
            String cashier = call.baseUrl() + "/cashier/" + intent.get("id").asText();
            ObjectNode nextAction = JsonNodeFactory.instance.objectNode();
            nextAction.put("type", "redirect_to_url");
            ObjectNode redirect = nextAction.putObject(type + "_handle_redirect");
            redirect.put("url", cashier);
            redirect.put("normalUrl", cashier);
            intent.set("next_action", nextAction);
            intent.put("status", "requires_action");
            return "payment_intent.requires_action";
        }
        JsonNode card = body.path("payment_method_data").path("card");
        intent.put("payment_method", Ids.next("pm_"));
        return DECLINED_CARD.equals(card.path("number").asText())
                ? decline(intent, "Your card was declined.")
                : authorize(call, intent);
    }

    private static String authorize(Call call, ObjectNode intent) {
        long amount = intent.get("amount").asLong();
        intent.putNull("last_payment_error");
        if ("manual".equals(intent.get("capture_method").asText())) {
            intent.put("status", "requires_capture");
            intent.put("amount_capturable", amount);
            return "payment_intent.amount_capturable_updated";
        }
        intent.put("status", "succeeded");
        intent.put("amount_received", amount);
        Charges.record(call, intent);
        return "payment_intent.succeeded";
    }

    private static String decline(ObjectNode intent, String message) {
        intent.put("status", "requires_payment_method");
        intent.putNull("next_action");
        ObjectNode error = intent.putObject("last_payment_error");
        error.put("type", "card_error");
        error.put("code", "payment_declined");
        error.put("message", message);
        return "payment_intent.payment_failed";
    }

    private static String methodType(JsonNode body) {
        JsonNode data = body.get("payment_method_data");
        if (data != null && data.isObject()) {
            JsonNode type = data.get("type");
            if (type == null || type.asText().isBlank()) {
                throw ApiError.missing("payment_method_data.type");
            }
            return type.asText();
        }
        JsonNode types = body.get("payment_method_types");
        if (types != null && types.isArray() && !types.isEmpty()) {
            return types.get(0).asText();
        }
        return body.hasNonNull("payment_method") ? "card" : null;
    }

    private static String firstType(ObjectNode intent) {
        JsonNode types = intent.get("payment_method_types");
        return types != null && !types.isEmpty() ? types.get(0).asText() : null;
    }

    private static void checkCurrency(String type, String currency) {
        if ("alipayplus".equals(type) && !Wallets.ALIPAYPLUS_CURRENCIES.contains(currency)) {
            throw ApiError.invalid(
                    "currency_not_supported",
                    "currency",
                    "The currency " + currency
                            + " is not supported by alipayplus. Supported: CNY, GBP, HKD, IDR, MYR, PHP, THB.");
        }
    }

    private static void requireStatus(ObjectNode intent, Set<String> allowed, String action) {
        String status = intent.get("status").asText();
        if (!allowed.contains(status)) {
            throw ApiError.state(
                    "payment_intent_unexpected_state",
                    "You cannot " + action + " this PaymentIntent because it has a status of " + status + ".");
        }
    }

    static ObjectNode find(Account account, String id) {
        ObjectNode intent = account.get(KIND, id);
        if (intent == null) {
            throw ApiError.notFound("payment_intent", id);
        }
        return intent;
    }
}
