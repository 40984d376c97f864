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

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.sandbox.SandboxMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application under fire, as processes: WooshPay's sandbox in its own JVM drops 15% of webhook deliveries
 * for good and refuses 25% (retried, then given up after 6 attempts), the application (both consumers, PostgreSQL)
 * is killed with SIGKILL at random instants (sometimes while it is still starting) and restarted, while 500 orders
 * are placed and paid or declined on the cashier. At the end every order is in the state WooshPay says its payment is
 * in, and every successful payment was booked exactly once in the payment ledger.
 */
class OrderChaosIT {

    private static final int ORDERS = 500;
    private static final int KILLS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOUBLED = "select count(*) from (select order_id from payment_ledger group by order_id"
            + " having count(*) > 1) doubled";
    /** Claims whose event has no completion: each one would block its event until its lease passes. */
    private static final String OPEN_CLAIMS =
            "select count(*) from camel_messageprocessed c where c.processorName = 'wooshpay-claims'"
                    + " and not exists (select 1 from camel_messageprocessed d where d.processorName ="
                    + " 'wooshpay-webhook' and d.messageId = c.messageId)";

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String apiKey = "sk_test_chaos_" + System.nanoTime();

    @Test
    void everyPaymentConvergesThroughKillsAndLostWebhooks() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int sandboxPort = freePort();
            String sandboxUrl = "http://127.0.0.1:" + sandboxPort;
            Process sandbox = launch(
                    "sandbox",
                    SandboxMain.class.getName(),
                    "--port",
                    Integer.toString(sandboxPort),
                    "--delivery-retry",
                    "300ms,500ms,1s,2s,3s");
            Application app = new Application(postgres.getJdbcUrl("postgres", "postgres"), sandboxUrl, freePort());
            ExecutorService driver = Executors.newFixedThreadPool(4);
            try {
                awaitUp(sandboxUrl + "/_sandbox/health", Duration.ofSeconds(30));
                send(
                        "PUT",
                        sandboxUrl + "/_sandbox/deliveries/controls",
                        "{\"drop\":0.15,\"refuse\":0.25,\"for_seconds\":3600}",
                        false);
                app.start();
                app.awaitReady();

                Map<String, Boolean> payIntent =
                        new ConcurrentHashMap<>(); // order id -> paid (true) or declined (false)
                AtomicInteger placed = new AtomicInteger();
                List<Future<?>> orders = new ArrayList<>();
                for (int i = 0; i < ORDERS; i++) {
                    String orderId = "SO-CHAOS-" + i;
                    boolean pay = i % 10 != 0;
                    orders.add(driver.submit(() -> {
                        String intent = placeOrder(app, orderId, 1000 + orderId.hashCode() % 500);
                        answerOnCashier(sandboxUrl, intent, pay);
                        payIntent.put(orderId, pay);
                        placed.incrementAndGet();
                        return null;
                    }));
                }

                // the killer: random instants, a third of them during start-up (registration, first poll, ...)
                int orphanedClaims = 0;
                long started = System.nanoTime();
                for (int kill = 0; kill < KILLS || orders.stream().anyMatch(f -> !f.isDone()); kill++) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1_000, 4_000));
                    app.kill();
                    orphanedClaims += count(
                            postgres,
                            "select count(*) from camel_messageprocessed where processorName = 'wooshpay-claims'");
                    app.start();
                    if (ThreadLocalRandom.current().nextInt(3) == 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(500, 4_000));
                        app.kill();
                        kill++;
                        app.start();
                    }
                    app.awaitReady();
                    if (kill > 40) {
                        throw new AssertionError(
                                "orders still not placed after " + kill + " kills: " + placed.get() + " of " + ORDERS);
                    }
                }
                for (Future<?> order : orders) {
                    order.get(2, TimeUnit.MINUTES);
                }
                long stormSeconds = (System.nanoTime() - started) / 1_000_000_000L;
                send("DELETE", sandboxUrl + "/_sandbox/deliveries/controls", null, false);

                // convergence: webhook retries, claims of dead instances expiring, and the replay consumer
                Map<String, String> truth = paymentStates(sandboxUrl);
                Map<String, String> expected = new HashMap<>();
                payIntent.forEach((order, pay) -> expected.put(order, pay ? "PAID" : "FAILED"));
                assertThat(truth.values().stream().filter("succeeded"::equals).count())
                        .as("the sandbox says these succeeded")
                        .isEqualTo(payIntent.values().stream().filter(p -> p).count());
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                Map<String, String> states = new HashMap<>(orderStates(postgres));
                while (!states.equals(expected) && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                    states.clear();
                    states.putAll(orderStates(postgres));
                }
                Map<String, String> wrong = new HashMap<>();
                expected.forEach((order, state) -> {
                    if (!state.equals(states.get(order))) {
                        wrong.put(order, states.get(order) + " (expected " + state + ")");
                    }
                });

                JsonNode summary = JSON.readTree(send("GET", sandboxUrl + "/_sandbox/deliveries/summary", null, false));
                JsonNode log = JSON.readTree(send("GET", sandboxUrl + "/_sandbox/deliveries", null, false));
                int inProgress = 0;
                for (JsonNode attempt : log) {
                    inProgress += attempt.path("http_status").asInt() == 409 ? 1 : 0;
                }
                System.out.printf(
                        "%nChaos: %d orders (%d paid, %d declined), %d kills with SIGKILL (%d during start-up), %d s of storm%n",
                        ORDERS,
                        payIntent.values().stream().filter(p -> p).count(),
                        payIntent.values().stream().filter(p -> !p).count(),
                        app.kills,
                        app.killsDuringStartUp,
                        stormSeconds);
                System.out.printf("Events: %d subscribed events on WooshPay's side%n", subscribedEvents(sandboxUrl));
                System.out.printf(
                        "Deliveries: %d attempts, %d acknowledged, %d dropped for good, %d refused (outage), %d given up,"
                                + " %d answered 409 in progress%n",
                        summary.path("attempts").asLong(),
                        summary.path("delivered").asLong(),
                        summary.path("dropped").asLong(),
                        summary.path("refused").asLong(),
                        summary.path("given_up").asLong(),
                        inProgress);
                System.out.printf(
                        "Claims: %d held by instances when they were killed; now %d of events not completed, %d stale rows of"
                                + " completed events (killed between commit and release; removed by the example's claim sweep)%n",
                        orphanedClaims,
                        count(postgres, OPEN_CLAIMS),
                        count(
                                        postgres,
                                        "select count(*) from camel_messageprocessed"
                                                + " where processorName = 'wooshpay-claims'")
                                - count(postgres, OPEN_CLAIMS));
                System.out.printf(
                        "Receipts: %d booked, %d of them recovered by the replay consumer, %d orders booked twice%n",
                        count(postgres, "select count(*) from payment_ledger"),
                        count(postgres, "select count(*) from payment_ledger where source = 'replay'"),
                        count(postgres, DOUBLED));
                System.out.printf("Webhook endpoints: %s%n%n", endpoints(sandboxUrl));
                assertThat(wrong)
                        .as("orders whose state differs from WooshPay's")
                        .isEmpty();
                // exactly once: one receipt per successful payment, none for a declined one
                assertThat(count(postgres, DOUBLED)).as("orders booked twice").isZero();
                assertThat(count(postgres, "select count(*) from payment_ledger"))
                        .isEqualTo(payIntent.values().stream().filter(p -> p).count());
                assertThat(count(postgres, OPEN_CLAIMS))
                        .as("claims of events never completed")
                        .isZero();

                assertThat(app.kills).isGreaterThanOrEqualTo(KILLS);
            } finally {
                driver.shutdownNow();
                app.kill();
                sandbox.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Places an order, again while the application is down or has not answered, until WooshPay's intent is known. */
    private String placeOrder(Application app, String orderId, long amount) throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "id",
                orderId,
                "customer",
                "Chaos",
                "currency",
                "HKD",
                "lines",
                List.of(Map.of("name", "Item", "unit_amount", amount, "quantity", 1))));
        for (int attempt = 0; attempt < 2_000; attempt++) {
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(app.url() + "/orders"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    String intent = JSON.readTree(answer.body())
                            .path("payment_intent_id")
                            .asText(null);
                    if (intent != null && !intent.isBlank() && !"null".equals(intent)) {
                        return intent;
                    }
                }
            } catch (IOException down) {
                // killed, or not started yet: the ERP tries again
            }
            Thread.sleep(200);
        }
        throw new AssertionError("order " + orderId + " never got a payment");
    }

    /** The customer pays (or is declined) on WooshPay's page; the sandbox itself is never killed. */
    private void answerOnCashier(String sandboxUrl, String intent, boolean pay) throws Exception {
        String answer = send("POST", sandboxUrl + "/cashier/" + intent + (pay ? "/pay" : "/fail"), "{}", false);
        assertThat(answer).isNotNull();
    }

    /** Merchant order id to the status WooshPay holds for its payment intent. */
    private Map<String, String> paymentStates(String sandboxUrl) throws Exception {
        Map<String, String> states = new HashMap<>();
        String after = null;
        do {
            JsonNode page = JSON.readTree(send(
                    "GET",
                    sandboxUrl + "/v1/payment_intents?limit=100" + (after == null ? "" : "&starting_after=" + after),
                    null,
                    true));
            for (JsonNode intent : page.path("data")) {
                states.put(
                        intent.path("merchant_order_id").asText(),
                        intent.path("status").asText());
                after = intent.path("id").asText();
            }
            if (!page.path("has_more").asBoolean()) {
                break;
            }
        } while (true);
        return states;
    }

    private long subscribedEvents(String sandboxUrl) throws Exception {
        long events = 0;
        String after = null;
        do {
            JsonNode page = JSON.readTree(send(
                    "GET",
                    sandboxUrl + "/v1/events?limit=100" + (after == null ? "" : "&starting_after=" + after),
                    null,
                    true));
            for (JsonNode event : page.path("data")) {
                String type = event.path("type").asText();
                events +=
                        type.equals("payment_intent.succeeded") || type.equals("payment_intent.payment_failed") ? 1 : 0;
                after = event.path("id").asText();
            }
            if (!page.path("has_more").asBoolean()) {
                return events;
            }
        } while (true);
    }

    private String endpoints(String sandboxUrl) throws Exception {
        List<String> list = new ArrayList<>();
        for (JsonNode endpoint : JSON.readTree(send("GET", sandboxUrl + "/v1/webhook_endpoints?limit=100", null, true))
                .path("data")) {
            list.add(
                    endpoint.path("id").asText() + " " + endpoint.path("status").asText());
        }
        return list.toString();
    }

    private static Map<String, String> orderStates(EmbeddedPostgres postgres) throws Exception {
        Map<String, String> states = new HashMap<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select id, status from orders where id like 'SO-CHAOS-%'")) {
            while (rows.next()) {
                states.put(rows.getString(1), rows.getString(2));
            }
        }
        return states;
    }

    private static int count(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private String send(String method, String url, String json, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authenticated) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new AssertionError(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private void awaitUp(String url, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(url))
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError(url + " did not come up within " + within);
    }

    private Process launch(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        Path log = work.resolve(name + ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The example application as a process of its own, on the same port and database each time it is started. */
    private final class Application {

        private final String jdbcUrl;
        private final String sandboxUrl;
        private final int port;
        private Process process;
        private int starts;
        int kills;
        int killsDuringStartUp;
        private boolean ready;

        Application(String jdbcUrl, String sandboxUrl, int port) {
            this.jdbcUrl = jdbcUrl;
            this.sandboxUrl = sandboxUrl;
            this.port = port;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        void start() throws IOException {
            starts++;
            ready = false;
            process = launch(
                    "app-" + starts,
                    OrderToPaymentApplication.class.getName(),
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--server.port=" + port,
                    "--camel.component.wooshpay.api-key=" + apiKey,
                    "--camel.component.wooshpay.base-url=" + sandboxUrl,
                    "--camel.component.wooshpay.webhook-quiet-period=10s",
                    "--orders.inbox=" + work.resolve("inbox"),
                    "--orders.replay-delay=3s",
                    "--orders.claim-lease=4000",
                    "--orders.recovery-period=1000",
                    "--orders.recovery-min-age=2000",
                    "--logging.level.root=WARN",
                    "--logging.level.com.wooshpay=INFO");
        }

        void awaitReady() throws Exception {
            try {
                awaitUp(url() + "/actuator/health", Duration.ofSeconds(60));
            } catch (AssertionError notUp) {
                throw new AssertionError(
                        "the application did not start; see " + work.resolve("app-" + starts + ".log") + ":\n"
                                + tail(work.resolve("app-" + starts + ".log")),
                        notUp);
            }
            ready = true;
        }

        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // SIGKILL: no shutdown hook, no route finishes, no claim is released
                process.waitFor(20, TimeUnit.SECONDS);
                kills++;
                killsDuringStartUp += ready ? 0 : 1;
            }
        }

        private String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }
    }
}
