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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storm of 5,000 webhook deliveries: 20% duplicates (half of them concurrent with their original), 5% bad
 * signatures, 5% stale timestamps, 2% malformed JSON, and a route that fails the first attempt of 10% of the events.
 * Every valid event is routed exactly once after redelivery, no invalid one is routed, and the answered status codes
 * account for every delivery.
 */
class WebhookStormTest extends CamelTestSupport {

    static final String SECRET = "whsec_storm_secret_for_tests";
    private static final int DELIVERIES = 5000;

    private final int port = AvailablePortFinder.getNextAvailable();
    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    private final Set<String> failFirst = ConcurrentHashMap.newKeySet();
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.platformHttp(context, port);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookSecret=RAW(" + SECRET + ")").process(e -> {
                    String id = e.getMessage().getHeader("CamelWooshPayEventId", String.class);
                    if (failFirst.contains(id) && failedOnce.add(id)) {
                        throw new IllegalStateException("first attempt of " + id + " fails");
                    }
                    routed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                });
            }
        };
    }

    static String event(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":"
                + System.currentTimeMillis() + ",\"data\":{\"object\":{\"id\":\"pi_" + id.hashCode()
                + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}}}";
    }

    static String sign(String secret, long t, String body) {
        return WebhookSignatureVerifier.sign(secret, t, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyValidEventRoutedOnceAndEveryDeliveryAccountedFor() throws Exception {
        Random random = new Random(7);
        int duplicates = DELIVERIES * 20 / 100;
        int badSignatures = DELIVERIES * 5 / 100;
        int stale = DELIVERIES * 5 / 100;
        int malformed = DELIVERIES * 2 / 100;
        int valid = DELIVERIES - duplicates - badSignatures - stale - malformed;
        long now = Instant.now().getEpochSecond();

        List<String> validIds = new ArrayList<>();
        List<List<Deliverer.Delivery>> batches = new ArrayList<>(); // deliveries in one batch are sent concurrently
        for (int i = 0; i < valid; i++) {
            String id = "evt_storm_" + i;
            validIds.add(id);
            String body = event(id);
            List<Deliverer.Delivery> batch = new ArrayList<>();
            batch.add(new Deliverer.Delivery(body, sign(SECRET, now, body), true));
            batches.add(batch);
            if (random.nextInt(10) == 0) {
                failFirst.add(id);
            }
        }
        for (int i = 0; i < duplicates; i++) {
            int original = random.nextInt(valid);
            String body = event(validIds.get(original));
            Deliverer.Delivery duplicate = new Deliverer.Delivery(body, sign(SECRET, now, body), true);
            if (i % 2 == 0) {
                batches.get(original).add(duplicate); // at the same moment as the original
            } else {
                batches.add(new ArrayList<>(List.of(duplicate))); // later, on its own
            }
        }
        for (int i = 0; i < badSignatures; i++) {
            String body = event("evt_forged_" + i);
            batches.add(
                    new ArrayList<>(List.of(new Deliverer.Delivery(body, sign("whsec_guessed", now, body), false))));
        }
        for (int i = 0; i < stale; i++) {
            String body = event("evt_replayed_" + i);
            batches.add(new ArrayList<>(List.of(new Deliverer.Delivery(body, sign(SECRET, now - 3600, body), false))));
        }
        for (int i = 0; i < malformed; i++) {
            String body = "{\"id\":\"evt_broken_" + i + "\",\"type\":";
            batches.add(new ArrayList<>(List.of(new Deliverer.Delivery(body, sign(SECRET, now, body), false))));
        }
        Collections.shuffle(batches, random);
        int firstDeliveries = batches.stream().mapToInt(List::size).sum();
        assertThat(firstDeliveries).isEqualTo(DELIVERIES);

        Deliverer deliverer = new Deliverer("http://127.0.0.1:" + port + "/wooshpay/webhook");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (List<Deliverer.Delivery> batch : batches) {
                for (Deliverer.Delivery delivery : batch) {
                    results.add(pool.submit(() -> deliverer.deliver(delivery)));
                }
            }
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // every valid event routed exactly once; nothing forged, replayed or broken routed
        assertThat(routed.keySet()).containsExactlyInAnyOrderElementsOf(new HashSet<>(validIds));
        assertThat(routed.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        // the answers account for every delivery: 400 for each invalid one, 500 once per first failure, 409 for a
        // duplicate that arrived while its original was being routed (sent again), one 200 per valid delivery
        assertThat(deliverer.unanswered.get()).isZero();
        assertThat(deliverer.totalAnswered()).isEqualTo(deliverer.sent.get());
        assertThat(deliverer.answered(400)).isEqualTo(badSignatures + stale + malformed);
        assertThat(deliverer.answered(500)).isEqualTo(failFirst.size());
        assertThat(deliverer.answered(200)).isEqualTo(DELIVERIES - badSignatures - stale - malformed);
        assertThat(deliverer.sent.get()).isEqualTo(DELIVERIES + failFirst.size() + deliverer.answered(409));
        assertThat(deliverer.answers.keySet()).containsOnly(200, 400, 409, 500);
        System.out.println("webhook storm: " + deliverer.answered(409)
                + " duplicates answered 409 in_progress and delivered again");
        assertThat(failedOnce).isEqualTo(failFirst);
    }
}
