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

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.wooshpay.camel.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Payment intents: ids, lifecycle, validation errors in WooshPay's envelope, pagination and search. */
class PaymentIntentApiTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private Http api;

    @BeforeEach
    void newAccount() {
        // a fresh key is a fresh account: tests do not see each other's objects
        api = new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
    }

    static final String ALIPAYPLUS =
            "{'amount':1999,'currency':'hkd','confirm':true,'return_url':'https://shop.example/back',"
                    + "'merchant_order_id':'SO-1','metadata':{'erp':'A-7'},"
                    + "'payment_method_data':{'type':'alipayplus'},'payment_method_types':['alipayplus'],"
                    + "'payment_method_options':{'alipayplus':{'terminal_type':'WEB'}}}";

    @Test
    void alipayPlusIntentWaitsForTheCustomerOnTheCashier() {
        Http.Answer created = api.post("/v1/payment_intents", ALIPAYPLUS);
        assertThat(created.status()).isEqualTo(200);
        JsonNode pi = created.json();
        assertThat(pi.get("id").asText()).matches("pi_\\d{19}");
        assertThat(pi.get("object").asText()).isEqualTo("payment_intent");
        assertThat(pi.get("status").asText()).isEqualTo("requires_action");
        assertThat(pi.get("currency").asText()).isEqualTo("HKD");
        assertThat(pi.get("created").asLong()).isGreaterThan(1_000_000_000_000L);
        assertThat(pi.get("client_secret").asText()).matches(pi.get("id").asText() + "_secret_[A-Za-z0-9]{24}");
        assertThat(pi.get("livemode").asBoolean()).isFalse();
        String cashier =
                pi.at("/next_action/alipayplus_handle_redirect/normalUrl").asText();
        assertThat(cashier)
                .isEqualTo(sandbox.get().baseUrl() + "/cashier/" + pi.get("id").asText());
        assertThat(created.header("Request-Id")).startsWith("req_");

        JsonNode paid = api.post(cashier.replace(sandbox.get().baseUrl(), "") + "/pay", "{'wallet':'AlipayHK'}")
                .json();
        assertThat(paid.get("status").asText()).isEqualTo("succeeded");
        assertThat(paid.get("amount_received").asLong()).isEqualTo(1999);
        assertThat(api.get("/v1/payment_intents/" + pi.get("id").asText())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("succeeded");
    }

    @Test
    void manualCaptureGoesThroughRequiresCapture() {
        String id = api.post(
                        "/v1/payment_intents",
                        ALIPAYPLUS.replace("'confirm':true", "'confirm':true,'capture_method':'manual'"))
                .json()
                .get("id")
                .asText();
        JsonNode authorised = api.post("/cashier/" + id + "/pay", "{}").json();
        assertThat(authorised.get("status").asText()).isEqualTo("requires_capture");
        assertThat(authorised.get("amount_capturable").asLong()).isEqualTo(1999);

        Http.Answer tooMuch = api.post("/v1/payment_intents/" + id + "/capture", "{'amount_to_capture':5000}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().at("/error/param").asText()).isEqualTo("amount_to_capture");

        JsonNode captured = api.post("/v1/payment_intents/" + id + "/capture", "{'amount_to_capture':1500}")
                .json();
        assertThat(captured.get("status").asText()).isEqualTo("succeeded");
        assertThat(captured.get("amount_received").asLong()).isEqualTo(1500);
    }

    @Test
    void confirmLaterAndCancel() {
        String id = api.post("/v1/payment_intents", "{'amount':500,'currency':'PHP','payment_method_types':['gcash']}")
                .json()
                .get("id")
                .asText();
        assertThat(api.get("/v1/payment_intents/" + id).json().get("status").asText())
                .isEqualTo("requires_confirmation");
        Http.Answer noReturnUrl = api.post("/v1/payment_intents/" + id + "/confirm", "{}");
        assertThat(noReturnUrl.status()).isEqualTo(400);
        assertThat(noReturnUrl.json().at("/error/param").asText()).isEqualTo("return_url");

        JsonNode confirmed = api.post("/v1/payment_intents/" + id + "/confirm", "{'return_url':'https://s.example/r'}")
                .json();
        assertThat(confirmed.get("status").asText()).isEqualTo("requires_action");
        assertThat(confirmed.at("/next_action/gcash_handle_redirect/url").asText())
                .contains("/cashier/" + id);

        JsonNode updated = api.post("/v1/payment_intents/" + id, "{'amount':700,'metadata':{'note':'x'}}")
                .json();
        assertThat(updated.get("amount").asLong()).isEqualTo(700);

        Http.Answer noReason = api.post("/v1/payment_intents/" + id + "/cancel", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().at("/error/param").asText()).isEqualTo("cancellation_reason");
        JsonNode canceled = api.post(
                        "/v1/payment_intents/" + id + "/cancel", "{'cancellation_reason':'customer cancelled'}")
                .json();
        assertThat(canceled.get("status").asText()).isEqualTo("canceled");
        assertThat(canceled.get("cancellation_reason").asText()).isEqualTo("customer cancelled");

        Http.Answer again = api.post("/v1/payment_intents/" + id + "/cancel", "{'cancellation_reason':'twice'}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().at("/error/code").asText()).isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void failedPaymentReturnsToRequiresPaymentMethod() {
        String id = api.post("/v1/payment_intents", ALIPAYPLUS).json().get("id").asText();
        JsonNode failed = api.post("/cashier/" + id + "/fail", "{}").json();
        assertThat(failed.get("status").asText()).isEqualTo("requires_payment_method");
        assertThat(failed.at("/last_payment_error/code").asText()).isEqualTo("payment_declined");
    }

    @Test
    void errorsUseTheEnvelopeWithTheRightStatus() {
        assertError(
                api.withKey(null).get("/v1/payment_intents"), 401, "invalid_request_error", "api_key_missing", null);
        assertError(
                api.withKey("sk_live_123456789012").get("/v1/payment_intents"),
                401,
                "invalid_request_error",
                "api_key_invalid",
                null);
        assertThat(api.withKey("sk_test_abcdefghijklmnop")
                        .get("/v1/payment_intents")
                        .json()
                        .toString())
                .doesNotContain("abcdefghijklmnop");
        assertError(
                api.post("/v1/payment_intents", "{'currency':'HKD'}"),
                400,
                "invalid_request_error",
                "parameter_missing",
                "amount");
        assertError(
                api.post("/v1/payment_intents", "{'amount':-1,'currency':'HKD'}"),
                400,
                "invalid_request_error",
                null,
                "amount");
        assertError(
                api.post("/v1/payment_intents", "{'amount':10,'currency':'USD','payment_method_types':['alipayplus']}"),
                400,
                "invalid_request_error",
                "currency_not_supported",
                "currency");
        assertError(
                api.get("/v1/payment_intents/pi_0000000000000000000"),
                404,
                "invalid_request_error",
                "resource_missing",
                "id");
        assertError(api.get("/v1/nothing_here"), 404, "invalid_request_error", "resource_missing", null);
        Http.Answer notJson = api.send(api.builder("/v1/payment_intents")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{amount:")));
        assertError(notJson, 400, "invalid_request_error", "invalid_json", null);
        Http.Answer huge = api.post("/v1/payment_intents", "{'description':'" + "x".repeat(1100 * 1024) + "'}");
        assertError(huge, 413, "invalid_request_error", "request_too_large", null);
    }

    private static void assertError(Http.Answer answer, int status, String type, String code, String param) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.json().at("/error/type").asText()).isEqualTo(type);
        if (code != null) {
            assertThat(answer.json().at("/error/code").asText()).isEqualTo(code);
        }
        if (param != null) {
            assertThat(answer.json().at("/error/param").asText()).isEqualTo(param);
        }
        assertThat(answer.json().at("/error/message").asText()).isNotBlank();
    }

    @Test
    void cursorPaginationNewestFirst() {
        for (int i = 0; i < 7; i++) {
            api.post(
                    "/v1/payment_intents",
                    "{'amount':" + (100 + i) + ",'currency':'HKD','merchant_order_id':'SO-" + i + "'}");
        }
        JsonNode first = api.get("/v1/payment_intents?limit=3").json();
        assertThat(first.get("object").asText()).isEqualTo("list");
        assertThat(first.get("has_more").asBoolean()).isTrue();
        assertThat(first.get("data")).hasSize(3);
        assertThat(first.at("/data/0/amount").asLong()).isEqualTo(106);
        Set<String> seen = new HashSet<>();
        first.get("data").forEach(d -> seen.add(d.get("id").asText()));
        JsonNode page = first;
        while (page.get("has_more").asBoolean()) {
            String last =
                    page.at("/data/" + (page.get("data").size() - 1) + "/id").asText();
            page = api.get("/v1/payment_intents?limit=3&starting_after=" + last).json();
            page.get("data")
                    .forEach(d -> assertThat(seen.add(d.get("id").asText())).isTrue());
        }
        assertThat(seen).hasSize(7);
        JsonNode before = api.get("/v1/payment_intents?limit=2&ending_before="
                        + page.at("/data/0/id").asText())
                .json();
        assertThat(before.get("data")).hasSize(2);
        assertThat(before.at("/data/1/amount").asLong()).isEqualTo(101);
        assertThat(api.get("/v1/payment_intents?limit=500").status()).isEqualTo(400);
    }

    @Test
    void searchByMerchantOrderIdAndMetadata() {
        api.post("/v1/payment_intents", ALIPAYPLUS);
        api.post("/v1/payment_intents", ALIPAYPLUS.replace("SO-1", "SO-2").replace("A-7", "B-8"));
        JsonNode byOrder = api.get("/v1/payment_intents/search?query=" + enc("merchant_order_id:'SO-2'"))
                .json();
        assertThat(byOrder.get("object").asText()).isEqualTo("search_result");
        assertThat(byOrder.get("data")).hasSize(1);
        assertThat(byOrder.at("/data/0/merchant_order_id").asText()).isEqualTo("SO-2");
        JsonNode byMeta = api.get(
                        "/v1/payment_intents/search?query=" + enc("metadata['erp']:'A-7' AND status:'requires_action'"))
                .json();
        assertThat(byMeta.get("data")).hasSize(1);
        assertThat(byMeta.at("/data/0/merchant_order_id").asText()).isEqualTo("SO-1");
        assertThat(api.get("/v1/payment_intents/search?query=" + enc("nonsense"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/v1/payment_intents/search")
                        .json()
                        .at("/error/param")
                        .asText())
                .isEqualTo("query");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void cardIsChargedAtOnceOrDeclined() {
        JsonNode ok = api.post(
                        "/v1/payment_intents",
                        "{'amount':2000,'currency':'USD','confirm':true,"
                                + "'payment_method_data':{'type':'card','card':{'number':'4111111111111111'}}}")
                .json();
        assertThat(ok.get("status").asText()).isEqualTo("succeeded");
        JsonNode declined = api.post(
                        "/v1/payment_intents",
                        json("{'amount':2000,'currency':'USD','confirm':true,"
                                + "'payment_method_data':{'type':'card','card':{'number':'4000000000000002'}}}"))
                .json();
        assertThat(declined.get("status").asText()).isEqualTo("requires_payment_method");
    }
}
