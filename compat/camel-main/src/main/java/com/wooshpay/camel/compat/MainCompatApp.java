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

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * One line of the support matrix under Camel Main: the application a user on that Camel line writes, run against a
 * sandbox in its own process. It takes a payment, has the sandbox's customer pay it, waits for the signed webhook
 * ({@link CompatRun}), reads Camel's health, the meters and the {@code wooshpay} dev console, and prints one
 * {@code COMPAT} line with what it ran on and what happened. Exit status 0 only when all of it held.
 */
public final class MainCompatApp {

    private MainCompatApp() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: MainCompatApp <sandbox base URL>");
        }
        int port = CompatRun.freePort();

        Main main = new Main();
        // a MeterRegistry in the registry is all the component needs to record its meters
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        main.bind("meters", meters);
        main.addInitialProperty("camel.main.dev-console-enabled", "true");
        // the key as a component option, never in a URI; any sk_test_ key opens an account on the sandbox
        main.addInitialProperty("camel.component.wooshpay.api-key", "sk_test_compat_camel_main_1");
        main.addInitialProperty("camel.component.wooshpay.base-url", args[0]);
        main.addInitialProperty("camel.component.wooshpay.webhook-auto-register", "true");
        main.addInitialProperty("camel.component.wooshpay.webhook-external-url", "http://127.0.0.1:" + port);
        // every check with its details, the producers' (can WooshPay be reached with this key) included
        main.addInitialProperty("camel.health.producers-enabled", "true");
        main.addInitialProperty("camel.health.exposure-level", "full");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("wooshpay:paymentIntent/create");
                from("wooshpay:webhook?eventTypes=payment_intent.succeeded")
                        .routeId("payment-events")
                        .process(exchange -> CompatRun.PAID.offer(exchange.getMessage().getBody(Event.class)));
            }
        });
        // the webhook is served by Camel's platform-http, on a Vert.x server of the application's own
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                try {
                    support.getCamelContext().addService(new VertxPlatformHttpServer(server));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        CompatRun run = new CompatRun();
        CamelContext camel = null;
        try {
            main.start();
            camel = main.getCamelContext();
            PaymentIntent intent = run.pay(camel.createProducerTemplate(), 1999, "COMPAT-1");
            run.customerPaysAndTheWebhookArrives(intent);

            // every check Camel has: the context, the routes, the consumers (the webhook's own check among them, as
            // consumer:payment-events) and the producers (wooshpay-<operation>-<endpoint>: WooshPay with this key)
            Map<String, String> states = HealthCheckHelper.invoke(camel).stream()
                    .collect(Collectors.toMap(
                            result -> result.getCheck().getId(),
                            result -> result.getState().name(),
                            (a, b) -> a,
                            TreeMap::new));
            run.set(
                    "health",
                    states.values().stream().allMatch("UP"::equals)
                            && states.keySet().stream().anyMatch(id -> id.startsWith("wooshpay-paymentIntent"))
                            && states.containsKey("consumer:payment-events"));
            run.detail(states.toString());

            // the meters of the call and of the delivery, and the wooshpay dev console with both and a masked key
            Timer calls = meters.find("wooshpay.client.requests")
                    .tags("operation", "paymentIntent/create", "outcome", "2xx")
                    .timer();
            Counter routed = meters.find("wooshpay.webhook.deliveries")
                    .tags("outcome", "routed")
                    .counter();
            run.set("metrics", calls != null && calls.count() >= 1 && routed != null && routed.count() >= 1);
            DevConsole console = DevConsoleRegistry.get(camel).resolveById("wooshpay");
            String shown = console == null ? "" : String.valueOf(console.call(DevConsole.MediaType.JSON));
            run.consoleShowed(shown, "sk_test_compat_camel_main_1");
        } catch (Exception e) {
            run.detail(e.toString());
        } finally {
            String camelVersion = camel != null ? camel.getVersion() : "?";
            main.stop();
            run.report("Camel Main", camelVersion, "-");
        }
    }
}
