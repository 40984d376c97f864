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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * One variant at one level of calls in flight, in a JVM of its own, against a sandbox in another JVM that holds each
 * answer 150–250 ms: {@code LatencyProbe connector|raw-async|raw-classic|camel-http <in flight> <warm-up s> <measured s>
 * <base URL>}. Keeps exactly that many {@code POST /v1/payment_intents} in flight the whole time (a semaphore), and
 * measures a window in the steady state: the calls that end between the end of the warm-up and the end of the window.
 * The load never drains inside the window, so the slowest retry chains at the end of a run do not set its figure. Prints
 * one {@code RESULT} line: calls per second, p50 and p99 of each call (with its retries), peak threads added during the
 * window beyond the JVM's own and the caller's, peak RSS, CPU per call in the window.
 */
public final class LatencyProbe {

    private static final String KEY = "sk_test_latency_probe_key";
    /** Calls that ended without a 2xx (after retries): a run with any is not a measurement. */
    static final AtomicInteger FAILURES = new AtomicInteger();

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Sends one call and reports when it is done (answered 2xx, after retries). */
    interface Caller extends AutoCloseable {
        void call(int n, Runnable done);
    }

    private LatencyProbe() {}

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        int inFlight = Integer.parseInt(args[1]);
        long warmUpMillis = (long) (Double.parseDouble(args[2]) * 1000);
        long measuredMillis = (long) (Double.parseDouble(args[3]) * 1000);
        String baseUrl = args[4];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int jvmOwn = threads.getThreadCount(); // the JVM's own threads and the caller's, before any client exists
        Caller caller = switch (variant) {
            case "connector" -> connector(baseUrl, inFlight);
            case "raw-async" -> rawAsync(baseUrl, inFlight);
            case "raw-classic" -> onThreads(inFlight, rawClassic(baseUrl, inFlight));
            case "camel-http" -> onThreads(inFlight, camelHttp(baseUrl, inFlight));
            default -> throw new IllegalArgumentException("variant " + variant);
        };
        // at least 200 ms per call, so inFlight / 0.15 s per second is more than any variant can end
        Window window = new Window((int) (inFlight / 0.15 * measuredMillis / 1000 * 1.2) + 1000);
        Thread feeder = new Thread(() -> feed(caller, inFlight, window), "probe-feeder");
        feeder.setDaemon(true);
        feeder.start();
        // the warm-up is long enough for the JIT to be done with either stack: with a few hundred calls the
        // compilation of the larger one (Camel, the model) still ran inside the measurement and was counted against it
        Thread.sleep(warmUpMillis);
        threads.resetPeakThreadCount();
        long cpuBefore = processCpuNanos();
        window.open();
        Thread.sleep(measuredMillis);
        Window.Figures figures = window.close();
        double cpuMicrosPerCall = (processCpuNanos() - cpuBefore) / 1e3 / Math.max(1, figures.calls());
        System.out.printf(
                "RESULT variant=%s inflight=%d calls=%d perSecond=%.1f p50ms=%.1f p99ms=%.1f meanms=%.1f addedThreads=%d rssMb=%d failures=%d cpuMicrosPerCall=%.0f%n",
                variant,
                inFlight,
                figures.calls(),
                figures.perSecond(),
                figures.percentileMillis(0.50),
                figures.percentileMillis(0.99),
                figures.meanMillis(),
                threads.getPeakThreadCount() - jvmOwn - 1, // the feeder is the caller: main only waits
                peakRssMb(),
                FAILURES.get(),
                cpuMicrosPerCall);
        System.out.flush();
        // the calls still in flight are abandoned: the process ends, the sandbox with them
        Runtime.getRuntime().halt(0);
    }

    /** Keeps {@code inFlight} calls going until the process ends. */
    private static void feed(Caller caller, int inFlight, Window window) {
        Semaphore slots = new Semaphore(inFlight);
        for (int n = 0; ; n++) {
            slots.acquireUninterruptibly();
            long start = System.nanoTime();
            caller.call(n, () -> {
                window.ended(start);
                slots.release();
            });
        }
    }

    /** The calls that end while the window is open: how many, in how long, and each one's latency. */
    static final class Window {
        private final long[] latencies;
        private final AtomicInteger ended = new AtomicInteger();
        private volatile boolean open;
        private long openedAt;

        record Figures(int calls, double seconds, long[] sortedLatencies) {
            double perSecond() {
                return calls / seconds;
            }

            double percentileMillis(double p) {
                return sortedLatencies.length == 0
                        ? 0
                        : sortedLatencies[(int) Math.min(sortedLatencies.length - 1, sortedLatencies.length * p)] / 1e6;
            }

            double meanMillis() {
                return Arrays.stream(sortedLatencies).average().orElse(0) / 1e6;
            }
        }

        Window(int capacity) {
            this.latencies = new long[capacity];
        }

        void open() {
            openedAt = System.nanoTime();
            open = true;
        }

        void ended(long startedAt) {
            if (open) {
                int i = ended.getAndIncrement();
                if (i < latencies.length) {
                    latencies[i] = System.nanoTime() - startedAt;
                }
            }
        }

        Figures close() throws InterruptedException {
            open = false;
            double seconds = (System.nanoTime() - openedAt) / 1e9;
            int calls = ended.get();
            Thread.sleep(100); // lets a call that counted itself just before the close write its latency
            long[] sorted = Arrays.copyOf(latencies, Math.min(calls, latencies.length));
            Arrays.sort(sorted);
            return new Figures(calls, seconds, sorted);
        }
    }

    private static Caller connector(String baseUrl, int inFlight) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        WooshPayConfiguration defaults =
                camel.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        defaults.setApiKey(KEY);
        defaults.setBaseUrl(baseUrl);
        defaults.setCurrency("HKD");
        defaults.setConfirm(false); // not confirmed: the raw variant sends the same body
        defaults.setMaxConnections(Math.max(inFlight, 64));
        defaults.setMaxRetries(10);
        defaults.setReadTimeout(60_000);
        defaults.setConnectTimeout(60_000);
        camel.start();
        AsyncProducer producer =
                camel.getEndpoint("wooshpay:paymentIntent/create").createAsyncProducer();
        producer.start();
        return new Caller() {
            @Override
            public void call(int n, Runnable done) {
                Exchange exchange = new DefaultExchange(camel);
                exchange.getMessage().setBody(Map.of("amount", 1000 + n % 1000));
                producer.process(exchange, doneSync -> {
                    if (exchange.getException() != null && FAILURES.incrementAndGet() < 5) {
                        System.err.println("call failed: " + exchange.getException());
                    }
                    done.run();
                });
            }

            @Override
            public void close() throws Exception {
                camel.close();
            }
        };
    }

    /**
     * HttpClient 5's async client as a user would write it: its own timer retries on 429 and 5xx, and the answer read
     * with Jackson (a caller needs at least the id), as the connector reads it into its model.
     */
    private static Caller rawAsync(String baseUrl, int inFlight) {
        CloseableHttpAsyncClient http = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(Math.max(inFlight, 64))
                        .setMaxConnPerRoute(Math.max(inFlight, 64))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(60))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .disableAutomaticRetries()
                .build();
        http.start();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        String auth = "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(baseUrl + "/v1/payment_intents");
        return new Caller() {
            @Override
            public void call(int n, Runnable done) {
                send(body(n), UUID.randomUUID().toString(), 0, done);
            }

            private void send(byte[] body, String key, int attempt, Runnable done) {
                SimpleHttpRequest request = SimpleRequestBuilder.post(uri)
                        .setBody(body, ContentType.APPLICATION_JSON)
                        .addHeader("Authorization", auth)
                        .addHeader("Idempotency-Key", key)
                        .build();
                http.execute(request, new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        int status = response.getCode();
                        if ((status == 429 || status >= 500) && attempt < 10) {
                            long wait = response.getFirstHeader("Retry-After") != null
                                    ? Long.parseLong(response.getFirstHeader("Retry-After")
                                                    .getValue())
                                            * 1000
                                    : 100L << attempt;
                            timer.schedule(() -> send(body, key, attempt + 1, done), wait, TimeUnit.MILLISECONDS);
                        } else {
                            try {
                                if (status >= 300
                                        || !JSON.readTree(response.getBodyBytes())
                                                .path("id")
                                                .asText()
                                                .startsWith("pi_")) {
                                    FAILURES.incrementAndGet();
                                }
                            } catch (java.io.IOException notJson) {
                                FAILURES.incrementAndGet();
                            }
                            done.run();
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        if (attempt < 10) {
                            timer.schedule(
                                    () -> send(body, key, attempt + 1, done), 100L << attempt, TimeUnit.MILLISECONDS);
                        } else {
                            FAILURES.incrementAndGet();
                            done.run();
                        }
                    }

                    @Override
                    public void cancelled() {
                        done.run();
                    }
                });
            }

            @Override
            public void close() {
                timer.shutdownNow();
                http.close(CloseMode.GRACEFUL);
            }
        };
    }

    /** CPU time of this whole process (every thread, user and system). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A blocking call: what a thread does per call with a classic client. */
    interface BlockingCall extends AutoCloseable {
        void call(int n) throws Exception;
    }

    /** Blocking variants reach N calls in flight the only way they can: N threads, each blocked on its call. */
    private static Caller onThreads(int threads, BlockingCall blocking) {
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(threads);
        return new Caller() {
            @Override
            public void call(int n, Runnable done) {
                pool.execute(() -> {
                    try {
                        blocking.call(n);
                    } catch (Exception e) {
                        if (FAILURES.incrementAndGet() < 5) {
                            System.err.println("call failed: " + e);
                        }
                    }
                    done.run();
                });
            }

            @Override
            public void close() throws Exception {
                pool.shutdownNow();
                blocking.close();
            }
        };
    }

    private static byte[] body(int n) {
        // the body the connector sends for the same call with confirm=false: the Alipay+ defaults included
        return ("{\"amount\":" + (1000 + n % 1000) + ",\"currency\":\"HKD\",\"confirm\":false,"
                        + "\"payment_method_data\":{\"type\":\"alipayplus\"},\"payment_method_types\":[\"alipayplus\"],"
                        + "\"payment_method_options\":{\"alipayplus\":{\"terminal_type\":\"WEB\"}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Classic (blocking) HttpClient 5 with a pool of N connections, Jackson on the answer. */
    private static BlockingCall rawClassic(String baseUrl, int inFlight) {
        org.apache.hc.client5.http.impl.classic.CloseableHttpClient http =
                org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                        .setConnectionManager(
                                org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                                        .setMaxConnTotal(inFlight)
                                        .setMaxConnPerRoute(inFlight)
                                        .build())
                        .disableAutomaticRetries()
                        .build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        return new BlockingCall() {
            @Override
            public void call(int n) throws Exception {
                org.apache.hc.client5.http.classic.methods.HttpPost post =
                        new org.apache.hc.client5.http.classic.methods.HttpPost(baseUrl + "/v1/payment_intents");
                post.setEntity(
                        new org.apache.hc.core5.http.io.entity.ByteArrayEntity(body(n), ContentType.APPLICATION_JSON));
                post.addHeader("Authorization", auth);
                post.addHeader("Idempotency-Key", UUID.randomUUID().toString());
                String id = http.execute(
                        post,
                        response -> JSON.readTree(response.getEntity().getContent())
                                .path("id")
                                .asText());
                if (!id.startsWith("pi_")) {
                    throw new IllegalStateException("no payment intent: " + id);
                }
            }

            @Override
            public void close() throws Exception {
                http.close();
            }
        };
    }

    /** A hand-written camel-http route, as a Camel user without the connector would write it. */
    private static BlockingCall camelHttp(String baseUrl, int inFlight) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        String auth = "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        org.apache.camel.builder.RouteBuilder.addRoutes(
                camel,
                routes -> routes.from("direct:pay")
                        .setHeader("Authorization", routes.constant(auth))
                        .setHeader(Exchange.CONTENT_TYPE, routes.constant("application/json"))
                        .setHeader(Exchange.HTTP_METHOD, routes.constant("POST"))
                        .process(e -> e.getMessage()
                                .setHeader("Idempotency-Key", UUID.randomUUID().toString()))
                        .to(baseUrl + "/v1/payment_intents?bridgeEndpoint=true&connectionsPerRoute=" + inFlight
                                + "&maxTotalConnections=" + inFlight)
                        .process(e -> e.getMessage()
                                .setBody(JSON.readTree(e.getMessage().getBody(byte[].class))
                                        .path("id")
                                        .asText())));
        camel.start();
        org.apache.camel.ProducerTemplate template = camel.createProducerTemplate();
        org.apache.camel.Endpoint pay = camel.getEndpoint("direct:pay");
        return new BlockingCall() {
            @Override
            public void call(int n) {
                String id = template.requestBody(pay, body(n), String.class);
                if (id == null || !id.startsWith("pi_")) {
                    throw new IllegalStateException("no payment intent: " + id);
                }
            }

            @Override
            public void close() throws Exception {
                camel.close();
            }
        };
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception notLinux) {
            // not measured elsewhere
        }
        return -1;
    }
}
