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
package com.wooshpay.camel.sandbox;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Refund rules and the checkout session lifecycle, including expiry on the injectable clock. */
class RefundAndSessionApiTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private Http api;

    @BeforeEach
    void newAccount() {
        api = new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
    }

    private String paidIntent(long amount) {
        String id = api.post(
                        "/v1/payment_intents", PaymentIntentApiTest.ALIPAYPLUS.replace("1999", Long.toString(amount)))
                .json()
                .get("id")
                .asText();
        api.post("/cashier/" + id + "/pay", "{}");
        return id;
    }

    @Test
    void refundsArePartialOrFullAndNeverExceedWhatWasReceived() {
        String unpaid = api.post("/v1/payment_intents", PaymentIntentApiTest.ALIPAYPLUS)
                .json()
                .get("id")
                .asText();
        Http.Answer notPaid = api.post("/v1/refunds", "{'payment_intent':'" + unpaid + "'}");
        assertThat(notPaid.status()).isEqualTo(400);
        assertThat(notPaid.json().at("/error/code").asText()).isEqualTo("charge_not_succeeded");

        String id = paidIntent(1000);
        JsonNode partial = api.post(
                        "/v1/refunds", "{'payment_intent':'" + id + "','amount':300,'reason':'requested_by_customer'}")
                .json();
        assertThat(partial.get("id").asText()).matches("re_\\d{19}");
        assertThat(partial.get("amount").asLong()).isEqualTo(300);
        assertThat(partial.get("status").asText()).isEqualTo("succeeded");
        assertThat(partial.get("currency").asText()).isEqualTo("HKD");

        Http.Answer tooMuch = api.post("/v1/refunds", "{'payment_intent':'" + id + "','amount':701}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().at("/error/param").asText()).isEqualTo("amount");

        JsonNode rest =
                api.post("/v1/refunds", "{'payment_intent':'" + id + "'}").json();
        assertThat(rest.get("amount").asLong()).isEqualTo(700);
        assertThat(api.post("/v1/refunds", "{'payment_intent':'" + id + "'}")
                        .json()
                        .at("/error/code")
                        .asText())
                .isEqualTo("charge_already_refunded");
        assertThat(api.post("/v1/refunds", "{'payment_intent':'" + id + "','reason':'whim'}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/v1/refunds", "{}").json().at("/error/param").asText())
                .isEqualTo("payment_intent");

        assertThat(api.get("/v1/refunds/" + partial.get("id").asText())
                        .json()
                        .get("amount")
                        .asLong())
                .isEqualTo(300);
        assertThat(api.get("/v1/refunds?payment_intent=" + id).json().get("data"))
                .hasSize(2);
        assertThat(api.get("/v1/refunds/re_0000000000000000000").status()).isEqualTo(404);
    }

    private static final String SESSION =
            "{'success_url':'https://shop.example/paid','cancel_url':'https://shop.example/cart',"
                    + "'client_reference_id':'SO-9','line_items':["
                    + "{'quantity':2,'price_data':{'currency':'MYR','unit_amount':1250,'product_data':{'name':'Tea'}}},"
                    + "{'quantity':1,'price_data':{'currency':'MYR','unit_amount':500,'product_data':{'name':'Cup'}}}]}";

    @Test
    void sessionComputesAmountsCreatesAnIntentAndCompletesWhenPaid() {
        JsonNode session = api.post("/v1/checkout/sessions", SESSION).json();
        assertThat(session.get("id").asText()).startsWith("cs_");
        assertThat(session.get("object").asText()).isEqualTo("checkout.session");
        assertThat(session.get("status").asText()).isEqualTo("open");
        assertThat(session.get("payment_status").asText()).isEqualTo("unpaid");
        assertThat(session.get("amount_total").asLong()).isEqualTo(3000);
        assertThat(session.get("currency").asText()).isEqualTo("MYR");
        assertThat(session.get("expires_at").asLong() - session.get("created").asLong())
                .isEqualTo(86_400_000L);
        assertThat(session.get("url").asText())
                .isEqualTo(sandbox.get().baseUrl() + "/checkout/"
                        + session.get("id").asText());
        String intentId = session.get("payment_intent").asText();
        JsonNode intent = api.get("/v1/payment_intents/" + intentId).json();
        assertThat(intent.get("amount").asLong()).isEqualTo(3000);

        Http.Answer hosted = api.get(session.get("url").asText());
        assertThat(hosted.status()).isEqualTo(302);
        assertThat(hosted.header("Location")).isEqualTo("/cashier/" + intentId);

        JsonNode items = api.get("/v1/checkout/sessions/" + session.get("id").asText() + "/line_items")
                .json();
        assertThat(items.get("data")).hasSize(2);
        assertThat(items.at("/data/0/id").asText()).startsWith("li_");
        assertThat(items.at("/data/0/amount_total").asLong()).isEqualTo(2500);

        Http.Answer cannotCancel =
                api.post("/v1/payment_intents/" + intentId + "/cancel", "{'cancellation_reason':'x'}");
        assertThat(cannotCancel.status()).isEqualTo(400);

        api.post("/cashier/" + intentId + "/pay", "{}");
        JsonNode done =
                api.get("/v1/checkout/sessions/" + session.get("id").asText()).json();
        assertThat(done.get("status").asText()).isEqualTo("complete");
        assertThat(done.get("payment_status").asText()).isEqualTo("paid");
        assertThat(api.get("/v1/events?type=checkout.session.completed").json().get("data"))
                .hasSize(1);
        assertThat(api.get("/v1/checkout/sessions/list").json().get("data")).hasSize(1);
        assertThat(api.post("/v1/checkout/sessions/" + session.get("id").asText() + "/expire", "{}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void sessionRulesAreEnforced() {
        String mixed = SESSION.replace("'currency':'MYR','unit_amount':500", "'currency':'THB','unit_amount':500");
        assertThat(api.post("/v1/checkout/sessions", mixed)
                        .json()
                        .at("/error/param")
                        .asText())
                .isEqualTo("line_items[1].price_data.currency");
        String recurring = SESSION.replace("'unit_amount':500,", "'unit_amount':500,'recurring':{'interval':'month'},");
        assertThat(api.post("/v1/checkout/sessions", recurring)
                        .json()
                        .at("/error/param")
                        .asText())
                .isEqualTo("line_items[1].price_data.recurring");
        String zero = SESSION.replace("'quantity':1", "'quantity':0");
        assertThat(api.post("/v1/checkout/sessions", zero)
                        .json()
                        .at("/error/param")
                        .asText())
                .isEqualTo("line_items[1].quantity");
        assertThat(api.post("/v1/checkout/sessions", "{'success_url':'https://a.example/'}")
                        .json()
                        .at("/error/param")
                        .asText())
                .isEqualTo("line_items");
    }

    @Test
    void sessionsExpireExplicitlyOrAfter24HoursOnTheClock() {
        String explicit =
                api.post("/v1/checkout/sessions", SESSION).json().get("id").asText();
        JsonNode expired =
                api.post("/v1/checkout/sessions/" + explicit + "/expire", "{}").json();
        assertThat(expired.get("status").asText()).isEqualTo("expired");
        assertThat(api.get("/v1/payment_intents/"
                                + expired.get("payment_intent").asText())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("canceled");

        String lapsing =
                api.post("/v1/checkout/sessions", SESSION).json().get("id").asText();
        sandbox.get().clock().advance(Duration.ofHours(23));
        assertThat(api.get("/v1/checkout/sessions/" + lapsing)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("open");
        sandbox.get().clock().advance(Duration.ofHours(2));
        assertThat(api.get("/v1/checkout/sessions/" + lapsing)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("expired");
        assertThat(api.get("/v1/events?type=checkout.session.expired").json().get("data"))
                .hasSize(2);
        sandbox.get().clock().advance(Duration.ofHours(-25));
    }
}
