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

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import com.wooshpay.camel.sandbox.webhook.DeliveryAttempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox misbehaves on request, as WooshPay and the internet do: deliveries dropped for good or refused (and
 * retried) during a window, sent twice, held back out of order, retried only N times; one event resent; an event
 * triggered for an object.
 */
class DeliveryControlsTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension(
            WooshPaySandbox.builder().deliveryRetrySchedule(Collections.nCopies(5, Duration.ofMillis(100))));

    private Http api;
    private Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        api = new Http(sandbox.get().baseUrl(), "sk_test_controls_" + System.nanoTime());
        receiver = new Receiver();
        api.post(
                "/v1/webhook_endpoints",
                "{'url':'" + receiver.url() + "','enabled_events':['payment_intent.created']}");
    }

    @AfterEach
    void tearDown() {
        api.delete("/_sandbox/deliveries/controls");
        receiver.close();
    }

    private List<String> createIntents(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> api.post("/v1/payment_intents", "{'amount':100,'currency':'HKD'}")
                        .json()
                        .get("id")
                        .asText())
                .toList();
    }

    private List<DeliveryAttempt> mine() {
        return sandbox.get().deliveries().stream()
                .filter(d -> d.url().equals(receiver.url()))
                .toList();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Await.until(condition, java.time.Duration.ofSeconds(15));
    }

    @Test
    void dropsAreLostForGoodAndRefusalsAreRetried() throws Exception {
        JsonNode set = api.put("/_sandbox/deliveries/controls", "{'drop':0.3,'refuse':0.4,'for_seconds':60}")
                .json();
        assertThat(set.get("drop").asDouble()).isEqualTo(0.3);
        createIntents(60);
        // every event ends either delivered or dropped; a refused attempt is followed by another one
        await(() -> mine().stream()
                        .filter(DeliveryAttempt::finalAttempt)
                        .map(DeliveryAttempt::eventId)
                        .distinct()
                        .count()
                == 60);
        Map<String, List<DeliveryAttempt>> byEvent =
                mine().stream().collect(Collectors.groupingBy(DeliveryAttempt::eventId));
        long dropped = byEvent.values().stream()
                .filter(a -> a.get(a.size() - 1).error() != null
                        && a.get(a.size() - 1).error().startsWith("dropped"))
                .count();
        long refusedThenDelivered = byEvent.values().stream()
                .filter(a -> a.size() > 1 && a.get(a.size() - 1).delivered())
                .count();
        long delivered = byEvent.values().stream()
                .filter(a -> a.get(a.size() - 1).delivered())
                .count();
        assertThat(dropped).isBetween(5L, 40L);
        assertThat(refusedThenDelivered).isPositive();
        // the receiver got exactly the events delivered in the end, each once (the rest were dropped, or refused 6
        // times)
        assertThat(receiver.deliveries()).hasSize((int) delivered);
        assertThat(delivered + dropped).isLessThanOrEqualTo(60).isGreaterThan(50);
        JsonNode summary = api.get("/_sandbox/deliveries/summary").json();
        assertThat(summary.get("dropped").asLong()).isGreaterThanOrEqualTo(dropped);
        assertThat(summary.get("refused").asLong()).isPositive();
    }

    @Test
    void theWindowEndsAndTheAttemptLimitStopsRetries() throws Exception {
        api.put("/_sandbox/deliveries/controls", "{'refuse':1.0,'for_seconds':1,'max_attempts':2}");
        createIntents(1);
        await(() -> mine().stream().anyMatch(DeliveryAttempt::finalAttempt));
        assertThat(mine()).extracting(DeliveryAttempt::attempt).containsExactly(1, 2); // gave up after 2, not 6
        assertThat(receiver.deliveries()).isEmpty();
        assertThat(api.get("/_sandbox/deliveries/summary")
                        .json()
                        .get("given_up")
                        .asLong())
                .isPositive();
        Thread.sleep(1100); // the window is over: deliveries go through again
        createIntents(1);
        await(() -> receiver.deliveries().size() == 1);
    }

    @Test
    void duplicatesAndDelaysReorderDeliveries() throws Exception {
        api.put("/_sandbox/deliveries/controls", "{'duplicate':1.0,'max_delay_ms':400,'for_seconds':60}");
        List<String> created = createIntents(20);
        await(() -> receiver.deliveries().size() == 40);
        List<String> arrived =
                receiver.deliveries().stream().map(d -> objectId(d.body())).toList();
        assertThat(arrived.stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                        .values())
                .containsOnly(2L);
        assertThat(arrived.stream().distinct().toList())
                .as("arrival order differs from creation order")
                .isNotEqualTo(created);
    }

    @Test
    void resendDeliversOneEventAgainAndTriggerEmitsForAnObject() throws Exception {
        String intent = createIntents(1).get(0);
        // the sandbox records an attempt once it has read the answer, a moment after the receiver got it
        await(() -> receiver.deliveries().size() == 1 && mine().size() == 1);
        String eventId = mine().get(0).eventId();
        JsonNode resent =
                api.post("/_sandbox/events/" + eventId + "/resend", "{}").json();
        assertThat(resent.get("resent_to")).hasSize(1);
        await(() -> receiver.deliveries().size() == 2);
        assertThat(Http.JSON
                        .readTree(receiver.deliveries().get(1).body())
                        .get("id")
                        .asText())
                .isEqualTo(eventId);
        assertThat(api.post("/_sandbox/events/evt_nope/resend", "{}").status()).isEqualTo(404);

        JsonNode triggered = api.post(
                        "/_sandbox/trigger", "{'type':'payment_intent.created','object':'" + intent + "'}")
                .json();
        assertThat(triggered.get("id").asText()).startsWith("evt_").isNotEqualTo(eventId);
        assertThat(triggered.at("/data/object/id").asText()).isEqualTo(intent);
        await(() -> receiver.deliveries().size() == 3);
        assertThat(api.get("/v1/events/" + triggered.get("id").asText())
                        .json()
                        .get("type")
                        .asText())
                .isEqualTo("payment_intent.created");
        assertThat(api.post("/_sandbox/trigger", "{'type':'payment_intent.created','object':'pi_missing'}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/_sandbox/trigger", "{'type':'payment_intent.created'}")
                        .json()
                        .at("/error/param")
                        .asText())
                .isEqualTo("object");
        assertThat(api.withKey(null)
                        .post("/_sandbox/trigger", "{'type':'payment_intent.created','object':'" + intent + "'}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badControlsNameTheField() {
        assertThat(api.put("/_sandbox/deliveries/controls", "{'drop':1.5}")
                        .json()
                        .at("/error/message")
                        .asText())
                .contains("drop");
        assertThat(api.put("/_sandbox/deliveries/controls", "{'dorp':0.5}")
                        .json()
                        .at("/error/message")
                        .asText())
                .contains("dorp");
    }

    private static String objectId(String body) {
        try {
            return Http.JSON.readTree(body).at("/data/object/id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
