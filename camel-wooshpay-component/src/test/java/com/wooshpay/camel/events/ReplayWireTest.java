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
package com.wooshpay.camel.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.WireMockTestSupport;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Against a stub: what the replay consumer asks for (created[gte] at the checkpoint less the overlap, the type filter,
 * pages of 100), that an event made visible late inside the overlap is routed, and refetchObject on both consumers.
 */
class ReplayWireTest extends WireMockTestSupport {

    private static final String SECRET = "whsec_replay_wire_test_0123456789";

    private final int port = AvailablePortFinder.getNextAvailable();
    private final List<Exchange> replayed = new CopyOnWriteArrayList<>();
    private final List<Exchange> hooked = new CopyOnWriteArrayList<>();
    private final List<String> routedOn = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.platformHttp(context, port);
        context.getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration()
                .setWebhookSecret(SECRET);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:events?delay=150&initialDelay=0&eventTypes=payment_intent.succeeded&overlap=60s&lookback=1h")
                        .routeId("replay")
                        .autoStartup(false)
                        .process(replayed::add);
                from("wooshpay:webhook?refetchObject=true").process(e -> {
                    routedOn.add(Thread.currentThread().getName());
                    hooked.add(e);
                });
            }
        };
    }

    private static String event(String id, long created, String intentStatus) {
        return json("{'id':'" + id + "','object':'event','type':'payment_intent.succeeded','created':" + created
                + ",'data':{'object':{'id':'pi_" + id + "','object':'payment_intent','status':'" + intentStatus
                + "'}}}");
    }

    private static String page(String... events) {
        return "{\"object\":\"list\",\"has_more\":false,\"data\":[" + String.join(",", events) + "]}";
    }

    @Test
    void readsFromTheCheckpointLessTheOverlapAndRoutesAnEventMadeVisibleLate() throws Exception {
        long t = System.currentTimeMillis() - 10_000;
        // first polls see only evt_b; later ones also evt_a, created 5 s before evt_b but visible only now
        wooshpay.stubFor(get(urlPathEqualTo("/v1/events"))
                .inScenario("late")
                .whenScenarioStateIs("Started")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(page(event("evt_b", t, "succeeded"))))
                .willSetStateTo("one poll"));
        wooshpay.stubFor(get(urlPathEqualTo("/v1/events"))
                .inScenario("late")
                .whenScenarioStateIs("one poll")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(page(event("evt_b", t, "succeeded"))))
                .willSetStateTo("visible"));
        wooshpay.stubFor(get(urlPathEqualTo("/v1/events"))
                .inScenario("late")
                .whenScenarioStateIs("visible")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(page(event("evt_b", t, "succeeded"), event("evt_a", t - 5_000, "succeeded")))));
        long started = System.currentTimeMillis();
        context.getRouteController().startRoute("replay");
        await().atMost(10, TimeUnit.SECONDS).until(() -> replayed.size() == 2);
        Thread.sleep(400);
        context.getRouteController().stopRoute("replay");

        assertThat(replayed)
                .extracting(e -> e.getMessage().getHeader(WooshPayConstants.EVENT_ID))
                .containsExactly("evt_b", "evt_a");
        assertThat(replayed)
                .allSatisfy(e -> assertThat(e.getMessage().getHeader(WooshPayConstants.EVENT_SOURCE))
                        .isEqualTo("replay"));
        List<LoggedRequest> polls = wooshpay.findAll(getRequestedFor(urlPathEqualTo("/v1/events")));
        assertThat(polls.size()).isGreaterThanOrEqualTo(3);
        // the first poll reaches back the lookback (less the overlap), the next ones from evt_b's time less the overlap
        long firstFrom =
                Long.parseLong(polls.get(0).queryParameter("created[gte]").firstValue());
        assertThat(firstFrom).isBetween(started - 3_600_000 - 60_000 - 1_000, started - 3_600_000 - 60_000 + 1_000);
        assertThat(polls.get(1).queryParameter("created[gte]").firstValue()).isEqualTo(Long.toString(t - 60_000));
        assertThat(polls.get(0).queryParameter("type").firstValue()).isEqualTo("payment_intent.succeeded");
        assertThat(polls.get(0).queryParameter("limit").firstValue()).isEqualTo("100");
        assertThat(polls.get(0).getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void refetchObjectRoutesWooshPaysStateNowAndKeepsTheEventsObject() throws Exception {
        wooshpay.stubFor(get(urlEqualTo("/v1/payment_intents/pi_evt_old"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(json(
                                "{'id':'pi_evt_old','object':'payment_intent','status':'succeeded','amount':100}"))));
        // an old event that arrives late: it says requires_action, WooshPay says succeeded now
        String body = event("evt_old", System.currentTimeMillis(), "requires_action")
                .replace("payment_intent.succeeded", "payment_intent.requires_action");
        HttpResponse<String> answer = deliver(body);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(hooked).hasSize(1);
        Event routed = hooked.get(0).getMessage().getBody(Event.class);
        assertThat(routed.getDataObject(PaymentIntent.class).getStatus()).isEqualTo("succeeded");
        PaymentIntent carried =
                hooked.get(0).getMessage().getHeader(WooshPayConstants.EVENT_OBJECT, PaymentIntent.class);
        assertThat(carried.getStatus()).isEqualTo("requires_action");
        wooshpay.verify(1, getRequestedFor(urlEqualTo("/v1/payment_intents/pi_evt_old")));
        // the read held no thread: the route ran on the component's response pool once the answer came
        assertThat(routedOn).singleElement().asString().contains("WooshPayResponse");

        // WooshPay cannot be reached: not routed, answered 500 so it is delivered again
        wooshpay.resetAll();
        wooshpay.stubFor(get(urlEqualTo("/v1/payment_intents/pi_evt_old"))
                .willReturn(aResponse().withStatus(500)));
        String again = body.replace("evt_old", "evt_old2");
        HttpResponse<String> failed = deliver(again);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(hooked).hasSize(1);
    }

    private HttpResponse<String> deliver(String body) throws Exception {
        String signature = WebhookSignatureVerifier.sign(
                SECRET, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                                .header(WebhookSignatureVerifier.HEADER, signature)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
