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
package com.wooshpay.camel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation sends the documented method and path, Basic auth, JSON headers, and an Idempotency-Key on POST. */
class WireFormatTest extends WireMockTestSupport {

    private static final String PI = "pi_1664204164491640832";

    static Stream<Arguments> operations() {
        // uri, id header, expected method, expected path (written out here, independent of the production table)
        return Stream.of(
                Arguments.of("paymentIntent/create", null, "POST", "/v1/payment_intents"),
                Arguments.of(
                        "paymentIntent/retrieve",
                        WooshPayConstants.PAYMENT_INTENT_ID,
                        "GET",
                        "/v1/payment_intents/" + PI),
                Arguments.of(
                        "paymentIntent/update",
                        WooshPayConstants.PAYMENT_INTENT_ID,
                        "POST",
                        "/v1/payment_intents/" + PI),
                Arguments.of(
                        "paymentIntent/confirm",
                        WooshPayConstants.PAYMENT_INTENT_ID,
                        "POST",
                        "/v1/payment_intents/" + PI + "/confirm"),
                Arguments.of(
                        "paymentIntent/cancel",
                        WooshPayConstants.PAYMENT_INTENT_ID,
                        "POST",
                        "/v1/payment_intents/" + PI + "/cancel"),
                Arguments.of(
                        "paymentIntent/capture",
                        WooshPayConstants.PAYMENT_INTENT_ID,
                        "POST",
                        "/v1/payment_intents/" + PI + "/capture"),
                Arguments.of("paymentIntent/list", null, "GET", "/v1/payment_intents"),
                Arguments.of("paymentIntent/search", null, "GET", "/v1/payment_intents/search"),
                Arguments.of("refund/create", WooshPayConstants.PAYMENT_INTENT_ID, "POST", "/v1/refunds"),
                Arguments.of("refund/retrieve", WooshPayConstants.REFUND_ID, "GET", "/v1/refunds/re_1"),
                Arguments.of("refund/list", null, "GET", "/v1/refunds"),
                Arguments.of("session/create", null, "POST", "/v1/checkout/sessions"),
                Arguments.of("session/retrieve", WooshPayConstants.SESSION_ID, "GET", "/v1/checkout/sessions/cs_1"),
                Arguments.of(
                        "session/expire", WooshPayConstants.SESSION_ID, "POST", "/v1/checkout/sessions/cs_1/expire"),
                Arguments.of("session/list", null, "GET", "/v1/checkout/sessions/list"),
                Arguments.of(
                        "session/lineItems",
                        WooshPayConstants.SESSION_ID,
                        "GET",
                        "/v1/checkout/sessions/cs_1/line_items"),
                Arguments.of("webhookEndpoint/create", null, "POST", "/v1/webhook_endpoints"),
                Arguments.of(
                        "webhookEndpoint/retrieve",
                        WooshPayConstants.WEBHOOK_ENDPOINT_ID,
                        "GET",
                        "/v1/webhook_endpoints/we_1"),
                Arguments.of(
                        "webhookEndpoint/update",
                        WooshPayConstants.WEBHOOK_ENDPOINT_ID,
                        "POST",
                        "/v1/webhook_endpoints/we_1"),
                Arguments.of(
                        "webhookEndpoint/delete",
                        WooshPayConstants.WEBHOOK_ENDPOINT_ID,
                        "DELETE",
                        "/v1/webhook_endpoints/we_1"),
                Arguments.of("webhookEndpoint/list", null, "GET", "/v1/webhook_endpoints"),
                Arguments.of("customer/create", null, "POST", "/v1/customers"),
                Arguments.of("customer/retrieve", WooshPayConstants.CUSTOMER_ID, "GET", "/v1/customers/cus_1"),
                Arguments.of("customer/update", WooshPayConstants.CUSTOMER_ID, "POST", "/v1/customers/cus_1"),
                Arguments.of("customer/delete", WooshPayConstants.CUSTOMER_ID, "DELETE", "/v1/customers/cus_1"),
                Arguments.of("customer/list", null, "GET", "/v1/customers"),
                Arguments.of("customer/search", null, "GET", "/v1/customers/search"),
                Arguments.of(
                        "customer/paymentMethods",
                        WooshPayConstants.CUSTOMER_ID,
                        "GET",
                        "/v1/customers/cus_1/payment_methods"),
                Arguments.of("paymentMethod/create", null, "POST", "/v1/payment_methods"),
                Arguments.of(
                        "paymentMethod/retrieve",
                        WooshPayConstants.PAYMENT_METHOD_ID,
                        "GET",
                        "/v1/payment_methods/pm_1"),
                Arguments.of(
                        "paymentMethod/update",
                        WooshPayConstants.PAYMENT_METHOD_ID,
                        "POST",
                        "/v1/payment_methods/pm_1"),
                Arguments.of("paymentMethod/list", null, "GET", "/v1/payment_methods"),
                Arguments.of(
                        "paymentMethod/attach",
                        WooshPayConstants.PAYMENT_METHOD_ID,
                        "POST",
                        "/v1/payment_methods/pm_1/attach"),
                Arguments.of(
                        "paymentMethod/detach",
                        WooshPayConstants.PAYMENT_METHOD_ID,
                        "POST",
                        "/v1/payment_methods/pm_1/detach"),
                Arguments.of("charge/retrieve", WooshPayConstants.CHARGE_ID, "GET", "/v1/charges/ch_1"),
                Arguments.of("charge/list", null, "GET", "/v1/charges"),
                Arguments.of("event/retrieve", WooshPayConstants.EVENT_ID, "GET", "/v1/events/evt_1"),
                Arguments.of("event/list", null, "GET", "/v1/events"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void sendsTheDocumentedRequest(String uri, String idHeader, String method, String path) {
        wooshpay.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_42")
                        .withBody(answerFor(uri))));

        Map<String, Object> headers = idHeader == null ? Map.of() : Map.of(idHeader, idFor(idHeader));
        Object result = template.requestBodyAndHeaders("wooshpay:" + uri, bodyFor(uri), headers);
        assertThat(result).isNotNull();

        List<LoggedRequest> requests =
                wooshpay.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getMethod().getName()).isEqualTo(method);
        assertThat(request.getUrl().split("\\?")[0]).isEqualTo(path);
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getHeader("User-Agent")).startsWith("camel-wooshpay/0.1.0");
        if (method.equals("POST")) {
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
            assertThat(request.getBodyAsString()).startsWith("{");
        } else {
            assertThat(request.containsHeader("Idempotency-Key")).isFalse();
            assertThat(request.getBodyAsString()).isEmpty();
        }
    }

    private static String idFor(String header) {
        return switch (header) {
            case WooshPayConstants.PAYMENT_INTENT_ID -> PI;
            case WooshPayConstants.REFUND_ID -> "re_1";
            case WooshPayConstants.SESSION_ID -> "cs_1";
            case WooshPayConstants.WEBHOOK_ENDPOINT_ID -> "we_1";
            case WooshPayConstants.CUSTOMER_ID -> "cus_1";
            case WooshPayConstants.PAYMENT_METHOD_ID -> "pm_1";
            case WooshPayConstants.CHARGE_ID -> "ch_1";
            default -> "evt_1";
        };
    }

    private static Object bodyFor(String uri) {
        return switch (uri) {
            case "paymentIntent/create" -> Map.of("amount", 1000, "currency", "HKD");
            case "paymentIntent/cancel" -> Map.of("cancellation_reason", "customer cancelled");
            case "paymentIntent/search" -> Map.of("query", "merchant_order_id:'SO-1'");
            case "session/create" ->
                json("{'line_items':[{'quantity':1,'price_data':{'currency':'HKD','unit_amount':500,"
                        + "'product_data':{'name':'Tea'}}}]}");
            case "webhookEndpoint/create" -> json("{'url':'https://shop.example/hook','enabled_events':['*']}");
            case "webhookEndpoint/update" -> json("{'description':'renamed'}");
            case "customer/search" -> Map.of("query", "metadata['erp_id']:'C-1'");
            case "paymentMethod/create" -> Map.of("type", "alipayplus");
            case "paymentMethod/attach" -> Map.of("customer", "cus_1");
            default -> null;
        };
    }

    private static String answerFor(String uri) {
        if (uri.endsWith("/list")
                || uri.endsWith("/search")
                || uri.endsWith("/lineItems")
                || uri.endsWith("/paymentMethods")) {
            return json("{'object':'list','has_more':false,'data':[]}");
        }
        String object = switch (uri.substring(0, uri.indexOf('/'))) {
            case "paymentIntent" -> "'id':'" + PI + "','object':'payment_intent','status':'requires_action'";
            case "refund" -> "'id':'re_1','object':'refund','status':'succeeded'";
            case "session" -> "'id':'cs_1','object':'checkout.session','status':'open'";
            case "webhookEndpoint" -> "'id':'we_1','object':'webhook_endpoint','status':'enabled'";
            case "customer" -> "'id':'cus_1','object':'customer','email':'ana@example.com'";
            case "paymentMethod" -> "'id':'pm_1','object':'payment_method','type':'alipayplus'";
            case "charge" -> "'id':'ch_1','object':'charge','status':'succeeded'";
            default -> "'id':'evt_1','object':'event','type':'payment_intent.succeeded'";
        };
        return json("{" + object + "}");
    }
}
