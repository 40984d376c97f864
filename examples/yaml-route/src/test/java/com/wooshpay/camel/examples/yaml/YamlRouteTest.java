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
package com.wooshpay.camel.examples.yaml;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML routes under Camel Main: order in, customer pays on the sandbox, signed webhook lands, refund out. */
class YamlRouteTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    @TempDir
    Path paid;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void orderPaidWebhookAndRefund() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Properties overrides = new Properties();
        overrides.setProperty("camel.component.wooshpay.api-key", "sk_test_yaml_" + System.nanoTime());
        overrides.setProperty("camel.component.wooshpay.base-url", sandbox.get().baseUrl());
        overrides.setProperty("paid.folder", paid.toString());
        Main main = YamlRouteApplication.create(port, overrides);
        main.start();
        try {
            String app = "http://127.0.0.1:" + port;
            HttpResponse<String> created =
                    post(app + "/orders", "{\"merchant_order_id\":\"Y-1\",\"amount\":3300,\"currency\":\"IDR\"}");
            assertThat(created.statusCode()).isEqualTo(200);
            JsonNode intent = json.readTree(created.body());
            assertThat(intent.get("status").asText()).isEqualTo("requires_action");
            assertThat(intent.get("merchant_order_id").asText()).isEqualTo("Y-1");
            // posting the same order again gives the same payment, not a second one
            assertThat(json.readTree(post(
                                            app + "/orders",
                                            "{\"merchant_order_id\":\"Y-1\",\"amount\":3300,\"currency\":\"IDR\"}")
                                    .body())
                            .get("id")
                            .asText())
                    .isEqualTo(intent.get("id").asText());

            String cashier =
                    intent.at("/next_action/alipayplus_handle_redirect/url").asText();
            assertThat(post(cashier + "/pay", "{}").statusCode()).isEqualTo(200);
            Path succeeded =
                    paid.resolve("payment_intent.succeeded-" + intent.get("id").asText() + ".json");
            await(succeeded);
            assertThat(json.readTree(Files.readString(succeeded))
                            .at("/data/object/merchant_order_id")
                            .asText())
                    .isEqualTo("Y-1");

            JsonNode refund = json.readTree(post(
                            app + "/refunds",
                            "{\"payment_intent\":\"" + intent.get("id").asText() + "\"}")
                    .body());
            assertThat(refund.get("amount").asLong()).isEqualTo(3300);
            await(paid.resolve("charge.refund.updated-" + refund.get("id").asText() + ".json"));
        } finally {
            main.stop();
        }
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " did not appear");
            }
            Thread.sleep(50);
        }
    }
}
