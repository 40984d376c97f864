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
package com.wooshpay.camel.benchmarks;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.wooshpay.camel.client.WebhookSignatureVerifier;

/** Time from launching a JVM to the first request it answers 200, median of a few runs. */
final class StartupProbe {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    /** Median milliseconds for {@code StartupMain <variant>} to answer a signed webhook delivery. */
    long camelMain(String variant, int runs) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            String body =
                    "{\"id\":\"evt_start\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{}}}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                    .header(
                            "Wooshpay-Signature",
                            WebhookSignatureVerifier.sign(
                                    WebhookBenchmark.SECRET,
                                    Instant.now().getEpochSecond(),
                                    body.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            times.add(launch(
                    List.of(
                            java(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            StartupMain.class.getName(),
                            variant,
                            Integer.toString(port)),
                    request));
        }
        return median(times);
    }

    /** Median milliseconds for the Spring Boot example to answer GET /api/orders; -1 when its jar is not built. */
    long springBootExample(File jar, int runs) throws Exception {
        if (!jar.isFile()) {
            return -1;
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/orders"))
                    .GET()
                    .build();
            times.add(launch(
                    List.of(
                            java(),
                            "-jar",
                            jar.getAbsolutePath(),
                            "--server.port=" + port,
                            "--spring.datasource.url=jdbc:h2:mem:startup" + i,
                            "--orders.inbox=" + System.getProperty("java.io.tmpdir") + "/wooshpay-bench-inbox-" + i,
                            "--logging.level.root=WARN"),
                    request));
        }
        return median(times);
    }

    private long launch(List<String> command, HttpRequest firstRequest) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long deadline = start + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(firstRequest, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited with " + process.exitValue() + ": " + command);
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("no answer within 90 s: " + command);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
