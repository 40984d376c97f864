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

/** {@code /v1/refunds}: partial or full, only on succeeded intents, never more than what was received. */
public final class Refunds {

    public static final String KIND = "refund";
    private static final Set<String> REASONS =
            Set.of("duplicate", "fraudulent", "requested_by_customer", "resolved_dispute");

    private Refunds() {}

    public static ObjectNode create(Call call, JsonNode body) {
        String intentId = Params.requiredText(body, "payment_intent");
        ObjectNode intent = call.account().get(PaymentIntents.KIND, intentId);
        if (intent == null) {
            throw ApiError.invalid("resource_missing", "payment_intent", "No such payment_intent: '" + intentId + "'");
        }
        if (!"succeeded".equals(intent.get("status").asText())) {
            throw ApiError.state(
                    "charge_not_succeeded",
                    "This PaymentIntent has a status of " + intent.get("status").asText()
                            + "; only succeeded payments can be refunded.");
        }
        long refundable = intent.get("amount_received").asLong()
                - intent.get("amount_refunded").asLong();
        if (refundable <= 0) {
            throw ApiError.state("charge_already_refunded", "This payment has already been refunded in full.");
        }
        Long requested = Params.optionalAmount(body, "amount");
        long amount = requested == null ? refundable : requested;
        if (amount > refundable) {
            throw ApiError.invalid(
                    "amount_too_large",
                    "amount",
                    "Refund amount (" + amount + ") is greater than the unrefunded amount (" + refundable + ").");
        }
        String reason = Params.text(body, "reason");
        if (reason != null && !REASONS.contains(reason)) {
            throw ApiError.invalid("parameter_invalid", "reason", "Invalid reason: " + reason);
        }
        Params.requireMetadata(body);

        ObjectNode refund = JsonNodeFactory.instance.objectNode();
        refund.put("id", Ids.next("re_"));
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("created", call.nowMillis());
        refund.put("currency", intent.get("currency").asText());
        refund.set("metadata", Params.metadataOf(body));
        refund.put("payment_intent", intentId);
        if (intent.hasNonNull("merchant_order_id")) {
            refund.put("merchant_order_id", intent.get("merchant_order_id").asText());
        }
        refund.put("reason", reason);
        refund.put("status", "succeeded");
        refund.putNull("failure_reason");
        refund.put("receipt_number", Ids.random(8).toUpperCase());
        Params.copyIfPresent(body, refund, "description");
        call.account().put(KIND, refund);
        intent.put("amount_refunded", intent.get("amount_refunded").asLong() + amount);
        call.account().put(PaymentIntents.KIND, intent);
        EventLog.emit(call, "charge.refund.updated", KIND, refund.get("id").asText());
        return refund;
    }

    public static ObjectNode retrieve(Account account, String id) {
        ObjectNode refund = account.get(KIND, id);
        if (refund == null) {
            throw ApiError.notFound("refund", id);
        }
        return refund;
    }

    public static ObjectNode list(Account account, Function<String, String> query) {
        String intent = query.apply("payment_intent");
        EventLog.CreatedFilter created = EventLog.CreatedFilter.of(query);
        return Listing.page(
                account.newestFirst(KIND),
                r -> created.test(r)
                        && (intent == null
                                || intent.equals(r.path("payment_intent").asText())),
                Listing.Query.of(query),
                "/v1/refunds",
                "list");
    }
}
