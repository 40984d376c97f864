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
package com.wooshpay.camel.examples.orders;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.springboot.EmbeddedSandbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The example application on a free port, with the embedded sandbox, and helpers to drive it over HTTP. */
abstract class ExampleTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KNOWN_SECRET = "whsec_example_test_secret_0001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedSandbox sandbox;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A free port, the webhook URL that names it, a private inbox, and a fresh in-memory database per context. */
    static void common(DynamicPropertyRegistry registry, Path inbox) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        registry.add("server.port", () -> port);
        registry.add("camel.component.wooshpay.webhook-external-url", () -> "http://127.0.0.1:" + port);
        // a secret of the test's own, accepted next to the one auto-registration gets, to sign deliveries by hand
        registry.add("camel.component.wooshpay.webhook-secret", () -> KNOWN_SECRET);
        registry.add("orders.inbox", inbox::toString);
        registry.add("orders.recovery-period", () -> "500");
        registry.add("orders.recovery-min-age", () -> "300");
    }

    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    int port;

    String app() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> post(String url, Object body) throws Exception {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    String status(String orderId) {
        return jdbc.queryForList("select status from orders where id = ?", String.class, orderId).stream()
                .findFirst()
                .orElse(null);
    }

    void awaitStatus(String orderId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!status.equals(status(orderId))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("order " + orderId + " is " + status(orderId) + ", expected " + status);
            }
            Thread.sleep(50);
        }
    }

    static Map<String, Object> order(String id, String currency, long unitAmount) {
        return Map.of(
                "id",
                id,
                "customer",
                "Test",
                "currency",
                currency,
                "lines",
                List.of(Map.of("name", "Item", "unit_amount", unitAmount, "quantity", 1)));
    }

    /**
     * Exactly once on this database: one payment_intent.succeeded event delivered 8 times at once (WooshPay retrying
     * while a slow first delivery is still running) books one receipt, writes one completion and leaves no claim.
     */
    void aPaymentEventDeliveredEightTimesAtOnceIsBookedOnce(String orderId) throws Exception {
        assertThat(post(app() + "/orders", order(orderId, "HKD", 2500)).statusCode())
                .isEqualTo(201);
        String intent = jdbc.queryForObject("select payment_intent_id from orders where id = ?", String.class, orderId);
        String eventId = "evt_once_" + System.nanoTime();
        String event = ("{'id':'" + eventId + "','object':'event','type':'payment_intent.succeeded','created':"
                        + System.currentTimeMillis()
                        + ",'livemode':false,'data':{'object':{'id':'" + intent
                        + "','object':'payment_intent','status':'succeeded',"
                        + "'amount':2500,'currency':'HKD','merchant_order_id':'" + orderId + "'}}}")
                .replace('\'', '"');
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(senders.submit(() -> deliverUntilSettled(event)));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(status(orderId)).isEqualTo("PAID");
        assertThat(jdbc.queryForObject(
                        "select count(*) from payment_ledger where order_id = ?", Integer.class, orderId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from camel_messageprocessed where messageid = ? and processorname = ?",
                        Integer.class,
                        eventId,
                        OrderToPaymentApplication.COMPLETED_EVENTS))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from camel_messageprocessed where messageid = ? and processorname = 'wooshpay-claims'",
                        Integer.class,
                        eventId))
                .isZero();
    }

    /** One delivery of an event, signed with the webhook endpoint's secret as WooshPay signs it. */
    protected HttpResponse<String> deliverSigned(String event) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app() + "/wooshpay/webhook"))
                        .header("Content-Type", "application/json")
                        .header(
                                "Wooshpay-Signature",
                                WebhookSignatureVerifier.sign(
                                        KNOWN_SECRET,
                                        Instant.now().getEpochSecond(),
                                        event.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(event))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Delivers a signed event as WooshPay would: again after a retryable answer (409 in progress, 500), until 2xx or 400. */
    private int deliverUntilSettled(String event) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> answer = deliverSigned(event);
            if (answer.statusCode() != 409 && answer.statusCode() < 500) {
                return answer.statusCode();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the event was never settled");
    }
}
