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
package com.wooshpay.camel.webhook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.Refund;
import com.wooshpay.camel.model.WebhookEndpoint;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop against the sandbox: a route creates an Alipay+ intent, the customer pays on the cashier, the sandbox
 * delivers the signed event to the consumer, which routes it; the same for a refund. Auto-registration creates one
 * endpoint and a restart reuses it.
 */
class WebhookSandboxEndToEndTest extends WebhookTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    @TempDir
    static Path stateDir;

    private final String apiKey = "sk_test_hooks_" + System.nanoTime();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        configure(context);
        return context;
    }

    private void configure(CamelContext context) {
        configureComponent(context);
        FileStateRepository secrets = FileStateRepository.fileStateRepository(
                stateDir.resolve("secrets-" + apiKey + ".dat").toFile());
        context.getRegistry().bind("webhookSecrets", secrets);
    }

    private void configureComponent(CamelContext context) {
        WooshPayConfiguration defaults =
                context.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        defaults.setApiKey(apiKey);
        defaults.setBaseUrl(sandbox.get().baseUrl());
        defaults.setReturnUrl("https://shop.example/return");
        defaults.setWebhookExternalUrl("http://127.0.0.1:" + port);
    }

    private static RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookAutoRegister=true&webhookSecretRepository=#webhookSecrets"
                                + "&eventTypes=payment_intent.succeeded,charge.refund.updated")
                        .routeId("hook")
                        .to("mock:events");
            }
        };
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return routes();
    }

    private List<?> registeredEndpoints() {
        return template.requestBody("wooshpay:webhookEndpoint/list", null, ListPage.class)
                .getData();
    }

    @Test
    void paymentAndRefundEventsArriveSignedAndAreRouted() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(2);

        PaymentIntent intent = template.requestBodyAndHeader(
                "wooshpay:paymentIntent/create",
                Map.of("amount", 1999, "currency", "HKD", "merchant_order_id", "SO-77"),
                WooshPayConstants.IDEMPOTENCY_KEY,
                "SO-77",
                PaymentIntent.class);
        assertThat(TestServers.customerPays(intent)).isEqualTo(200);
        template.requestBodyAndHeader(
                "wooshpay:refund/create",
                Map.of("amount", 500),
                WooshPayConstants.PAYMENT_INTENT_ID,
                intent.getId(),
                Refund.class);

        events.assertIsSatisfied(20_000);
        // deliveries are independent: WooshPay promises no order, so find each event by its type
        Map<String, Event> byType = new HashMap<>();
        events.getExchanges()
                .forEach(e -> byType.put(
                        e.getMessage().getBody(Event.class).getType(),
                        e.getMessage().getBody(Event.class)));
        assertThat(byType).containsOnlyKeys("payment_intent.succeeded", "charge.refund.updated");
        assertThat(byType.get("payment_intent.succeeded")
                        .getDataObject(PaymentIntent.class)
                        .getMerchantOrderId())
                .isEqualTo("SO-77");
        assertThat(byType.get("charge.refund.updated")
                        .getDataObject(Refund.class)
                        .getAmount())
                .isEqualTo(500L);
        // the endpoint subscribes to the two routed types only, and acknowledged each delivery at the first attempt
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sandbox.get().deliveries())
                        .filteredOn(d -> d.url().endsWith(":" + port + "/wooshpay/webhook"))
                        .extracting(d -> d.eventType() + " " + d.httpStatus() + " #" + d.attempt())
                        .containsExactlyInAnyOrder("payment_intent.succeeded 200 #1", "charge.refund.updated 200 #1"));
    }

    @Test
    void autoRegistrationCreatesOneEndpointAndRestartsReuseIt() throws Exception {
        List<?> endpoints = registeredEndpoints();
        assertThat(endpoints).hasSize(1);
        WebhookEndpoint endpoint = (WebhookEndpoint) endpoints.get(0);
        assertThat(endpoint.getUrl()).isEqualTo("http://127.0.0.1:" + port + "/wooshpay/webhook");
        assertThat(endpoint.getEnabledEvents()).containsExactly("payment_intent.succeeded", "charge.refund.updated");

        context.getRouteController().stopRoute("hook");
        context.getRouteController().startRoute("hook");
        assertThat(registeredEndpoints())
                .hasSize(1)
                .first()
                .extracting(e -> ((WebhookEndpoint) e).getId())
                .isEqualTo(endpoint.getId());

        // a new application (another CamelContext) with the same secret repository reuses it too, and can verify
        context.getRouteController().stopRoute("hook");
        int otherPort = AvailablePortFinder.getNextAvailable();
        try (DefaultCamelContext restarted = new DefaultCamelContext()) {
            TestServers.platformHttp(restarted, otherPort);
            configure(restarted);
            restarted.getRegistry().bind("webhookSecrets", context.getRegistry().lookupByName("webhookSecrets"));
            restarted.addRoutes(routes());
            restarted.start();
            assertThat(registeredEndpoints())
                    .hasSize(1)
                    .first()
                    .extracting(e -> ((WebhookEndpoint) e).getId())
                    .isEqualTo(endpoint.getId());
        }
        assertThat(Files.size(stateDir.resolve("secrets-" + apiKey + ".dat"))).isPositive();
    }

    @Test
    void anEndpointWhoseSecretIsUnknownIsKeptUntilQuiet() throws Exception {
        WebhookEndpoint before = (WebhookEndpoint) registeredEndpoints().get(0);
        context.getRouteController().stopRoute("hook");
        try (DefaultCamelContext stranger = new DefaultCamelContext()) {
            TestServers.platformHttp(stranger, AvailablePortFinder.getNextAvailable());
            configureComponent(stranger);
            // another secret store: it does not know the secret WooshPay gave the first application
            stranger.getRegistry().bind("webhookSecrets", new MemoryStateRepository());
            stranger.addRoutes(routes());
            stranger.start();
        }
        // make-before-break: a new endpoint next to the old one, which is not deleted (MakeBeforeBreakTest: what
        // follows)
        List<?> after = registeredEndpoints();
        assertThat(after)
                .hasSize(2)
                .extracting(e -> ((WebhookEndpoint) e).getId())
                .contains(before.getId());
    }
}
