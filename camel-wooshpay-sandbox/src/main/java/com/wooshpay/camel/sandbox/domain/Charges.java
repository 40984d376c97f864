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

import java.util.function.Function;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/**
 * {@code /v1/charges}, read only: the settlement-side record of a successful payment, made when a payment intent
 * succeeds (its {@code latest_charge}). WooshPay's menu lists retrieve and list; paths and fields follow Stripe's. The
 * refunded amount is read from the intent, so refunds show on the charge too.
 */
public final class Charges {

    public static final String KIND = "charge";

    private Charges() {}

    /** The charge of an intent that has just succeeded. */
    static void record(Call call, ObjectNode intent) {
        ObjectNode charge = JsonNodeFactory.instance.objectNode();
        String id = Ids.next("ch_");
        charge.put("id", id);
        charge.put("object", "charge");
        charge.put("amount", intent.get("amount").asLong());
        charge.put("amount_captured", intent.get("amount_received").asLong());
        charge.put("amount_refunded", 0);
        charge.put("captured", true);
        charge.put("created", call.nowMillis());
        charge.put("currency", intent.get("currency").asText());
        charge.set("customer", intent.path("customer").deepCopy());
        charge.put("livemode", false);
        charge.put("paid", true);
        charge.put("payment_intent", intent.get("id").asText());
        charge.set("payment_method", intent.path("payment_method").deepCopy());
        ObjectNode details = charge.putObject("payment_method_details");
        details.put("type", intent.path("payment_method_types").path(0).asText("card"));
        charge.put("refunded", false);
        charge.put("status", "succeeded");
        if (intent.hasNonNull("merchant_order_id")) {
            charge.put("merchant_order_id", intent.get("merchant_order_id").asText());
        }
        call.account().put(KIND, charge);
        intent.put("latest_charge", id);
    }

    public static ObjectNode retrieve(Account account, String id) {
        ObjectNode charge = account.get(KIND, id);
        if (charge == null) {
            throw ApiError.notFound("charge", id);
        }
        return withRefunds(account, charge);
    }

    public static ObjectNode list(Account account, Function<String, String> query) {
        String intent = query.apply("payment_intent");
        String customer = query.apply("customer");
        EventLog.CreatedFilter created = EventLog.CreatedFilter.of(query);
        ObjectNode page = Listing.page(
                account.newestFirst(KIND),
                c -> created.test(c)
                        && (intent == null
                                || intent.equals(c.path("payment_intent").asText()))
                        && (customer == null
                                || customer.equals(c.path("customer").asText())),
                Listing.Query.of(query),
                "/v1/charges",
                "list");
        page.get("data").forEach(c -> withRefunds(account, (ObjectNode) c));
        return page;
    }

    private static ObjectNode withRefunds(Account account, ObjectNode charge) {
        ObjectNode intent =
                account.get(PaymentIntents.KIND, charge.get("payment_intent").asText());
        if (intent != null) {
            long refunded = intent.get("amount_refunded").asLong();
            charge.put("amount_refunded", refunded);
            charge.put(
                    "refunded",
                    refunded > 0 && refunded >= charge.get("amount_captured").asLong());
        }
        return charge;
    }
}
