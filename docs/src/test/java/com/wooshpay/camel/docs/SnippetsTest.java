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
package com.wooshpay.camel.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.docs.snippets.ErrorHandlingRoutes;
import com.wooshpay.camel.docs.snippets.FirstRoute;
import com.wooshpay.camel.docs.snippets.IdempotencyRoutes;
import com.wooshpay.camel.docs.snippets.StandaloneUsage;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.Refund;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented snippets do what the guides say, against the sandbox. */
class SnippetsTest extends CamelTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private static final String SECRET = "whsec_docs_snippet_secret";
    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        Properties properties = new Properties();
        String key = "sk_test_docs_" + System.nanoTime();
        properties.setProperty("wooshpay.api-key", key);
        properties.setProperty("wooshpay.webhook-secret", SECRET);
        context.getPropertiesComponent().setInitialProperties(properties);
        // the routes that name no key use the component's, as the guides describe
        context.getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration()
                .setBaseUrl(sandbox.get().baseUrl());
        context.getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration()
                .setApiKey(key);
        context.getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration()
                .setWebhookSecret(SECRET);
        context.getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration()
                .setReturnUrl("https://shop.example/back");
        context.addRoutes(new FirstRoute());
        context.addRoutes(new IdempotencyRoutes());
        context.addRoutes(new ErrorHandlingRoutes());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:markPaid").to("mock:paid");
            }
        });
        return context;
    }

    @Test
    void firstRouteTakesAPaymentAndItsWebhookIsRouted() throws Exception {
        PaymentIntent intent = template.requestBody(
                "direct:order",
                Map.of("amount", 1999, "currency", "HKD", "merchant_order_id", "SO-1001"),
                PaymentIntent.class);
        assertThat(intent.getStatus()).isEqualTo("requires_action");
        // the same order again: the same payment
        assertThat(template.requestBody(
                                "direct:order",
                                Map.of("amount", 1999, "currency", "HKD", "merchant_order_id", "SO-1001"),
                                PaymentIntent.class)
                        .getId())
                .isEqualTo(intent.getId());

        MockEndpoint paid = getMockEndpoint("mock:paid");
        paid.expectedMessageCount(1);
        String event = ("{'id':'evt_doc_1','object':'event','type':'payment_intent.succeeded','data':{'object':"
                        + "{'id':'" + intent.getId()
                        + "','object':'payment_intent','merchant_order_id':'SO-1001','status':'succeeded'}}}")
                .replace('\'', '"');
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                                .header(
                                        "Wooshpay-Signature",
                                        WebhookSignatureVerifier.sign(
                                                SECRET,
                                                Instant.now().getEpochSecond(),
                                                event.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(event))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        paid.assertIsSatisfied();
    }

    @Test
    void oneKeyPerCallPaysThenRefundsWithoutConflict() {
        Exchange done = template.request("direct:payThenRefund", e -> {
            e.getMessage().setHeader("orderId", "SO-2002");
            // a test card is charged at once, so the refund that follows has something to refund
            e.getMessage()
                    .setBody(Map.of(
                            "amount",
                            500,
                            "currency",
                            "HKD",
                            "payment_method_data",
                            Map.of("type", "card", "card", Map.of("number", "4111111111111111"))));
        });
        assertThat(done.getException()).isNull();
        Refund refund = done.getMessage().getBody(Refund.class);
        assertThat(refund.getAmount()).isEqualTo(500L);
        assertThat(refund.getStatus()).isEqualTo("succeeded");
    }

    @Test
    void standaloneClientAndVerifier() throws Exception {
        assertThat(StandaloneUsage.payOnSandbox()).contains("/cashier/pi_");
        byte[] body = "{\"id\":\"evt_x\",\"type\":\"payment_intent.succeeded\"}".getBytes(StandardCharsets.UTF_8);
        Event event = StandaloneUsage.verify(
                WebhookSignatureVerifier.sign(SECRET, Instant.now().getEpochSecond(), body), body, SECRET);
        assertThat(event.getType()).isEqualTo("payment_intent.succeeded");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> StandaloneUsage.verify("t=1,v1=00", body, SECRET)))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("timestamp outside the tolerance");
    }
}
