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

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.PostgresExtension;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances in two JVMs share completions and claims on PostgreSQL. Instance A receives 20 events whose route
 * takes 3 s and is killed with SIGKILL at 1.5 s; WooshPay's redeliveries go to instance B. B answers 409 while A's
 * claims are fresh, routes each event once the claims have expired, and answers 200 only after the effect is
 * committed. (Issue 11 measured the code before claims: B answered 200 duplicate to all 20 and none was ever routed.)
 */
class WebhookNodeKillIT {

    @RegisterExtension
    static PostgresExtension postgres = new PostgresExtension();

    private static final int EVENTS = 20;
    private static final long ROUTE_MILLIS = 3_000;
    private static final long LEASE_MILLIS = 4_000;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @Test
    void claimsOfAKilledInstanceExpireAndEveryEventIsRoutedOnceElsewhere() throws Exception {
        try (Connection c = postgres.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE paid (event_id VARCHAR(100) PRIMARY KEY, node VARCHAR(10) NOT NULL)");
        }
        int portA = AvailablePortFinder.getNextAvailable();
        int portB = AvailablePortFinder.getNextAvailable();
        Process a = start(portA, "A");
        Process b = start(portB, "B");
        try {
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                bodies.add("{\"id\":\"evt_kill_" + i
                        + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":"
                        + System.currentTimeMillis() + ",\"data\":{\"object\":{\"id\":\"pi_kill_" + i
                        + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}}}");
            }
            List<CompletableFuture<Integer>> toA = new ArrayList<>();
            for (String body : bodies) {
                toA.add(CompletableFuture.supplyAsync(() -> status(portA, body)));
            }
            Thread.sleep(ROUTE_MILLIS / 2);
            a.destroyForcibly(); // SIGKILL: no shutdown hook, no route completes, claims stay in the table
            a.waitFor(10, TimeUnit.SECONDS);
            for (CompletableFuture<Integer> answer : toA) {
                assertThat(answer.get()).as("A died before answering").isEqualTo(0);
            }
            assertThat(count("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'wooshpay-claims'"))
                    .isEqualTo(EVENTS);

            // WooshPay delivers again, now to B, every 250 ms until answered 2xx
            Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
            List<CompletableFuture<Void>> toB = new ArrayList<>();
            for (String body : bodies) {
                toB.add(CompletableFuture.runAsync(() -> {
                    long deadline = System.currentTimeMillis() + 30_000;
                    while (System.currentTimeMillis() < deadline) {
                        int status = status(portB, body);
                        answers.computeIfAbsent(status, k -> new AtomicInteger())
                                .incrementAndGet();
                        if (status == 200) {
                            String id = body.substring(7, body.indexOf('"', 7));
                            // acknowledged only once the effect is committed
                            assertThat(count("SELECT COUNT(*) FROM paid WHERE event_id = '" + id + "'"))
                                    .isEqualTo(1);
                            return;
                        }
                        sleep(250);
                    }
                    throw new AssertionError("never acknowledged by B");
                }));
            }
            for (CompletableFuture<Void> delivery : toB) {
                delivery.get(60, TimeUnit.SECONDS);
            }
            assertThat(answers.get(409))
                    .as("B saw A's claims in progress first")
                    .isNotNull();
            assertThat(answers.get(200).get()).isEqualTo(EVENTS);
            assertThat(answers.keySet()).isSubsetOf(200, 409, 503);
            assertThat(count("SELECT COUNT(*) FROM paid WHERE node = 'B'")).isEqualTo(EVENTS);
            assertThat(count("SELECT COUNT(*) FROM paid")).isEqualTo(EVENTS);
            assertThat(count("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'wooshpay-webhook'"))
                    .isEqualTo(EVENTS);
            assertThat(count("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'wooshpay-claims'"))
                    .isZero();
            System.out.println(
                    "node kill: A killed with 20 routes in flight; B answered " + answers + " and routed all 20 once");
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
    }

    private Process start(int port, String node) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WebhookNode.class.getName(),
                        Integer.toString(port),
                        postgres.jdbcUrl(),
                        node,
                        Long.toString(ROUTE_MILLIS),
                        Long.toString(LEASE_MILLIS))
                .redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line; (line = out.readLine()) != null; ) {
                            if (line.equals("READY")) {
                                ready.complete(true);
                            } else if (line.contains("ERROR") || line.contains("Exception")) {
                                System.out.println("[" + node + "] " + line);
                            }
                        }
                    } catch (Exception ignored) {
                        // the process died
                    }
                    ready.complete(false);
                },
                "node-" + node + "-output");
        reader.setDaemon(true);
        reader.start();
        assertThat(ready.get(60, TimeUnit.SECONDS))
                .as("node " + node + " started")
                .isTrue();
        return process;
    }

    /** The answer's status, or 0 when none came (the instance died or is down). */
    private int status(int port, String body) {
        String signature = WebhookSignatureVerifier.sign(
                WebhookNode.SECRET, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                                    .timeout(Duration.ofSeconds(20))
                                    .header(WebhookSignatureVerifier.HEADER, signature)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception noAnswer) {
            return 0;
        }
    }

    private static int count(String sql) {
        try (Connection c = postgres.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
