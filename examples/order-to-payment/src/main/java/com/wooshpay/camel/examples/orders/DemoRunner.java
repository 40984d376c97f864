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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.springboot.EmbeddedSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: the whole mission on the embedded sandbox. Three ERP orders in three currencies arrive over HTTP, one
 * of them sold by a second entity with its own WooshPay account; each buyer becomes a WooshPay customer once; the
 * customers pay two on the cashier (one of them a two-line checkout session) and fail one; one paid order is refunded.
 * The signed webhooks move the orders; the final states are printed, and the process exits 0 only when every order
 * ended as expected.
 */
@Component
@ConditionalOnProperty(name = "demo.enabled", havingValue = "true")
public class DemoRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Environment environment;
    private final ObjectProvider<EmbeddedSandbox> sandbox;
    private final ConfigurableApplicationContext context;
    private final boolean exitWhenDone;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoRunner(
            Environment environment,
            ObjectProvider<EmbeddedSandbox> sandbox,
            ConfigurableApplicationContext context,
            @Value("${demo.exit:true}") boolean exitWhenDone) {
        this.environment = environment;
        this.sandbox = sandbox;
        this.context = context;
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        boolean ok = runDemo(Duration.ofSeconds(60)).values().stream().allMatch(Outcome::asExpected);
        if (exitWhenDone) {
            int code = SpringApplication.exit(context, () -> ok ? 0 : 1);
            System.exit(code);
        }
    }

    /** What an order ended as, against what the demo expected. */
    public record Outcome(String expected, String actual) {
        public boolean asExpected() {
            return expected.equals(actual);
        }
    }

    public Map<String, Outcome> runDemo(Duration timeout) throws Exception {
        EmbeddedSandbox cashier = sandbox.getIfAvailable();
        if (cashier == null) {
            throw new IllegalStateException(
                    "The demo pays on the embedded sandbox's cashier: run it without an API key");
        }
        String app = "http://127.0.0.1:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String run =
                Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        String hkd = "DEMO-" + run + "-HK";
        String php = "DEMO-" + run + "-PH";
        String thb = "DEMO-" + run + "-TH";

        JsonNode hkdOrder =
                post(app + "/orders", order(hkd, "Mei Chan", "HKD", List.of(line("Jasmine tea tin", 12_800, 1))));
        // sold by the Philippine entity: paid in its own WooshPay account
        Map<String, Object> phpBody = new LinkedHashMap<>(order(
                php, "Jose Reyes", "PHP", List.of(line("Barako coffee", 45_000, 2), line("Enamel mug", 25_000, 1))));
        phpBody.put("entity", "ph");
        JsonNode phpOrder = post(app + "/orders", phpBody);
        JsonNode thbOrder =
                post(app + "/orders", order(thb, "Somchai P.", "THB", List.of(line("Silk scarf", 89_000, 1))));

        // the customers on the cashier: two pay (one through a checkout session), one gives up
        customer(cashier, hkdOrder, "pay", "AlipayHK");
        customer(cashier, phpOrder, "pay", "GCash");
        customer(cashier, thbOrder, "fail", null);
        awaitStatus(app, Map.of(hkd, "PAID", php, "PAID", thb, "FAILED"), timeout);

        JsonNode refund = post(app + "/orders/" + hkd + "/refund", Map.of());
        LOG.info("Refund {} requested for {}", refund.path("refund_id").asText(), hkd);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(hkd, "REFUNDED");
        expected.put(php, "PAID");
        expected.put(thb, "FAILED");
        Map<String, String> actual = awaitStatus(app, expected, timeout);

        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        expected.forEach((id, status) -> outcomes.put(id, new Outcome(status, actual.get(id))));
        printTable(app, outcomes);
        return outcomes;
    }

    private static Map<String, Object> order(
            String id, String customer, String currency, List<Map<String, Object>> lines) {
        return Map.of("id", id, "customer", customer, "currency", currency, "lines", lines);
    }

    private static Map<String, Object> line(String name, long unitAmount, long quantity) {
        return Map.of("name", name, "unit_amount", unitAmount, "quantity", quantity);
    }

    private void customer(EmbeddedSandbox cashier, JsonNode order, String action, String wallet) throws Exception {
        String intent = order.path("payment_intent_id").asText();
        if (intent.isEmpty()) {
            throw new IllegalStateException("order " + order.path("id").asText() + " has no payment: " + order);
        }
        post(
                cashier.baseUrl() + "/cashier/" + intent + "/" + action,
                wallet == null ? Map.of() : Map.of("wallet", wallet));
        LOG.info(
                "Customer of {} chose '{}' on the cashier{}",
                order.path("id").asText(),
                action,
                wallet == null ? "" : " with " + wallet);
    }

    private Map<String, String> awaitStatus(String app, Map<String, String> wanted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> actual;
        do {
            actual = statuses(app);
            Map<String, String> current = actual;
            if (wanted.entrySet().stream().allMatch(w -> w.getValue().equals(current.get(w.getKey())))) {
                return actual;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        LOG.warn("Timed out waiting for {}; orders are {}", wanted, actual);
        return actual;
    }

    private Map<String, String> statuses(String app) throws Exception {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode order : get(app + "/api/orders")) {
            statuses.put(order.path("id").asText(), order.path("status").asText());
        }
        return statuses;
    }

    private void printTable(String app, Map<String, Outcome> outcomes) throws Exception {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (JsonNode order : get(app + "/api/orders")) {
            rows.put(order.path("id").asText(), order);
        }
        StringBuilder table = new StringBuilder("\n");
        String format = "%-18s %-6s %14s  %-10s %-24s %-25s %s%n";
        table.append(String.format(format, "ORDER", "ENTITY", "AMOUNT", "STATUS", "PAYMENT", "CUSTOMER", "RESULT"));
        outcomes.forEach((id, outcome) -> {
            JsonNode row = rows.get(id);
            table.append(String.format(
                    format,
                    id,
                    row.path("entity").asText(),
                    OrdersPage.money(
                            row.path("amount").asLong(), row.path("currency").asText()),
                    outcome.actual(),
                    row.path("payment_intent_id").asText(),
                    row.path("wooshpay_customer_id").asText(),
                    outcome.asExpected() ? "ok" : "EXPECTED " + outcome.expected()));
        });
        boolean ok = outcomes.values().stream().allMatch(Outcome::asExpected);
        table.append(ok ? "All orders ended as expected." : "Some orders did not end as expected.")
                .append('\n');
        System.out.println(table);
    }

    private JsonNode post(String url, Object body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    "POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }
}
