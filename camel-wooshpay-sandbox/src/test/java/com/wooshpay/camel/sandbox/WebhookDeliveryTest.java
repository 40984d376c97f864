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
package com.wooshpay.camel.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import com.wooshpay.camel.sandbox.webhook.DeliveryAttempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Events are delivered signed exactly as WooshPay documents, retried on failure, and logged. */
class WebhookDeliveryTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private Http api;
    private Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        api = new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private String register(String events) {
        JsonNode endpoint = api.post(
                        "/v1/webhook_endpoints", "{'url':'" + receiver.url() + "','enabled_events':" + events + "}")
                .json();
        assertThat(endpoint.get("id").asText()).startsWith("we_");
        assertThat(endpoint.get("secret").asText()).startsWith("whsec_");
        return endpoint.get("secret").asText();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Await.until(condition, java.time.Duration.ofSeconds(10));
    }

    @Test
    void signedDeliveriesVerifyWithAnIndependentHmac() throws Exception {
        String secret = register("['*']");
        String id = api.post("/v1/payment_intents", PaymentIntentApiTest.ALIPAYPLUS)
                .json()
                .get("id")
                .asText();
        api.post("/cashier/" + id + "/pay", "{}");
        await(() -> receiver.deliveries().size() >= 3);

        List<String> types =
                receiver.deliveries().stream().map(d -> type(d.body())).toList();
        assertThat(types)
                .contains("payment_intent.created", "payment_intent.requires_action", "payment_intent.succeeded");
        for (Receiver.Delivery delivery : receiver.deliveries()) {
            Map<String, String> parts = java.util.Arrays.stream(
                            delivery.signature().split(","))
                    .map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1]));
            long t = Long.parseLong(parts.get("t"));
            assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(60);
            assertThat(parts.get("v1")).matches("[0-9a-f]{64}");
            assertThat(parts.get("v1")).isEqualTo(hmacSha256Hex(secret, t + "." + delivery.body()));
            assertThat(delivery.contentType()).startsWith("application/json");
            JsonNode event = Http.JSON.readTree(delivery.body());
            assertThat(event.get("id").asText()).startsWith("evt_");
            assertThat(event.get("object").asText()).isEqualTo("event");
            assertThat(event.at("/data/object/id").asText()).isEqualTo(id);
            assertThat(event.at("/request/id").asText()).startsWith("req_");
        }
        JsonNode succeeded =
                api.get("/v1/events?type=payment_intent.succeeded").json().at("/data/0");
        assertThat(succeeded.at("/data/object/status").asText()).isEqualTo("succeeded");
        assertThat(api.get("/v1/events/" + succeeded.get("id").asText())
                        .json()
                        .get("type")
                        .asText())
                .isEqualTo("payment_intent.succeeded");
    }

    @Test
    void failedDeliveriesAreRetriedOnTheScheduleAndLogged() throws Exception {
        receiver.answerNext(500, 503);
        register("['payment_intent.created']");
        api.post("/v1/payment_intents", "{'amount':100,'currency':'HKD'}");
        await(() -> sandbox.get().deliveries().stream()
                .anyMatch(d -> d.delivered() && d.url().equals(receiver.url())));
        List<DeliveryAttempt> log = sandbox.get().deliveries().stream()
                .filter(d -> d.url().equals(receiver.url()))
                .toList();
        assertThat(log).extracting(DeliveryAttempt::attempt).containsExactly(1, 2, 3);
        assertThat(log).extracting(DeliveryAttempt::httpStatus).containsExactly(500, 503, 200);
        assertThat(receiver.deliveries()).hasSize(3);
        assertThat(receiver.deliveries().stream().map(Receiver.Delivery::body).distinct())
                .hasSize(1);
        String eventId = log.get(0).eventId();
        JsonNode overHttp = Http.JSON.readTree(
                api.get("/_sandbox/deliveries?event_id=" + eventId).raw().body());
        assertThat(overHttp).hasSize(3);
        await(() ->
                api.get("/v1/events/" + eventId).json().get("pending_webhooks").asInt() == 0);
    }

    @Test
    void onlySubscribedEventsAreSentAndDeletedEndpointsGetNothing() throws Exception {
        register("['charge.refund.updated']");
        String id = api.post("/v1/payment_intents", PaymentIntentApiTest.ALIPAYPLUS)
                .json()
                .get("id")
                .asText();
        api.post("/cashier/" + id + "/pay", "{}");
        api.post("/v1/refunds", "{'payment_intent':'" + id + "','amount':100}");
        await(() -> receiver.deliveries().size() == 1);
        assertThat(type(receiver.deliveries().get(0).body())).isEqualTo("charge.refund.updated");

        JsonNode list = api.get("/v1/webhook_endpoints").json();
        assertThat(list.at("/data/0").has("secret")).isFalse();
        String endpointId = list.at("/data/0/id").asText();
        assertThat(api.delete("/v1/webhook_endpoints/" + endpointId)
                        .json()
                        .get("deleted")
                        .asBoolean())
                .isTrue();
        api.post("/v1/refunds", "{'payment_intent':'" + id + "','amount':100}");
        Thread.sleep(300);
        assertThat(receiver.deliveries()).hasSize(1);
        assertThat(api.get("/v1/webhook_endpoints/" + endpointId).status()).isEqualTo(404);
    }

    @Test
    void anEventGoesToTheEndpointsSubscribedWhenItHappened() throws Exception {
        String id = api.post("/v1/payment_intents", PaymentIntentApiTest.ALIPAYPLUS)
                .json()
                .get("id")
                .asText();
        JsonNode before = api.get("/v1/events?limit=1").json().at("/data/0");
        assertThat(before.get("pending_webhooks").asInt()).isZero();
        register("['*']");
        api.post("/cashier/" + id + "/pay", "{}");
        await(() -> receiver.deliveries().size() == 1);
        Thread.sleep(300);
        // only the payment's success, which happened after the endpoint existed; none of the creation's events
        assertThat(receiver.deliveries()).hasSize(1);
        assertThat(type(receiver.deliveries().get(0).body())).isEqualTo("payment_intent.succeeded");
    }

    private static String type(String body) {
        try {
            return Http.JSON.readTree(body).get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 written out from RFC 2104 on plain SHA-256, so it shares nothing with the sandbox's javax.crypto Mac. */
    static String hmacSha256Hex(String key, String message) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        if (k.length > 64) {
            k = sha.digest(k);
        }
        byte[] block = new byte[64];
        System.arraycopy(k, 0, block, 0, k.length);
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        sha.update(inner);
        byte[] innerHash = sha.digest(message.getBytes(StandardCharsets.UTF_8));
        sha.update(outer);
        return HexFormat.of().formatHex(sha.digest(innerHash));
    }
}
