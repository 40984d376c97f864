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

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.sandbox.SandboxMain;

/**
 * What users meet: WooshPay 150–250 ms away. The sandbox runs in a JVM of its own and holds each
 * {@code POST /v1/payment_intents} answer 150–250 ms; each variant runs in a JVM of its own (see {@link LatencyProbe})
 * at 64, 256, 1,000 and 2,000 calls in flight (after a warm-up of max(3,000, 3 × in flight) calls, measuring max(3,000,
 * 5 × in flight)), then at 256 with 30% answered 429 + {@code Retry-After: 2}. Variants
 * alternate order level by level. Prints calls/s, the ratio to the Little's-law limit (in flight ÷ 0.2 s), p50/p99,
 * threads beyond the JVM's own, peak RSS, and connector ÷ raw async HttpClient 5.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar com.wooshpay.camel.benchmarks.LatencyBenchmark [--quick]}
 */
public final class LatencyBenchmark {

    private static final String LATENCY =
            "{\"path\":\"/v1/payment_intents\",\"method\":\"POST\",\"latencyMinMillis\":150,\"latencyMaxMillis\":250";
    private static final String[] VARIANTS = {"connector", "raw-async"};
    /** Blocking stacks reach N in flight with N threads: shown for what that costs, not in the 429 scenario. */
    private static final String[] BLOCKING = {"raw-classic", "camel-http"};

    record Row(String scenario, String variant, int inFlight, Map<String, String> figures) {
        double value(String name) {
            return Double.parseDouble(figures.get(name));
        }
    }

    private LatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        int write = List.of(args).indexOf("--write");
        java.nio.file.Path target =
                write >= 0 && write + 1 < args.length ? java.nio.file.Path.of(args[write + 1]) : null;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String baseUrl = "http://127.0.0.1:" + port;
        Process sandbox = java(SandboxMain.class.getName(), "--port", Integer.toString(port))
                .inheritIO()
                .start();
        List<Row> rows = new ArrayList<>();
        try {
            awaitUp(baseUrl + "/_sandbox/health");
            faults(baseUrl, "[" + LATENCY + "}]");
            int[] levels = quick ? new int[] {64, 256} : new int[] {64, 256, 1000, 2000};
            for (int i = 0; i < levels.length; i++) {
                int inFlight = levels[i];
                int calls = Math.max(quick ? 1000 : 3000, 5 * inFlight);
                for (String variant : order(i)) {
                    rows.add(probe("200 ms", variant, inFlight, calls, baseUrl));
                }
                if (!quick) {
                    for (String variant : BLOCKING) {
                        rows.add(probe("200 ms", variant, inFlight, calls, baseUrl));
                    }
                }
            }
            faults(baseUrl, "[" + LATENCY + ",\"error429\":0.3,\"retryAfterSeconds\":2}]");
            for (String variant : order(1)) {
                rows.add(probe("200 ms, 30% 429", variant, 256, quick ? 1000 : 3000, baseUrl));
            }
        } finally {
            sandbox.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String report = report(rows);
        System.out.println();
        System.out.println(report);
        if (target != null) {
            String notes = "";
            if (java.nio.file.Files.exists(target)) {
                String old = java.nio.file.Files.readString(target);
                int marker = old.indexOf(BenchmarkSuite.NOTES_MARKER);
                notes = marker >= 0 ? "\n" + old.substring(marker) : "";
            }
            java.nio.file.Files.writeString(target, header() + report + notes, StandardCharsets.UTF_8);
            System.out.println("written to " + target);
        }
    }

    private static String header() {
        return "# Performance against a remote WooshPay\n\n"
                + "What users meet: WooshPay is 150–250 ms away. Measured " + java.time.LocalDate.now() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ". The sandbox runs in a JVM of its own and holds each"
                + " `POST /v1/payment_intents` answer 150–250 ms; each variant runs in a JVM of its own, keeping exactly"
                + " *in flight* calls going (a semaphore), after a warm-up of max(3,000, 3 × in flight) calls (so that the JIT is done"
                + " with either stack), measuring max(3,000, 5 × in flight) calls; the order of the variants alternates from level to"
                + " level. All of it shares the machine's cores with the sandbox, so at 1,000 calls in flight and more both"
                + " variants are bound by CPU, not by latency. *raw-async* is HttpClient 5's async client as a user would write"
                + " it: the same JSON body, its own timer retries on 429/5xx, the answer read with Jackson. *raw-classic* (blocking"
                + " HttpClient 5) and *camel-http* (a hand-written route) can only keep N calls in flight with N threads each"
                + " blocked on a call; they are shown at the same levels for what that costs. *Threads beyond the"
                + " JVM's own* is the peak thread count less the threads the JVM had before any client existed (the caller"
                + " included). *CPU µs per call* is the probe process's CPU time over the run divided by the calls (idle"
                + " background work included, so it falls as throughput rises).\n\n"
                + "Reproduce: `./mvnw -q -Pbenchmarks -pl benchmarks,examples/order-to-payment -am package -Dmaven.test.skip=true"
                + " && java -cp benchmarks/target/benchmarks.jar com.wooshpay.camel.benchmarks.LatencyBenchmark --write"
                + " docs/performance-remote.md` (about 3 minutes).\n\n"
                + "Throughput is about min(calls in flight, `maxConnections`) / latency: 256 connections (the default) at 200 ms"
                + " carry about 1,280 calls/s.\n\n";
    }

    private static String[] order(int level) {
        return level % 2 == 0 ? VARIANTS : new String[] {VARIANTS[1], VARIANTS[0]};
    }

    private static Row probe(String scenario, String variant, int inFlight, int calls, String baseUrl)
            throws Exception {
        Process probe = java(
                        LatencyProbe.class.getName(),
                        variant,
                        Integer.toString(inFlight),
                        Integer.toString(calls),
                        baseUrl)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Map<String, String> figures = new LinkedHashMap<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        String[] kv = pair.split("=", 2);
                        figures.put(kv[0], kv[1]);
                    }
                }
            }
        }
        if (!probe.waitFor(10, TimeUnit.MINUTES) || figures.isEmpty()) {
            throw new IllegalStateException(variant + " at " + inFlight + " in flight gave no result");
        }
        if (!"0".equals(figures.get("failures"))) {
            throw new IllegalStateException(
                    variant + " at " + inFlight + " in flight: " + figures.get("failures") + " calls failed");
        }
        Row row = new Row(scenario, variant, inFlight, figures);
        System.out.printf(
                "%-16s %-10s %5d in flight: %,8.0f calls/s%n", scenario, variant, inFlight, row.value("perSecond"));
        return row;
    }

    private static String report(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| scenario | in flight | variant | calls/s | of Little's limit | p50 ms | p99 ms | threads beyond the JVM's own |"
                        + " peak RSS MB | CPU µs per call |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            double limit = row.inFlight() / 0.2;
            out.append(String.format(
                    "| %s | %,d | %s | %,.0f | %.2f | %.0f | %.0f | %s | %s | %s |%n",
                    row.scenario(),
                    row.inFlight(),
                    row.variant(),
                    row.value("perSecond"),
                    row.value("perSecond") / limit,
                    row.value("p50ms"),
                    row.value("p99ms"),
                    row.figures().get("addedThreads"),
                    row.figures().get("rssMb"),
                    row.figures().get("cpuMicrosPerCall")));
        }
        out.append(
                "\n| scenario | in flight | connector ÷ raw async, calls/s | target | connector threads (target ≤ 16) |\n"
                        + "|---|---:|---:|---|---:|\n");
        for (Row row : rows) {
            if (!row.variant().equals("connector")) {
                continue;
            }
            rows.stream()
                    .filter(r -> r.variant().equals("raw-async")
                            && r.inFlight() == row.inFlight()
                            && r.scenario().equals(row.scenario()))
                    .findFirst()
                    .ifPresent(raw -> {
                        double ratio = row.value("perSecond") / raw.value("perSecond");
                        double goal = row.scenario().contains("429") ? 0.90 : 0.95;
                        int threads = Integer.parseInt(row.figures().get("addedThreads"));
                        out.append(String.format(
                                "| %s | %,d | %.2f | ≥ %.2f %s | %d %s |%n",
                                row.scenario(),
                                row.inFlight(),
                                ratio,
                                goal,
                                ratio >= goal ? "met" : "**missed**",
                                threads,
                                threads <= 16 ? "met" : "**missed**"));
                    });
        }
        return out.toString();
    }

    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static void faults(String baseUrl, String rules) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/_sandbox/faults"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(rules))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("faults refused: " + answer.body());
        }
    }

    private static void awaitUp(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the sandbox did not start");
    }
}
