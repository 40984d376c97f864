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

import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.wooshpay.camel.metrics.WooshPayMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** API calls and retries measured with Micrometer when the registry has a MeterRegistry; nothing when it has none. */
class MetricsTest extends WireMockTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("meters", meters);
    }

    @Test
    void aCallRetriedAfter429IsTimedOnceAndItsRetryCounted() {
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("calm")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withBody(json("{'error':{'type':'rate_limit_error','message':'slow down'}}"))));
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("busy")
                .whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withBody(json("{'id':'pi_m1','object':'payment_intent'}"))));

        template.requestBody("wooshpay:paymentIntent/create?currency=HKD", Map.of("amount", 1999));

        assertThat(meters.get("wooshpay.client.requests")
                        .tags("operation", "paymentIntent/create", "outcome", "2xx", "retried", "true")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("wooshpay.client.retries")
                        .tags("operation", "paymentIntent/create", "reason", "429")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void withoutAMeterRegistryNothingIsMeasured() throws Exception {
        DefaultCamelContext bare = new DefaultCamelContext();
        assertThat(WooshPayMetrics.of(bare)).isSameAs(WooshPayMetrics.NONE);
        bare.close();
    }
}
