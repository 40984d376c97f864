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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayRateLimitException;
import com.wooshpay.camel.client.error.WooshPayServerException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries are bounded, back off, honour Retry-After and never change the Idempotency-Key. */
class RetryTest extends WireMockTestSupport {

    private static final String CREATED = json("{'id':'pi_1','object':'payment_intent','status':'requires_action'}");
    private static final Map<String, Object> BODY = Map.of("amount", 1000, "currency", "HKD");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:redelivered")
                        .errorHandler(
                                defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0))
                        .to("wooshpay:paymentIntent/create?maxRetries=0");
            }
        };
    }

    private void failThenSucceed(
            int failures, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= failures; i++) {
            wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                    .inScenario("flaky")
                    .whenScenarioStateIs(state)
                    .willReturn(failure)
                    .willSetStateTo("failed-" + i));
            state = "failed-" + i;
        }
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("flaky")
                .whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withBody(CREATED)));
    }

    private static List<String> sentKeys() {
        return wooshpay.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).stream()
                .map(r -> r.getHeader("Idempotency-Key"))
                .toList();
    }

    @Test
    void serverErrorsAreRetriedWithTheSameKey() {
        failThenSucceed(2, aResponse().withStatus(500));
        Exchange out = template.request(
                "wooshpay:paymentIntent/create", e -> e.getMessage().setBody(BODY));
        assertThat(out.getException()).isNull();
        List<String> keys = sentKeys();
        assertThat(keys).hasSize(3).doesNotContainNull();
        assertThat(keys).containsOnly(keys.get(0));
        List<String> bodies = wooshpay.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .toList();
        assertThat(bodies).containsOnly(bodies.get(0));
    }

    @Test
    void connectionResetIsRetriedWithTheSameKey() {
        failThenSucceed(1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        Exchange out = template.request("wooshpay:paymentIntent/create", e -> {
            e.getMessage().setBody(BODY);
            e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, "SO-1001");
        });
        assertThat(out.getException()).isNull();
        assertThat(sentKeys()).containsExactly("SO-1001", "SO-1001");
    }

    @Test
    void stopsAtMaxRetries() {
        wooshpay.stubFor(
                post(urlEqualTo("/v1/payment_intents")).willReturn(aResponse().withStatus(503)));
        Exchange out = template.request(
                "wooshpay:paymentIntent/create?maxRetries=4",
                e -> e.getMessage().setBody(BODY));
        assertThat(out.getException()).isInstanceOf(WooshPayServerException.class);
        assertThat(sentKeys()).hasSize(5);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody(json("{'error':{'type':'invalid_request_error','message':'bad'}}"))));
        template.request(
                "wooshpay:paymentIntent/create?maxRetries=5",
                e -> e.getMessage().setBody(BODY));
        assertThat(sentKeys()).hasSize(1);
    }

    @Test
    void camelRedeliveriesOfOneExchangeReuseItsKeyAndNewExchangesGetNewKeys() {
        wooshpay.stubFor(
                post(urlEqualTo("/v1/payment_intents")).willReturn(aResponse().withStatus(500)));
        template.request("direct:redelivered", e -> e.getMessage().setBody(BODY));
        List<String> first = sentKeys();
        assertThat(first).hasSize(3).containsOnly(first.get(0));

        template.request("direct:redelivered", e -> e.getMessage().setBody(BODY));
        List<String> all = sentKeys();
        assertThat(all).hasSize(6);
        assertThat(all.subList(3, 6)).containsOnly(all.get(3)).doesNotContain(first.get(0));
    }

    @Test
    void honoursRetryAfterAndBacksOffExponentially() {
        failThenSucceed(1, aResponse().withStatus(429).withHeader("Retry-After", "3"));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (WooshPayClient client = new WooshPayClient(WooshPayClientConfig.builder()
                .apiKey(API_KEY)
                .baseUrl(baseUrl())
                .retryInitialDelay(Duration.ofMillis(400))
                .retryMaxDelay(Duration.ofSeconds(10))
                .maxRetries(3)
                .retryTimer((retry, wait) -> {
                    waits.add(wait);
                    retry.run();
                })
                .build())) {
            assertThat(client.execute(WooshPayOperation.PAYMENT_INTENT_CREATE, null, BODY, "k1")
                            .attempts())
                    .isEqualTo(2);
            assertThat(waits).containsExactly(Duration.ofSeconds(3));

            waits.clear();
            wooshpay.resetAll();
            wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                    .willReturn(aResponse().withStatus(429)));
            assertThatThrownBy(() -> client.execute(WooshPayOperation.PAYMENT_INTENT_CREATE, null, BODY, "k2"))
                    .isInstanceOf(WooshPayRateLimitException.class);
            // without Retry-After: 400 ms doubled per retry, each jittered into [50%, 100%]
            assertThat(waits).hasSize(3);
            long[][] bounds = {{200, 400}, {400, 800}, {800, 1600}};
            for (int i = 0; i < 3; i++) {
                assertThat(waits.get(i).toMillis()).isBetween(bounds[i][0], bounds[i][1]);
            }
        }
    }
}
