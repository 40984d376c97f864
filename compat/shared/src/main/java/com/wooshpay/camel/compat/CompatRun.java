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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import org.apache.camel.ProducerTemplate;

/**
 * What every line of the matrix does the same way, whatever its runtime: take a payment through {@code direct:pay},
 * have the sandbox's customer pay it, wait for the signed webhook its route hands to {@link #PAID}, and print the one
 * {@code COMPAT|...} line {@code compat/run-matrix} reads. Compiled into each line's application (build-helper), so
 * each is still built against only its own line's BOMs.
 */
final class CompatRun {

    /** The events the application's webhook route received. */
    static final BlockingQueue<Event> PAID = new ArrayBlockingQueue<>(16);

    /** The checks of one run, in the table's order; each starts as FAILED. */
    private final Map<String, String> outcomes = new LinkedHashMap<>();

    private String detail = "";

    CompatRun() {
        for (String check : new String[] {"create", "webhook", "health", "metrics", "console"}) {
            outcomes.put(check, "FAILED");
        }
    }

    void set(String check, boolean ok) {
        boolean health = check.equals("health");
        outcomes.put(check, ok ? (health ? "UP" : "OK") : (health ? "NOT UP" : "FAILED"));
    }

    void detail(String detail) {
        this.detail = detail;
    }

    /** A payment intent for the sandbox's Alipay+ cashier, through the application's {@code direct:pay} route. */
    PaymentIntent pay(ProducerTemplate template, long amount, String order) {
        PaymentIntent intent = template.requestBodyAndHeader(
                "direct:pay",
                new PaymentIntentRequest()
                        .amount(amount)
                        .currency("HKD")
                        .merchantOrderId(order)
                        .confirm(true)
                        .returnUrl("https://shop.example/back")
                        .paymentMethodType("alipayplus")
                        .terminalType("alipayplus", "WEB"),
                WooshPayConstants.IDEMPOTENCY_KEY,
                order,
                PaymentIntent.class);
        set("create", intent.getId() != null && intent.getRedirectUrl() != null);
        return intent;
    }

    /** The customer pays on the cashier; the signed payment_intent.succeeded for this intent reaches the route. */
    void customerPaysAndTheWebhookArrives(PaymentIntent intent) throws Exception {
        HttpResponse<String> pay = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(intent.getRedirectUrl() + "/pay"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Event event = pay.statusCode() == 200 ? PAID.poll(30, TimeUnit.SECONDS) : null;
        set(
                "webhook",
                event != null
                        && "payment_intent.succeeded".equals(event.getType())
                        && intent.getId().equals(event.getDataObject(PaymentIntent.class).getId()));
    }

    /** The wooshpay console's JSON shows the call and the delivery, and the key only masked. */
    void consoleShowed(String shown, String apiKey) {
        set(
                "console",
                shown.contains("paymentIntent/create")
                        && shown.contains("routed")
                        && shown.contains("sk_test_****")
                        && !shown.contains(apiKey));
    }

    /** Prints the line and exits: 0 only when every check held. */
    void report(String runtime, String camelVersion, String bootVersion) {
        boolean ok = outcomes.values().stream().allMatch(v -> v.equals("OK") || v.equals("UP"));
        System.out.println("COMPAT|" + runtime + "|" + camelVersion + "|" + bootVersion + "|"
                + Runtime.version().feature() + "|" + String.join("|", outcomes.values()) + "|" + detail);
        System.exit(ok ? 0 : 1);
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
