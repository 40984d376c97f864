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

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's own health API (what Camel Main, camel-spring-boot and Quarkus expose): one readiness check per producer
 * endpoint, each with its own key, cached, and never showing the key.
 */
class HealthChecksTest extends WireMockTestSupport {

    private static final String KEY_REFUSED = "sk_test_revokedKey000000000000001";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("wooshpay:paymentIntent/create?currency=HKD");
                WooshPayComponent second = new WooshPayComponent();
                TestServers.wooshpayOn(second, baseUrl(), KEY_REFUSED);
                getContext().addComponent("wooshpay-b", second);
                from("direct:refused").to("wooshpay-b:refund/create");
            }
        };
    }

    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachProducerEndpointReportsWhetherWooshPayAcceptsItsKey() {
        wooshpay.stubFor(get(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo(basic(API_KEY)))
                .willReturn(
                        aResponse().withStatus(200).withBody(json("{'object':'list','data':[],'has_more':false}"))));
        wooshpay.stubFor(get(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo(basic(KEY_REFUSED)))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody(json(
                                "{'error':{'type':'invalid_request_error','message':'Invalid API Key provided'}}"))));
        HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(context);
        registry.getRepository("producers")
                .orElseThrow()
                .setEnabled(true); // Camel leaves producer checks off by default
        registry.setExposureLevel("full"); // list the UP checks too, not only the DOWN ones

        List<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().startsWith("wooshpay-"))
                .toList();
        assertThat(results).hasSize(2);
        HealthCheck.Result good = only(results, "paymentIntent-create");
        HealthCheck.Result refused = only(results, "refund-create");
        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(good.getDetails()).containsEntry("base.url", baseUrl()).containsEntry("mode", "sandbox");
        assertThat(refused.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(refused.getMessage()).hasValue("WooshPay refused the API key (HTTP 401)");
        for (HealthCheck.Result result : results) {
            assertThat(result.toString()
                            + result.getDetails()
                            + result.getMessage()
                            + result.getCheck().getId())
                    .doesNotContain(API_KEY)
                    .doesNotContain(KEY_REFUSED);
        }
        // a probe polled again within the minute is answered from the cache
        HealthCheckHelper.invokeReadiness(context);
        wooshpay.verify(2, getRequestedFor(urlEqualTo("/v1/payment_intents?limit=1")));
        // and the check is not a liveness check: a remote API says nothing about this JVM
        assertThat(HealthCheckHelper.invokeLiveness(context).stream()
                        .filter(r -> r.getCheck().getId().startsWith("wooshpay-")))
                .isEmpty();
    }

    @Test
    void theComponentOptionTurnsProducerChecksOff() throws Exception {
        context.getComponent("wooshpay", WooshPayComponent.class).setHealthCheckProducerEnabled(false);
        context.getRouteController().stopRoute(context.getRoutes().get(0).getRouteId());
        context.removeEndpoints("wooshpay:*");
        context.getEndpoint("wooshpay:paymentIntent/retrieve").start();
        HealthCheckHelper.getHealthCheckRegistry(context)
                .getRepository("producers")
                .orElseThrow()
                .setEnabled(true);
        assertThat(HealthCheckHelper.invokeReadiness(context).stream()
                        .map(r -> r.getCheck().getId())
                        .filter(id -> id.startsWith("wooshpay-paymentIntent")))
                .isEmpty();
    }

    private static HealthCheck.Result only(List<HealthCheck.Result> results, String operation) {
        List<HealthCheck.Result> matching = results.stream()
                .filter(r -> r.getCheck().getId().startsWith("wooshpay-" + operation + "-"))
                .toList();
        assertThat(matching).as(operation).hasSize(1);
        return matching.get(0);
    }
}
