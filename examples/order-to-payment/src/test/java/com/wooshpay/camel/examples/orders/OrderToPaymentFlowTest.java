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
package com.wooshpay.camel.examples.orders;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.springboot.EmbeddedSandbox;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The example on H2: the demo flow, orders in flight across a crash, the file inbox, bad orders and unknown events. */
@SpringBootTest(
        classes = OrderToPaymentApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:orders-flow;DB_CLOSE_DELAY=-1")
class OrderToPaymentFlowTest extends ExampleTestSupport {

    @TempDir
    static Path inbox;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        common(registry, inbox);
    }

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void demoFlowEndsWithEveryOrderAsExpected() throws Exception {
        DemoRunner demo = new DemoRunner(environment, context.getBeanProvider(EmbeddedSandbox.class), context, false);
        Map<String, DemoRunner.Outcome> outcomes = demo.runDemo(Duration.ofSeconds(30));
        assertThat(outcomes)
                .hasSize(3)
                .allSatisfy((id, outcome) ->
                        assertThat(outcome.asExpected()).as(id + " " + outcome).isTrue());
        assertThat(outcomes.values())
                .extracting(DemoRunner.Outcome::actual)
                .containsExactly("REFUNDED", "PAID", "FAILED");
    }

    @Test
    void anOrderInFlightWhenTheApplicationStoppedIsPaidOnceAfterRestart() throws Exception {
        // the application stored SO-CRASH (an order that names no buyer, so no WooshPay customer) and created its
        // payment intent, then died before recording it
        jdbc.update("insert into orders (id, customer, currency, amount, lines_json, status, created_at, updated_at)"
                + " values ('SO-CRASH', NULL, 'HKD', 4200, '[{\"name\":\"Item\",\"unit_amount\":4200,\"quantity\":1}]',"
                + " 'NEW', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        String before;
        try (WooshPayClient client = new WooshPayClient(WooshPayClientConfig.builder()
                .apiKey(sandbox.apiKey())
                .baseUrl(sandbox.baseUrl())
                .build())) {
            before = client.createPaymentIntent(
                            new PaymentIntentRequest()
                                    .amount(4200)
                                    .currency("HKD")
                                    .merchantOrderId("SO-CRASH")
                                    .description("Order SO-CRASH")
                                    .metadata("order_id", "SO-CRASH")
                                    .confirm(true)
                                    .returnUrl("http://localhost:" + port + "/")
                                    .paymentMethodType("alipayplus")
                                    .terminalType("alipayplus", "WEB"),
                            "order-SO-CRASH")
                    .getId();
        }
        // the recovery route sends it again with the same idempotency key: WooshPay answers the intent it already has
        awaitStatus("SO-CRASH", "PAYMENT_PENDING");
        String recorded =
                jdbc.queryForObject("select payment_intent_id from orders where id = 'SO-CRASH'", String.class);
        assertThat(recorded).isEqualTo(before);
        post(sandbox.baseUrl() + "/cashier/" + recorded + "/pay", Map.of());
        awaitStatus("SO-CRASH", "PAID");
    }

    @Test
    void anEntitysOrdersArePaidInItsOwnAccountAndEachBuyerIsOneCustomer() throws Exception {
        Map<String, Object> ph = new LinkedHashMap<>(order("SO-PH-1", "PHP", 30_000));
        ph.put("entity", "ph");
        ph.put("customer", "Lea Santos");
        Map<String, Object> hk = new LinkedHashMap<>(order("SO-HK-1", "HKD", 9_900));
        hk.put("customer", "Lea Santos");
        Map<String, Object> hkAgain = new LinkedHashMap<>(order("SO-HK-2", "HKD", 4_500));
        hkAgain.put("customer", "Lea Santos");
        for (Map<String, Object> order : List.of(ph, hk, hkAgain)) {
            assertThat(post(app() + "/orders", order).statusCode()).isEqualTo(201);
        }
        Map<String, Object> unknown = new LinkedHashMap<>(order("SO-XX-1", "HKD", 100));
        unknown.put("entity", "sg");
        HttpResponse<String> refused = post(app() + "/orders", unknown);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("entity");

        String phIntent = column("payment_intent_id", "SO-PH-1");
        WooshPayComponent wooshpay =
                context.getBean(CamelContext.class).getComponent("wooshpay", WooshPayComponent.class);
        EmbeddedSandbox embedded = context.getBean(EmbeddedSandbox.class);
        // the sandbox keeps accounts apart by key: the PH payment is in the PH account only
        assertThat(sandboxGet(embedded, wooshpay.account("ph").getApiKey(), "/v1/payment_intents/" + phIntent))
                .isEqualTo(200);
        assertThat(sandboxGet(embedded, embedded.apiKey(), "/v1/payment_intents/" + phIntent))
                .isEqualTo(404);
        // one customer per buyer and entity: both HK orders share theirs, the PH one has its own (another account)
        String hkCustomer = column("wooshpay_customer_id", "SO-HK-1");
        assertThat(hkCustomer).startsWith("cus_");
        assertThat(column("wooshpay_customer_id", "SO-HK-2")).isEqualTo(hkCustomer);
        assertThat(column("wooshpay_customer_id", "SO-PH-1")).startsWith("cus_").isNotEqualTo(hkCustomer);
        assertThat(sandboxGet(embedded, embedded.apiKey(), "/v1/customers/" + hkCustomer))
                .isEqualTo(200);

        // the PH customer pays: its account's webhook (its own path and secret) moves the order
        post(embedded.baseUrl() + "/cashier/" + phIntent + "/pay", Map.of());
        awaitStatus("SO-PH-1", "PAID");
    }

    private String column(String column, String orderId) {
        return jdbc.queryForObject("select " + column + " from orders where id = ?", String.class, orderId);
    }

    private int sandboxGet(EmbeddedSandbox sandbox, String key, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void ordersDroppedInTheInboxArePaidLikePostedOnes() throws Exception {
        Files.writeString(
                inbox.resolve("SO-FILE-1.json"),
                JSON.writeValueAsString(order("SO-FILE-1", "MYR", 5900)),
                StandardCharsets.UTF_8);
        awaitStatus("SO-FILE-1", "PAYMENT_PENDING");
        Files.writeString(inbox.resolve("broken.json"), "{not json", StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(inbox.resolve(".failed").resolve("broken.json")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(inbox.resolve(".failed").resolve("broken.json")).exists();
        assertThat(inbox.resolve(".done").resolve("SO-FILE-1.json")).exists();
        assertThat(jdbc.queryForList("select reason from dead_letters where source = 'file'", String.class))
                .anySatisfy(reason -> assertThat(reason).contains("not a JSON order"));
    }

    @Test
    void badOrdersAreRefusedWithTheFieldAndKept() throws Exception {
        var refused = post(app() + "/orders", Map.of("id", "SO-BAD", "currency", "HK", "lines", List.of()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("error").asText()).contains("currency");
        assertThat(jdbc.queryForList(
                        "select reason from dead_letters where source = 'http' and reference = 'SO-BAD'", String.class))
                .singleElement()
                .asString()
                .contains("currency");
        assertThat(status("SO-BAD")).isNull();

        // the same order posted twice is stored and charged once
        assertThat(post(app() + "/orders", order("SO-TWICE", "HKD", 1000)).statusCode())
                .isEqualTo(201);
        var again = post(app() + "/orders", order("SO-TWICE", "HKD", 1000));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).path("status").asText()).isEqualTo("PAYMENT_PENDING");
        assertThat(jdbc.queryForObject("select count(*) from orders where id = 'SO-TWICE'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aWebhookForAnUnknownOrderGoesToTheDeadLetterTable() throws Exception {
        String event = ("{'id':'evt_unknown_1','object':'event','type':'payment_intent.succeeded','created':"
                        + System.currentTimeMillis()
                        + ",'livemode':false,'data':{'object':{'id':'pi_0000000000000000042','object':'payment_intent','status':'succeeded',"
                        + "'amount':100,'currency':'HKD'}}}")
                .replace('\'', '"');
        var answer = deliverSigned(event);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select reason from dead_letters where source = 'webhook' and reference = 'pi_0000000000000000042'",
                        String.class))
                .singleElement()
                .asString()
                .contains("evt_unknown_1")
                .contains("no order knows");
    }

    @Test
    void thePageShowsAmountsAsPeopleReadThemAndItsRefundButtonComesBack() throws Exception {
        assertThat(OrdersPage.money(115000L, "PHP")).isEqualTo("1,150.00 PHP");
        assertThat(OrdersPage.money(5000L, "JPY")).isEqualTo("5,000 JPY");
        assertThat(post(app() + "/orders", order("SO-FORM", "HKD", 12800)).statusCode())
                .isEqualTo(201);
        String intent = jdbc.queryForObject("select payment_intent_id from orders where id = 'SO-FORM'", String.class);
        post(sandbox.baseUrl() + "/cashier/" + intent + "/pay", Map.of());
        awaitStatus("SO-FORM", "PAID");
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(app() + "/")).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("128.00 HKD")
                .contains("/orders/SO-FORM/refund");

        var refund = http.send(
                HttpRequest.newBuilder(URI.create(app() + "/orders/SO-FORM/refund"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refund.statusCode()).isEqualTo(303);
        assertThat(refund.headers().firstValue("Location")).contains("/");
        awaitStatus("SO-FORM", "REFUNDED");
    }

    @Test
    void effectsAreExactlyOnce() throws Exception {
        aPaymentEventDeliveredEightTimesAtOnceIsBookedOnce("SO-ONCE-H2");
    }
}
