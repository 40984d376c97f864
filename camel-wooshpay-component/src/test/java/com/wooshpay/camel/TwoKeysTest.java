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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.wooshpay.camel.model.PaymentIntent;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two keys called in parallel each send only their own: one in an endpoint URI, one on a second component registered
 * under another name (the way the guides recommend for a second account).
 */
class TwoKeysTest extends WireMockTestSupport {

    private static final String KEY_A = "sk_test_merchantAlpha0000000001";
    private static final String KEY_B = "sk_test_merchantBravo0000000002";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("wooshpay:paymentIntent/create?currency=HKD&apiKey=RAW(" + KEY_A + ")");
                WooshPayComponent second = new WooshPayComponent();
                TestServers.wooshpayOn(second, baseUrl(), KEY_B);
                getContext().addComponent("wooshpay-b", second);
                from("direct:b").to("wooshpay-b:paymentIntent/create?currency=HKD");
            }
        };
    }

    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysNeverCross() throws Exception {
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo(basic(KEY_A)))
                .willReturn(aResponse().withStatus(200).withBody(json("{'id':'pi_A','object':'payment_intent'}"))));
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo(basic(KEY_B)))
                .willReturn(aResponse().withStatus(200).withBody(json("{'id':'pi_B','object':'payment_intent'}"))));

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String route = i % 2 == 0 ? "a" : "b";
                expected.add("pi_" + route.toUpperCase());
                results.add(pool.submit(
                        () -> template.requestBody("direct:" + route, Map.of("amount", 100), PaymentIntent.class)
                                .getId()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        wooshpay.verify(
                200,
                postRequestedFor(urlEqualTo("/v1/payment_intents")).withHeader("Authorization", equalTo(basic(KEY_A))));
        wooshpay.verify(
                200,
                postRequestedFor(urlEqualTo("/v1/payment_intents")).withHeader("Authorization", equalTo(basic(KEY_B))));
    }
}
