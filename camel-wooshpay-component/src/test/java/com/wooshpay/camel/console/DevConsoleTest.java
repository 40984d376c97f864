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
package com.wooshpay.camel.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wooshpay dev console as Camel's console registry resolves it (camel-console on the classpath): endpoints with
 * their operation and masked key, the webhook's registration, recent calls and deliveries; neither the key nor a
 * webhook secret anywhere in what it shows.
 */
class DevConsoleTest extends CamelTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private final int port = AvailablePortFinder.getNextAvailable();
    private final String apiKey = "sk_test_console_" + System.nanoTime();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        TestServers.platformHttp(context, port);
        WooshPayConfiguration defaults =
                context.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        defaults.setApiKey(apiKey);
        defaults.setBaseUrl(sandbox.get().baseUrl());
        defaults.setReturnUrl("https://shop.example/return");
        defaults.setWebhookExternalUrl("http://127.0.0.1:" + port);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookAutoRegister=true&eventTypes=payment_intent.succeeded")
                        .routeId("hook")
                        .to("mock:events");
            }
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsEndpointsWebhooksAndRecentActivityWithoutSecrets() throws Exception {
        PaymentIntent intent = template.requestBodyAndHeader(
                "wooshpay:paymentIntent/create",
                Map.of("amount", 1999, "currency", "HKD", "merchant_order_id", "SO-CONSOLE"),
                WooshPayConstants.IDEMPOTENCY_KEY,
                "SO-CONSOLE",
                PaymentIntent.class);
        assertThat(TestServers.customerPays(intent)).isEqualTo(200);
        HttpClient http = HttpClient.newHttpClient();
        getMockEndpoint("mock:events").expectedMessageCount(1);
        getMockEndpoint("mock:events").assertIsSatisfied(20_000);
        // and one forged delivery, refused for its signature
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                        .header("Wooshpay-Signature", "t=1,v1=00")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"evt_forged\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        DevConsole console = DevConsoleRegistry.get(context).resolveById("wooshpay");
        assertThat(console).as("found by name through META-INF/services").isNotNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
            List<Map<String, Object>> deliveries = (List<Map<String, Object>>) json.get("deliveries");
            assertThat(deliveries).extracting(d -> d.get("outcome")).contains("routed", "bad_signature");
        });

        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) json.get("endpoints");
        assertThat(endpoints)
                .filteredOn(e -> "paymentIntent/create".equals(e.get("operation")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("apiKey")).isEqualTo("sk_test_****" + apiKey.substring(apiKey.length() - 4));
                    assertThat(e.get("mode")).isEqualTo("sandbox");
                    assertThat(e.get("baseUrl")).isEqualTo(sandbox.get().baseUrl());
                });
        List<Map<String, Object>> webhooks = (List<Map<String, Object>>) json.get("webhooks");
        assertThat(webhooks).singleElement().satisfies(w -> {
            assertThat(w.get("routeId")).isEqualTo("hook");
            assertThat(w.get("path")).isEqualTo("/wooshpay/webhook");
            assertThat((String) w.get("registeredEndpoint")).startsWith("we_");
            assertThat(w.get("secrets")).isEqualTo(1);
        });
        List<Map<String, Object>> calls = (List<Map<String, Object>>) json.get("calls");
        assertThat(calls)
                .extracting(c -> c.get("operation") + " " + c.get("status"))
                .contains("paymentIntent/create 200");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("paymentIntent/create", "/wooshpay/webhook", "bad_signature");
        for (String shown : List.of(json.toString(), text)) {
            assertThat(shown).doesNotContain(apiKey).doesNotContain("whsec_");
        }
    }

    @Test
    void masksKeysToPrefixAndLastFour() {
        assertThat(WooshPayDevConsole.masked("sk_live_abcdefghijklmnop1234")).isEqualTo("sk_live_****1234");
        assertThat(WooshPayDevConsole.masked("sk_test_short")).isEqualTo("sk_test_****");
        assertThat(WooshPayDevConsole.masked("whatever-else-it-is-5678")).isEqualTo("****5678");
        assertThat(WooshPayDevConsole.masked("tiny")).isEqualTo("****");
        assertThat(WooshPayDevConsole.masked(null)).isNull();
    }
}
