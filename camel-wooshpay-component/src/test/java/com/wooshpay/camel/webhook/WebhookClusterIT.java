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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.PostgresExtension;
import com.wooshpay.camel.TestServers;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances (CamelContexts, each with its own HTTP server) share a JdbcMessageIdRepository (completed
 * events) and a JdbcOrphanLockAwareIdempotentRepository (claims) on a real PostgreSQL server. Every event is delivered to both at the same moment, as a load balancer and WooshPay's retries
 * can do; a delivery answered 503 is delivered again, as WooshPay does. Each event is routed exactly once.
 */
class WebhookClusterIT {

    @RegisterExtension
    static PostgresExtension postgres = new PostgresExtension();

    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();

    private DefaultCamelContext instance(String name, int port) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        TestServers.platformHttp(context, port);
        context.getRegistry()
                .bind("processedEvents", new JdbcMessageIdRepository(postgres.dataSource(), "wooshpay-webhook"));
        JdbcOrphanLockAwareIdempotentRepository claims =
                new JdbcOrphanLockAwareIdempotentRepository(postgres.dataSource(), "wooshpay-claims", context);
        claims.setLockMaxAgeMillis(30_000);
        claims.setLockKeepAliveIntervalMillis(3_000);
        context.getRegistry().bind("claims", claims);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?idempotentRepository=#processedEvents&claimRepository=#claims&webhookSecret=RAW("
                                + WebhookTestSupport.SECRET + ")")
                        .process(e -> routed.computeIfAbsent(
                                        e.getMessage().getHeader("CamelWooshPayEventId", String.class),
                                        id -> new AtomicInteger())
                                .incrementAndGet());
            }
        });
        context.start();
        return context;
    }

    @Test
    void eachEventIsRoutedExactlyOnceAcrossInstances() throws Exception {
        int portA = AvailablePortFinder.getNextAvailable();
        int portB = AvailablePortFinder.getNextAvailable();
        int events = 150;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger answered503 = new AtomicInteger();
        try (DefaultCamelContext a = instance("instance-a", portA);
                DefaultCamelContext b = instance("instance-b", portB)) {
            List<Future<?>> deliveries = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                String body = WebhookTestSupport.event(
                        "evt_cluster_" + i,
                        "payment_intent.succeeded",
                        WebhookTestSupport.paymentIntent("pi_" + i, "succeeded"));
                for (int port : new int[] {portA, portB, i % 3 == 0 ? portA : portB}) {
                    deliveries.add(pool.submit(() -> {
                        deliverUntilAcknowledged(http, port, body, answered503);
                        return null;
                    }));
                }
            }
            for (Future<?> delivery : deliveries) {
                delivery.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(routed).hasSize(events);
        assertThat(routed.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        try (Connection c = postgres.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'wooshpay-webhook'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(events);
        }
        System.out.println("cluster: " + answered503.get()
                + " deliveries answered 409 or 503 (in progress, or a concurrent claim) and were delivered again");
    }

    /** Delivers like WooshPay: a non-2xx answer is delivered again (here after 10 ms, up to 200 times). */
    private static void deliverUntilAcknowledged(HttpClient http, int port, String body, AtomicInteger answered503)
            throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                            .header("Content-Type", "application/json")
                            .header("Wooshpay-Signature", WebhookTestSupport.signed(body))
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return;
            }
            // 503: both instances inserted the claim at once; 409: the other instance is routing it
            assertThat(answer.statusCode()).isIn(409, 503);
            answered503.incrementAndGet();
            Thread.sleep(10);
        }
        throw new AssertionError("not acknowledged after 200 deliveries");
    }
}
