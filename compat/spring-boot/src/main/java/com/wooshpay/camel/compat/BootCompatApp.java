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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * One line of the support matrix under Spring Boot: the starter with the application's own web server and Actuator,
 * against a sandbox in its own process. It takes a payment, has the sandbox's customer pay it, waits for the signed
 * webhook ({@link CompatRun}), reads {@code /actuator/health}, the meters at {@code /actuator/metrics} and the
 * {@code wooshpay} dev console at {@code /actuator/camel/wooshpay}, and prints one {@code COMPAT} line. Exit status 0
 * only when all of it held.
 */
@SpringBootApplication
public class BootCompatApp {

    private static final Pattern COUNT = Pattern.compile("\\{\"statistic\":\"COUNT\",\"value\":([0-9.]+)\\}");

    @Bean
    RouteBuilder compatRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("wooshpay:paymentIntent/create");
                from("wooshpay:webhook?eventTypes=payment_intent.succeeded")
                        .routeId("payment-events")
                        .process(exchange -> CompatRun.PAID.offer(exchange.getMessage().getBody(Event.class)));
            }
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BootCompatApp <sandbox base URL>");
        }
        CompatRun run = new CompatRun();
        String camelVersion = "?";
        ConfigurableApplicationContext context = null;
        int port = CompatRun.freePort();
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
            PaymentIntent intent = run.pay(camel.createProducerTemplate(), 2500, "COMPAT-BOOT-1");
            run.customerPaysAndTheWebhookArrives(intent);

            // camel-spring-boot's camel-health indicator shows the connector's Camel health checks on either Boot line:
            // the starter's check of the component's key ("wooshpay") and the webhook consumer's (consumer:<route id>)
            String health = get(port, "/actuator/health");
            boolean healthy = health.startsWith("{")
                    && health.contains("\"status\":\"UP\"")
                    && health.contains("\"wooshpay\":\"UP\"")
                    && health.contains("\"consumer:payment-events\":\"UP\"")
                    && !health.contains("\"DOWN\"");
            run.set("health", healthy);
            if (!healthy) {
                run.detail(health);
            }

            // Boot's MeterRegistry counted the call and the delivery; the console shows both, the key masked
            String calls = get(port, "/actuator/metrics/wooshpay.client.requests?tag=operation:paymentIntent/create");
            String routed = get(port, "/actuator/metrics/wooshpay.webhook.deliveries?tag=outcome:routed");
            run.set("metrics", count(calls) >= 1 && count(routed) >= 1);
            run.consoleShowed(get(port, "/actuator/camel/wooshpay"), "sk_test_compat_spring_boot_1");
        } catch (Exception e) {
            run.detail(e.toString());
        } finally {
            if (context != null) {
                context.close();
            }
            run.report("Spring Boot", camelVersion, SpringBootVersion.getVersion());
        }
    }

    /** The COUNT statistic of an Actuator metrics answer, or -1. */
    private static double count(String answer) {
        Matcher m = COUNT.matcher(answer);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
    }
}
