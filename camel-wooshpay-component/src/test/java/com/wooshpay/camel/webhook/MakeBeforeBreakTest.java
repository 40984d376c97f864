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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.WebhookEndpoint;
import com.wooshpay.camel.sandbox.WooshPaySandbox;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application restarted without the secret of its webhook endpoint (state lost) while WooshPay is retrying a
 * delivery to it: the new start creates a second endpoint first, still routes what the old one delivers (read back
 * from WooshPay, since its signature cannot be checked), routes each event once although both endpoints deliver the
 * new ones, and disables the old endpoint only once it has gone quiet; nothing is deleted, nothing is lost.
 */
class MakeBeforeBreakTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension(
            WooshPaySandbox.builder().deliveryRetrySchedule(Collections.nCopies(40, Duration.ofMillis(250))));

    private final String apiKey = "sk_test_mbb_" + System.nanoTime();
    private final int port = AvailablePortFinder.getNextAvailable();
    private final List<String> routed = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aLostSecretNeitherDeletesTheEndpointNorLosesWhatItIsRetrying() throws Exception {
        String firstEndpoint;
        try (CamelContext first = application(new MemoryStateRepository())) {
            first.start();
            firstEndpoint = endpoints(first).get(0).getId();
        }
        // the application is down: the payment's event goes to the first endpoint and is refused, WooshPay retries it
        String oldPayment;
        try (CamelContext producer = new DefaultCamelContext()) {
            TestServers.wooshpayOn(producer, sandbox.get().baseUrl(), apiKey);
            producer.start();
            oldPayment = pay(producer.createProducerTemplate(), "SO-OLD");
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sandbox.get().deliveries().stream()
                        .anyMatch(d -> d.endpointId().equals(firstEndpoint) && d.httpStatus() == 0));

        try (CamelContext second = application(new MemoryStateRepository())) { // its secret store is empty: secret lost
            second.start();
            ProducerTemplate template = second.createProducerTemplate();
            List<WebhookEndpoint> both = endpoints(second);
            assertThat(both).extracting(WebhookEndpoint::getId).hasSize(2).contains(firstEndpoint);
            assertThat(both).extracting(WebhookEndpoint::getStatus).containsOnly("enabled");
            WooshPayWebhookConsumer consumer =
                    (WooshPayWebhookConsumer) second.getRoute("hook").getConsumer();
            assertThat(consumer.getRetiringEndpointIds()).containsExactly(firstEndpoint);

            // the old endpoint's retry arrives signed with the lost secret and is routed all the same
            await().atMost(Duration.ofSeconds(10)).until(() -> routed.contains(oldPayment));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sandbox.get().deliveries().stream()
                            .anyMatch(d -> d.endpointId().equals(firstEndpoint) && d.httpStatus() == 200));

            // a new event reaches both endpoints (both are enabled) and is routed once
            String newPayment = pay(template, "SO-NEW");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sandbox.get().deliveries().stream()
                                    .filter(d -> d.delivered() && d.eventType().equals("payment_intent.succeeded"))
                                    .filter(d -> objectOf(template, d.eventId()).equals(newPayment))
                                    .count()
                            == 2);

            // an unsigned delivery naming no real event is still refused
            HttpResponse<String> forged = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"id\":\"evt_forged\",\"type\":\"payment_intent.succeeded\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(400);

            // quiet (no event older than the new endpoint for 2 s): the old endpoint is disabled, not deleted
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> consumer.getRetiringEndpointIds().isEmpty());
            WebhookEndpoint old = template.requestBodyAndHeader(
                    "wooshpay:webhookEndpoint/retrieve",
                    null,
                    WooshPayConstants.WEBHOOK_ENDPOINT_ID,
                    firstEndpoint,
                    WebhookEndpoint.class);
            assertThat(old.getStatus()).isEqualTo("disabled");
            assertThat(routed).containsExactlyInAnyOrder(oldPayment, newPayment);
        }
    }

    private CamelContext application(MemoryStateRepository secrets) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        TestServers.platformHttp(context, port);
        TestServers.wooshpayOn(context, sandbox.get().baseUrl(), apiKey)
                .setWebhookExternalUrl("http://127.0.0.1:" + port);
        context.getRegistry().bind("secrets", secrets);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookAutoRegister=true&webhookSecretRepository=#secrets&webhookQuietPeriod=2s"
                                + "&eventTypes=payment_intent.succeeded")
                        .routeId("hook")
                        .process(e -> routed.add(e.getMessage()
                                .getBody(Event.class)
                                .getDataObject()
                                .getId()));
            }
        });
        return context;
    }

    private static String pay(ProducerTemplate template, String order) throws Exception {
        PaymentIntent intent = template.requestBodyAndHeader(
                "wooshpay:paymentIntent/create",
                Map.of("amount", 1999, "currency", "HKD", "merchant_order_id", order),
                WooshPayConstants.IDEMPOTENCY_KEY,
                order,
                PaymentIntent.class);
        assertThat(TestServers.customerPays(intent)).isEqualTo(200);
        return intent.getId();
    }

    private static String objectOf(ProducerTemplate template, String eventId) {
        return template.requestBodyAndHeader(
                        "wooshpay:event/retrieve", null, WooshPayConstants.EVENT_ID, eventId, Event.class)
                .getDataObject()
                .getId();
    }

    @SuppressWarnings("unchecked")
    private static List<WebhookEndpoint> endpoints(CamelContext context) {
        return (List<WebhookEndpoint>) (List<?>) context.createProducerTemplate()
                .requestBody("wooshpay:webhookEndpoint/list", null, ListPage.class)
                .getData();
    }
}
