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
package com.wooshpay.camel.webhook;

import java.util.Optional;

import com.wooshpay.camel.health.WebhookHealthCheck;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook consumer's readiness through Camel's consumer health check: deliveries refused for their signature. */
class WebhookHealthTest extends WebhookTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookPath=/health-hook&webhookSecret=RAW(" + SECRET + ")")
                        .routeId("hook")
                        .to("mock:events");
            }
        };
    }

    private HealthCheck.Result consumerHealth() {
        // what Camel Main and camel-spring-boot set up: the consumers repository, every check listed
        HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(context);
        if (registry.getRepository("consumers").isEmpty()) {
            registry.register(registry.resolveById("consumers"));
        }
        registry.setExposureLevel("full");
        Optional<HealthCheck.Result> result = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:hook"))
                .findFirst();
        assertThat(result).as("Camel's consumer check of the route").isPresent();
        return result.get();
    }

    @Test
    void deliveriesRefusedInARowForTheirSignatureMakeTheConsumerDown() throws Exception {
        assertThat(consumerHealth().getState()).isEqualTo(HealthCheck.State.UP);
        String body = event("evt_h1", "payment_intent.succeeded", paymentIntent("pi_h1", "succeeded"));
        String wrong = com.wooshpay.camel.client.WebhookSignatureVerifier.sign(
                "whsec_not_this_endpoints_secret_000", java.time.Instant.now().getEpochSecond(), body.getBytes());
        for (int i = 0; i < WebhookHealthCheck.REFUSALS_IN_A_ROW; i++) {
            assertThat(deliver("/health-hook", body, wrong).statusCode()).isEqualTo(400);
        }
        HealthCheck.Result down = consumerHealth();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage().orElseThrow())
                .contains("refused for a bad signature")
                .doesNotContain(SECRET);

        // one verified delivery ends the run
        assertThat(deliver("/health-hook", body, signed(body)).statusCode()).isEqualTo(200);
        assertThat(consumerHealth().getState()).isEqualTo(HealthCheck.State.UP);
    }
}
