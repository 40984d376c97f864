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
package com.wooshpay.camel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.client.error.WooshPayValidationException;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import com.wooshpay.camel.webhook.WooshPayWebhookConsumer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two WooshPay accounts in one application, on one sandbox that keeps accounts apart by key: calls never cross
 * (64 threads choosing the account per message), each account's webhook is verified with its own secret and a
 * delivery signed for the other account is refused, events carry their account, an unknown name fails before any call,
 * and no log line at TRACE holds a key.
 */
class AccountsTest extends CamelTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    /** Everything the component and Camel log at TRACE while the tests run, context creation included. */
    private static LogCapture logs;

    @BeforeAll
    static void captureLogs() {
        logs = new LogCapture("com.wooshpay", "org.apache.camel");
    }

    @AfterAll
    static void stopCapturing() {
        logs.close();
    }

    @AfterEach
    void neitherKeyIsLogged() {
        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.lines())
                .as("log lines holding an account's key")
                .noneMatch(line -> line.contains(hkKey) || line.contains(sgKey));
    }

    private final int port = AvailablePortFinder.getNextAvailable();
    private final String hkKey = "sk_test_account_hk_" + System.nanoTime();
    private final String sgKey = "sk_test_account_sg_" + System.nanoTime();
    private final RecordingState secrets = new RecordingState();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Remembers what the consumers store: the secrets WooshPay showed once at registration. */
    static final class RecordingState extends MemoryStateRepository {
        final Map<String, String> stored = new ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            stored.put(key, value);
            super.setState(key, value);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.platformHttp(context, port);
        context.getRegistry().bind("secrets", secrets);
        context.getRegistry().bind("meters", meters);
        WooshPayComponent component = context.getComponent("wooshpay", WooshPayComponent.class);
        component.getConfiguration().setReturnUrl("https://shop.example/back");
        component.getConfiguration().setWebhookExternalUrl("http://127.0.0.1:" + port);
        for (String[] account : new String[][] {{"hk", hkKey}, {"sg", sgKey}}) {
            WooshPayAccount settings = new WooshPayAccount();
            settings.setApiKey(account[1]);
            settings.setBaseUrl(sandbox.get().baseUrl());
            component.getAccounts().put(account[0], settings);
        }
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("wooshpay:paymentIntent/create");
                for (String account : List.of("hk", "sg")) {
                    from("wooshpay:webhook?account=" + account + "&webhookAutoRegister=true"
                                    + "&webhookSecretRepository=#secrets&eventTypes=payment_intent.succeeded")
                            .routeId("events-" + account)
                            .to("mock:" + account);
                }
            }
        };
    }

    private PaymentIntent pay(String account, String order) {
        return template.requestBodyAndHeaders(
                "direct:pay",
                new PaymentIntentRequest()
                        .amount(1000)
                        .currency(account.equals("hk") ? "HKD" : "PHP")
                        .merchantOrderId(order)
                        .confirm(true)
                        .paymentMethodType("alipayplus")
                        .terminalType("alipayplus", "WEB"),
                Map.of(WooshPayConstants.ACCOUNT, account, WooshPayConstants.IDEMPOTENCY_KEY, order),
                PaymentIntent.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> ordersOf(String account) {
        List<String> orders = new ArrayList<>();
        Iterable<PaymentIntent> all = template.requestBody(
                "wooshpay:paymentIntent/list?autoPaginate=true&account=" + account,
                Map.of("limit", 100),
                Iterable.class);
        all.forEach(intent -> orders.add(intent.getMerchantOrderId()));
        return orders;
    }

    @Test
    void callsChosenPerMessageNeverCrossUnder64Threads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<PaymentIntent>> calls = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            String account = i % 2 == 0 ? "hk" : "sg";
            String order = account + "-" + i;
            calls.add(pool.submit(() -> pay(account, order)));
        }
        for (Future<PaymentIntent> call : calls) {
            assertThat(call.get().getId()).startsWith("pi_");
        }
        pool.shutdown();

        List<String> hk = ordersOf("hk");
        List<String> sg = ordersOf("sg");
        assertThat(hk).hasSize(128).allMatch(order -> order.startsWith("hk-"));
        assertThat(sg).hasSize(128).allMatch(order -> order.startsWith("sg-"));
        // and the sandbox agrees, by key
        assertThat(sandbox.get().count(hkKey, "payment_intent")).isEqualTo(128);
        assertThat(sandbox.get().count(sgKey, "payment_intent")).isEqualTo(128);
        // the meters count each account's calls apart
        for (String account : List.of("hk", "sg")) {
            assertThat(meters.find("wooshpay.client.requests")
                            .tags("account", account, "operation", "paymentIntent/create", "outcome", "2xx")
                            .timer()
                            .count())
                    .as(account)
                    .isEqualTo(128);
        }
    }

    @Test
    void eachAccountHasItsReadinessCheck() {
        // every check in the answer, not only failing ones (Camel's default exposure level)
        HealthCheckRegistry.get(context).setExposureLevel("full");
        Map<String, HealthCheck.Result> results = new HashMap<>();
        HealthCheckHelper.invoke(context).forEach(r -> results.put(r.getCheck().getId(), r));
        for (String account : List.of("hk", "sg")) {
            HealthCheck.Result result = results.get("wooshpay-account-" + account);
            assertThat(result).as(account).isNotNull();
            assertThat(result.getState()).as(account).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getDetails()).containsEntry("mode", "sandbox");
            assertThat(result.getDetails().toString()).doesNotContain(hkKey).doesNotContain(sgKey);
        }
    }

    @Test
    void anUnknownAccountFailsBeforeAnyCallAndNamesTheHeader() {
        Exchange out = template.request("direct:pay", e -> {
            e.getMessage().setBody(Map.of("amount", 100, "currency", "HKD"));
            e.getMessage().setHeader(WooshPayConstants.ACCOUNT, "eu");
        });
        assertThat(out.getException()).isInstanceOf(WooshPayValidationException.class);
        assertThat(out.getException().getMessage())
                .contains(WooshPayConstants.ACCOUNT)
                .contains("'eu'")
                .contains("hk, sg")
                .doesNotContain(hkKey)
                .doesNotContain(sgKey);

        // the endpoint has no key of its own: a message must name its account
        Exchange unnamed =
                template.request("direct:pay", e -> e.getMessage().setBody(Map.of("amount", 100, "currency", "HKD")));
        assertThat(unnamed.getException())
                .isInstanceOf(WooshPayValidationException.class)
                .hasMessageContaining(WooshPayConstants.ACCOUNT)
                .hasMessageContaining("hk, sg");
    }

    @Test
    void eachAccountsWebhookIsVerifiedWithItsOwnSecret() throws Exception {
        MockEndpoint hk = getMockEndpoint("mock:hk");
        MockEndpoint sg = getMockEndpoint("mock:sg");
        hk.expectedMessageCount(1);
        sg.expectedMessageCount(0);

        PaymentIntent intent = pay("hk", "hk-paid-1");
        assertThat(TestServers.customerPays(intent)).isEqualTo(200);
        hk.assertIsSatisfied(20_000);
        Exchange event = hk.getExchanges().get(0);
        assertThat(event.getMessage().getHeader(WooshPayConstants.ACCOUNT)).isEqualTo("hk");
        assertThat(event.getMessage().getHeader(WooshPayConstants.OBJECT_ID)).isEqualTo(intent.getId());

        // each account registered its own endpoint, on its own path
        WooshPayWebhookConsumer hkConsumer =
                (WooshPayWebhookConsumer) context.getRoute("events-hk").getConsumer();
        WooshPayWebhookConsumer sgConsumer =
                (WooshPayWebhookConsumer) context.getRoute("events-sg").getConsumer();
        assertThat(hkConsumer.getPath()).isEqualTo("/wooshpay/webhook/hk");
        assertThat(sgConsumer.getPath()).isEqualTo("/wooshpay/webhook/sg");
        String hkSecret = secretOf(hkConsumer);
        assertThat(hkSecret).isNotEqualTo(secretOf(sgConsumer));

        // a delivery signed with the HK secret: refused on the SG path, accepted on the HK one
        String body = ("{'id':'evt_forwarded_1','object':'event','created':"
                        + Instant.now().toEpochMilli()
                        + ",'type':'payment_intent.succeeded','data':{'object':{'id':'" + intent.getId()
                        + "','object':'payment_intent','status':'succeeded'}}}")
                .replace('\'', '"');
        String signature = WebhookSignatureVerifier.sign(
                hkSecret, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
        assertThat(deliver("/wooshpay/webhook/sg", body, signature)).isEqualTo(400);
        assertThat(deliver("/wooshpay/webhook/hk", body, signature)).isEqualTo(200);
        sg.assertIsSatisfied();
    }

    private String secretOf(WooshPayWebhookConsumer consumer) {
        return secrets.stored.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(consumer.getRegisteredEndpointId()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    private int deliver(String path, String body, String signature) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Content-Type", "application/json")
                                .header("Wooshpay-Signature", signature)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
