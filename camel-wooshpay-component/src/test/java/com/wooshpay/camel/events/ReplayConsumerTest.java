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
package com.wooshpay.camel.events;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code wooshpay:events} against the sandbox: order, checkpoint and resume, pagination, and the merge with the webhook. */
class ReplayConsumerTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    @TempDir
    Path stateDir;

    private final String apiKey = "sk_test_replay_" + System.nanoTime();
    private final Map<String, AtomicInteger> routedCount = new ConcurrentHashMap<>();
    private final List<Event> routedInOrder = new CopyOnWriteArrayList<>();
    private final List<String> sources = new CopyOnWriteArrayList<>();

    private WooshPayClient client() {
        return new WooshPayClient(WooshPayClientConfig.builder()
                .apiKey(apiKey)
                .baseUrl(sandbox.get().baseUrl())
                .build());
    }

    private static void createIntents(WooshPayClient client, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(pool.submit(() -> client.execute(
                        WooshPayOperation.PAYMENT_INTENT_CREATE,
                        null,
                        Map.of("amount", 100 + n, "currency", "HKD", "merchant_order_id", "SO-" + n),
                        "replay-" + System.nanoTime() + "-" + n)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every event of the account, oldest first, as WooshPay lists them. */
    private static List<Event> allEvents(WooshPayClient client) {
        List<Event> events = new ArrayList<>();
        for (Iterator<Event> it = client.paginate(WooshPayOperation.EVENT_LIST, null, Map.of("limit", 100));
                it.hasNext(); ) {
            events.add(it.next());
        }
        Collections.reverse(events);
        return events;
    }

    private DefaultCamelContext app(String uri, FileStateRepository state) throws Exception {
        return app(uri, state, null);
    }

    private DefaultCamelContext app(String uri, FileStateRepository state, SimpleMeterRegistry meters)
            throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        TestServers.wooshpayOn(context, sandbox.get().baseUrl(), apiKey);
        if (state != null) {
            context.getRegistry().bind("checkpoints", state);
        }
        if (meters != null) {
            context.getRegistry().bind("meters", meters);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> {
                    Event event = e.getMessage().getBody(Event.class);
                    routedCount
                            .computeIfAbsent(event.getId(), id -> new AtomicInteger())
                            .incrementAndGet();
                    routedInOrder.add(event);
                    sources.add(e.getMessage().getHeader(WooshPayConstants.EVENT_SOURCE, String.class));
                });
            }
        });
        context.start();
        return context;
    }

    @Test
    void routesWhatNoRouteCompletedOldestFirstAndResumesFromItsCheckpoint() throws Exception {
        WooshPayClient client = client();
        createIntents(client, 30, 4);
        Thread.sleep(5);
        createIntents(client, 1, 1); // alone in its millisecond: the checkpoint
        List<Event> before = allEvents(client);
        assertThat(before).hasSize(31);
        File stateFile = stateDir.resolve("checkpoints.dat").toFile();

        FileStateRepository state = FileStateRepository.fileStateRepository(stateFile);
        try (DefaultCamelContext first =
                app("wooshpay:events?delay=100&initialDelay=0&stateRepository=#checkpoints", state)) {
            await().atMost(10, TimeUnit.SECONDS).until(() -> routedCount.size() == 31);
            Thread.sleep(300); // a few more polls: nothing routed twice
        }
        assertThat(routedCount.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(routedInOrder)
                .extracting(Event::getId)
                .containsExactlyElementsOf(before.stream().map(Event::getId).toList());
        assertThat(sources).containsOnly("replay");
        FileStateRepository stored = FileStateRepository.fileStateRepository(stateFile);
        stored.start();
        long checkpoint = Long.parseLong(stored.getState("wooshpay.events.checkpoint"));
        stored.stop();
        assertThat(checkpoint)
                .isEqualTo(before.get(before.size() - 1).getCreated().toEpochMilli());

        // a restart with the same state file and an empty idempotent repository (the worst case): it resumes from the
        // checkpoint, so only events created since, and those inside the overlap, are read and routed
        createIntents(client, 10, 2);
        List<Event> after = allEvents(client).subList(31, 41);
        routedCount.clear();
        routedInOrder.clear();
        long overlap = 1;
        try (DefaultCamelContext second = app(
                "wooshpay:events?delay=100&initialDelay=0&overlap=" + overlap + "&stateRepository=#checkpoints",
                FileStateRepository.fileStateRepository(stateFile))) {
            await().atMost(10, TimeUnit.SECONDS)
                    .until(() -> after.stream().allMatch(e -> routedCount.containsKey(e.getId())));
            Thread.sleep(300);
        }
        List<String> expected = new ArrayList<>();
        before.stream()
                .filter(e -> e.getCreated().toEpochMilli() >= checkpoint - overlap)
                .forEach(e -> expected.add(e.getId()));
        after.forEach(e -> expected.add(e.getId()));
        assertThat(routedInOrder).extracting(Event::getId).containsExactlyElementsOf(expected);
        assertThat(expected)
                .as("the last old event (inside the overlap) and the 10 new ones, not the 30 before")
                .hasSize(11);
    }

    @Test
    void theCheckpointAgeAndTheLagOfReplayedEventsAreMeasured() throws Exception {
        WooshPayClient client = client();
        createIntents(client, 5, 1);
        int events = allEvents(client).size();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (DefaultCamelContext app = app("wooshpay:events?delay=100&initialDelay=0", null, meters)) {
            await().atMost(10, TimeUnit.SECONDS).until(() -> routedCount.size() == events);
            // the poll moves the checkpoint once its events are routed, a moment after the last route
            await().atMost(10, TimeUnit.SECONDS)
                    .until(() -> meters.find("wooshpay.events.checkpoint.age").gauge() != null);
            double age = meters.get("wooshpay.events.checkpoint.age")
                    .tags("consumer", "wooshpay.events.checkpoint")
                    .gauge()
                    .value();
            // the checkpoint is the newest event's created time, a moment ago (the sandbox's clock is the JVM's)
            assertThat(age).isBetween(0.0, 60.0);
            assertThat(meters.get("wooshpay.events.lag")
                            .tags("source", "replay")
                            .timer()
                            .count())
                    .isEqualTo(events);
        }
    }

    @Test
    void tenThousandEventsThroughPaginationEachRoutedOnceInOrder() throws Exception {
        WooshPayClient client = client();
        createIntents(client, 10_000, 8);
        List<Event> all = allEvents(client);
        assertThat(all).hasSize(10_000);
        long started = System.nanoTime();
        try (DefaultCamelContext app = app("wooshpay:events?delay=500&initialDelay=0", null)) {
            await().atMost(60, TimeUnit.SECONDS).until(() -> routedCount.size() == 10_000);
        }
        System.out.printf(
                "replay: 10,000 events listed in pages of 100 and routed in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(routedCount.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(routedInOrder)
                .extracting(Event::getId)
                .containsExactlyElementsOf(all.stream().map(Event::getId).toList());
    }

    @Test
    void webhookAndReplayTogetherRouteEachEventOnceWhicheverArrivesFirst() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        DefaultCamelContext context = new DefaultCamelContext();
        TestServers.wooshpayOn(context, sandbox.get().baseUrl(), apiKey)
                .setWebhookExternalUrl("http://127.0.0.1:" + port);
        TestServers.platformHttp(context, port);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the webhook subscribes to payment_intent.created only: every other event is "missed" by it
                from("wooshpay:webhook?webhookAutoRegister=true&eventTypes=payment_intent.created")
                        .to("direct:erp");
                from("wooshpay:events?delay=100&initialDelay=0").to("direct:erp");
                from("direct:erp").process(e -> {
                    Event event = e.getMessage().getBody(Event.class);
                    routedCount
                            .computeIfAbsent(event.getId(), id -> new AtomicInteger())
                            .incrementAndGet();
                    sources.add(event.getType() + " "
                            + e.getMessage().getHeader(WooshPayConstants.EVENT_SOURCE, String.class));
                });
            }
        });
        WooshPayClient client = client();
        try (context) {
            context.start();
            for (int i = 0; i < 40; i++) {
                Map<String, Object> params = new LinkedHashMap<>(Map.of("amount", 500 + i, "currency", "HKD"));
                String id = ((PaymentIntent)
                                client.execute(WooshPayOperation.PAYMENT_INTENT_CREATE, null, params, "merge-" + i)
                                        .value())
                        .getId();
                if (i % 2 == 0) {
                    client.execute(
                            WooshPayOperation.PAYMENT_INTENT_CANCEL,
                            id,
                            Map.of("cancellation_reason", "abandoned"),
                            "merge-cancel-" + i);
                }
                Thread.sleep(10);
            }
            List<Event> all = allEvents(client);
            assertThat(all).hasSize(60);
            await().atMost(15, TimeUnit.SECONDS)
                    .until(() -> all.stream().allMatch(e -> routedCount.containsKey(e.getId())));
            Thread.sleep(500);
        }
        assertThat(routedCount).hasSize(60);
        assertThat(routedCount.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(sources)
                .filteredOn(s -> s.startsWith("payment_intent.canceled"))
                .hasSize(20)
                .allMatch(s -> s.endsWith(" replay"));
        long createdByWebhook = sources.stream()
                .filter(s -> s.equals("payment_intent.created webhook"))
                .count();
        System.out.println("merge: " + createdByWebhook
                + " of 40 payment_intent.created events came by webhook first, the rest by replay;"
                + " 20 canceled events the webhook never received came by replay");
    }
}
