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
package com.wooshpay.camel.compat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * One line of the support matrix under Spring Boot: the starter with the application's own web server and Actuator,
 * against a sandbox in its own process. It takes a payment intent, has the sandbox's customer pay it, waits for the
 * signed {@code payment_intent.succeeded} webhook to reach its route, reads {@code /actuator/health}, the meters at
 * {@code /actuator/metrics} and the {@code wooshpay} dev console at {@code /actuator/camel/wooshpay}, and prints one
 * {@code COMPAT} line. Exit status 0 only when all of it held.
 */
@SpringBootApplication
public class BootCompatApp {

    static final BlockingQueue<Event> PAID = new ArrayBlockingQueue<>(16);

    @Bean
    RouteBuilder compatRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("wooshpay:paymentIntent/create");
                from("wooshpay:webhook?eventTypes=payment_intent.succeeded")
                        .routeId("payment-events")
                        .process(exchange -> PAID.offer(exchange.getMessage().getBody(Event.class)));
            }
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BootCompatApp <sandbox base URL>");
        }
        String created = "FAILED";
        String webhook = "FAILED";
        String health = "FAILED";
        String metrics = "FAILED";
        String console = "FAILED";
        String detail = "";
        String camelVersion = "?";
        ConfigurableApplicationContext context = null;
        int port = freePort();
        try {
            context = SpringApplication.run(
                    BootCompatApp.class,
                    // the key as a property, never in a URI; any sk_test_ key opens an account on the sandbox
                    "--camel.component.wooshpay.api-key=sk_test_compat_spring_boot_1",
                    "--camel.component.wooshpay.base-url=" + args[0],
                    "--server.port=" + port,
                    "--camel.component.wooshpay.webhook-external-url=http://127.0.0.1:" + port);
            CamelContext camel = context.getBean(CamelContext.class);
            camelVersion = camel.getVersion();

            PaymentIntent intent = camel.createProducerTemplate()
                    .requestBodyAndHeader(
                            "direct:pay",
                            new PaymentIntentRequest()
                                    .amount(2500)
                                    .currency("HKD")
                                    .merchantOrderId("COMPAT-BOOT-1")
                                    .confirm(true)
                                    .returnUrl("https://shop.example/back")
                                    .paymentMethodType("alipayplus")
                                    .terminalType("alipayplus", "WEB"),
                            WooshPayConstants.IDEMPOTENCY_KEY,
                            "COMPAT-BOOT-1",
                            PaymentIntent.class);
            created = intent.getId() != null && intent.getRedirectUrl() != null ? "OK" : "FAILED";

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> pay = http.send(
                    HttpRequest.newBuilder(URI.create(intent.getRedirectUrl() + "/pay"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Event event = pay.statusCode() == 200 ? PAID.poll(30, TimeUnit.SECONDS) : null;
            webhook = event != null
                            && "payment_intent.succeeded".equals(event.getType())
                            && intent.getId().equals(event.getDataObject(PaymentIntent.class).getId())
                    ? "OK"
                    : "FAILED";

            // camel-spring-boot's camel-health indicator shows the connector's Camel health checks on either Boot line
            HttpResponse<String> shown = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = shown.body();
            boolean up = shown.statusCode() == 200 && body.startsWith("{") && body.contains("\"status\":\"UP\"");
            // the starter's check of the component's key ("wooshpay"), the webhook consumer's (consumer:<route id>)
            boolean keyChecked = body.contains("\"wooshpay\":\"UP\"");
            boolean webhookChecked = body.contains("\"consumer:payment-events\":\"UP\"");
            health = up && keyChecked && webhookChecked && !body.contains("\"DOWN\"") ? "UP" : "NOT UP";
            if (!health.equals("UP")) {
                detail = body;
            }

            // Boot's MeterRegistry has the connector's meters; camel-spring-boot's actuator endpoint shows the console
            String calls = get(http, port, "/actuator/metrics/wooshpay.client.requests?tag=operation:paymentIntent/create");
            String routed = get(http, port, "/actuator/metrics/wooshpay.webhook.deliveries?tag=outcome:routed");
            metrics = calls.contains("\"COUNT\"") && routed.contains("\"COUNT\"") ? "OK" : "FAILED";
            String consoleJson = get(http, port, "/actuator/camel/wooshpay");
            console = consoleJson.contains("paymentIntent/create")
                            && consoleJson.contains("routed")
                            && consoleJson.contains("sk_test_****")
                            && !consoleJson.contains("sk_test_compat_spring_boot_1")
                    ? "OK"
                    : "FAILED";
            if (!metrics.equals("OK") || !console.equals("OK")) {
                detail = detail + " metrics: " + calls + " " + routed + " console: " + consoleJson;
            }
        } catch (Exception e) {
            detail = e.toString();
        } finally {
            boolean ok = created.equals("OK")
                    && webhook.equals("OK")
                    && health.equals("UP")
                    && metrics.equals("OK")
                    && console.equals("OK");
            System.out.println("COMPAT|Spring Boot|" + camelVersion + "|" + SpringBootVersion.getVersion() + "|"
                    + Runtime.version().feature() + "|" + created + "|" + webhook + "|" + health + "|" + metrics + "|"
                    + console + "|" + detail);
            if (context != null) {
                context.close();
            }
            System.exit(ok ? 0 : 1);
        }
    }

    private static String get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
