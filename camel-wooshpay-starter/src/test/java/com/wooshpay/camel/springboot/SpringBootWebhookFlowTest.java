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
package com.wooshpay.camel.springboot;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application configured by properties only: the embedded sandbox starts (no key), a route creates an
 * Alipay+ payment, the test pays on the cashier, the sandbox delivers the signed event to the application's own web
 * server, and from("wooshpay:webhook") routes it.
 */
@SpringBootTest(
        classes = SpringBootWebhookFlowTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "camel.component.wooshpay.currency=HKD",
            "camel.component.wooshpay.return-url=https://shop.example/back",
            "camel.component.wooshpay.webhook-auto-register=true",
            "camel.component.wooshpay.event-types=payment_intent.succeeded",
            "management.endpoints.web.exposure.include=health,configprops,env",
            "management.endpoint.health.show-details=always",
            // every check with its details, not only the failing ones (Camel shows those by default)
            "camel.health.exposure-level=full",
            "management.endpoint.configprops.show-values=always",
            "management.endpoint.env.show-values=always"
        })
class SpringBootWebhookFlowTest {

    static final BlockingQueue<Event> PAID = new LinkedBlockingQueue<>();

    /** A free port chosen before start, so the webhook URL registered with WooshPay can name it. */
    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        registry.add("server.port", () -> port);
        registry.add("camel.component.wooshpay.webhook-external-url", () -> "http://127.0.0.1:" + port);
        // an old secret still configured during a rotation: it must never be shown by Actuator
        registry.add("camel.component.wooshpay.webhook-secret", () -> "whsec_rotated_out_value_42");
    }

    @SpringBootApplication
    static class App {
        @Bean
        RouteBuilder paymentRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:pay").to("wooshpay:paymentIntent/create");
                    from("wooshpay:webhook")
                            .process(e -> PAID.add(e.getMessage().getBody(Event.class)));
                }
            };
        }
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void paymentCreatedPaidAndItsWebhookRouted() throws Exception {
        PaymentIntent intent = template.requestBodyAndHeader(
                "direct:pay",
                Map.of("amount", 2500, "merchant_order_id", "SB-1"),
                "CamelWooshPayIdempotencyKey",
                "SB-1",
                PaymentIntent.class);
        assertThat(intent.getStatus()).isEqualTo("requires_action");
        assertThat(intent.getRedirectUrl()).startsWith("http://127.0.0.1:");

        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(intent.getRedirectUrl() + "/pay"))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        Event event = PAID.poll(20, TimeUnit.SECONDS);
        assertThat(event)
                .as("payment_intent.succeeded routed by the application")
                .isNotNull();
        assertThat(event.getType()).isEqualTo("payment_intent.succeeded");
        assertThat(event.getDataObject(PaymentIntent.class).getMerchantOrderId())
                .isEqualTo("SB-1");

        String base = "http://127.0.0.1:" + environment.getProperty("local.server.port");
        String health = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(health).contains("\"wooshpay\"").contains("\"mode\":\"sandbox\"");
        for (String endpoint : new String[] {"/actuator/configprops", "/actuator/env"}) {
            String shown = http.send(
                            HttpRequest.newBuilder(URI.create(base + endpoint)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(shown)
                    .as(endpoint)
                    .doesNotContain("sk_test_sandbox_default_key")
                    .doesNotContain("whsec_rotated_out_value_42")
                    .contains("webhook")
                    .contains("******")
                    .contains("https://shop.example/back");
        }
    }
}
