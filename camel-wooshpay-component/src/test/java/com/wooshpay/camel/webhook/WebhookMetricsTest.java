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

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook deliveries counted by outcome, and how late the routed events were. */
class WebhookMetricsTest extends WebhookTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("meters", meters);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookPath=/metered&webhookSecret=RAW(" + SECRET + ")")
                        .to("mock:events");
            }
        };
    }

    private double deliveries(String outcome) {
        var counter = meters.find("wooshpay.webhook.deliveries")
                .tags("path", "/metered", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void deliveriesAreCountedByOutcome() throws Exception {
        String body = event("evt_m1", "payment_intent.succeeded", paymentIntent("pi_m1", "succeeded"));
        assertThat(deliver("/metered", body, signed(body)).statusCode()).isEqualTo(200);
        assertThat(deliver("/metered", body, signed(body)).statusCode()).isEqualTo(200);
        assertThat(deliver("/metered", body, "t=1,v1=00").statusCode()).isEqualTo(400);

        assertThat(deliveries("routed")).isEqualTo(1.0);
        assertThat(deliveries("duplicate")).isEqualTo(1.0);
        assertThat(deliveries("bad_signature")).isEqualTo(1.0);
        // the event's created is in the past: its lag is measured once, for the delivery that routed it
        assertThat(meters.get("wooshpay.events.lag")
                        .tags("source", "webhook")
                        .timer()
                        .count())
                .isEqualTo(1);
    }
}
