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
package com.wooshpay.camel.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.PostgresExtension;
import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.events.MemoryClaimRepository;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application restarts in the middle of a delivery storm. Processed event ids live in a JdbcMessageIdRepository
 * on PostgreSQL, claims in a repository both instances share; deliveries that meet the closed port are delivered again
 * once the new instance listens. Nothing is lost, nothing is doubled.
 */
class WebhookRestartIT {

    @RegisterExtension
    static PostgresExtension postgres = new PostgresExtension();

    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    // shared by both instances: a stopping instance may still be finishing a delivery when the new one takes the
    // redelivery of the same event (a rolling restart); without shared claims both would route it, as the several-
    // instances guide says. A real PostgreSQL holds the completions.
    private final MemoryClaimRepository claims = new MemoryClaimRepository(60_000);
    private final Set<String> failFirst = ConcurrentHashMap.newKeySet();
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    private DefaultCamelContext start(int port) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        TestServers.platformHttp(context, port);
        context.getRegistry().bind("processed", new JdbcMessageIdRepository(postgres.dataSource(), "storm"));
        context.getRegistry().bind("claims", claims);
        context.getShutdownStrategy().setTimeout(10);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?idempotentRepository=#processed&claimRepository=#claims&webhookSecret=RAW("
                                + WebhookStormTest.SECRET + ")")
                        .process(e -> {
                            String id = e.getMessage().getHeader("CamelWooshPayEventId", String.class);
                            if (failFirst.contains(id) && failedOnce.add(id)) {
                                throw new IllegalStateException("first attempt of " + id + " fails");
                            }
                            routed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                        });
            }
        });
        context.start();
        return context;
    }

    @Test
    void restartMidStormLosesAndDoublesNothing() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Random random = new Random(11);
        long now = Instant.now().getEpochSecond();
        List<String> ids = new ArrayList<>();
        List<Deliverer.Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String id = "evt_restart_" + i;
            ids.add(id);
            String body = WebhookStormTest.event(id);
            deliveries.add(
                    new Deliverer.Delivery(body, WebhookStormTest.sign(WebhookStormTest.SECRET, now, body), true));
            if (random.nextInt(5) == 0) {
                deliveries.add(
                        new Deliverer.Delivery(body, WebhookStormTest.sign(WebhookStormTest.SECRET, now, body), true));
            }
            if (random.nextInt(10) == 0) {
                failFirst.add(id);
            }
        }
        Collections.shuffle(deliveries, random);

        Deliverer deliverer = new Deliverer("http://127.0.0.1:" + port + "/wooshpay/webhook");
        DefaultCamelContext first = start(port);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Deliverer.Delivery delivery : deliveries) {
                results.add(pool.submit(() -> deliverer.deliver(delivery)));
            }
            // restart once a third of the events went through
            while (routed.size() < ids.size() / 3) {
                Thread.sleep(5);
            }
            first.stop();
            DefaultCamelContext second = start(port);
            try {
                for (Future<Integer> result : results) {
                    assertThat(result.get()).isEqualTo(200);
                }
            } finally {
                second.stop();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(routed.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(routed.entrySet())
                .allSatisfy(count ->
                        assertThat(count.getValue().get()).as(count.getKey()).isEqualTo(1));
        try (Connection c = postgres.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'storm'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ids.size());
        }
        System.out.printf(
                "restart: %d deliveries, %d unanswered during the restart and delivered again%n",
                deliverer.sent.get(), deliverer.unanswered.get());
    }
}
