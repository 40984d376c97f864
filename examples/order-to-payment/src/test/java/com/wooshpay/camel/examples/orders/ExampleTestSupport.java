package com.wooshpay.camel.examples.orders;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.springboot.EmbeddedSandbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The example application on a free port, with the embedded sandbox, and helpers to drive it over HTTP. */
abstract class ExampleTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KNOWN_SECRET = "whsec_example_test_secret_0001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedSandbox sandbox;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A free port, the webhook URL that names it, a private inbox, and a fresh in-memory database per context. */
    static void common(DynamicPropertyRegistry registry, Path inbox) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        registry.add("server.port", () -> port);
        registry.add("camel.component.wooshpay.webhook-external-url", () -> "http://127.0.0.1:" + port);
        // a secret of the test's own, accepted next to the one auto-registration gets, to sign deliveries by hand
        registry.add("camel.component.wooshpay.webhook-secret", () -> KNOWN_SECRET);
        registry.add("orders.inbox", inbox::toString);
        registry.add("orders.recovery-period", () -> "500");
        registry.add("orders.recovery-min-age", () -> "300");
    }

    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    int port;

    String app() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> post(String url, Object body) throws Exception {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    String status(String orderId) {
        return jdbc.queryForList("select status from orders where id = ?", String.class, orderId).stream().findFirst().orElse(null);
    }

    void awaitStatus(String orderId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!status.equals(status(orderId))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("order " + orderId + " is " + status(orderId) + ", expected " + status);
            }
            Thread.sleep(50);
        }
    }

    static Map<String, Object> order(String id, String currency, long unitAmount) {
        return Map.of("id", id, "customer", "Test", "currency", currency,
                "lines", java.util.List.of(Map.of("name", "Item", "unit_amount", unitAmount, "quantity", 1)));
    }
}
