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

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.LogCapture;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Verification, acknowledgement, filtering and de-duplication over real HTTP. */
class WebhookConsumerTest extends WebhookTestSupport {

    private final List<String> heard = new CopyOnWriteArrayList<>();

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger slowRuns = new AtomicInteger();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("heard", (ExceptionHandler) new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handleException(null, null, exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handleException(message, null, exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                heard.add(message + " / " + exception.getMessage());
            }
        });
        registry.bind("brokenStore", new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                throw new IllegalStateException("database unavailable");
            }

            @Override
            public boolean contains(String key) {
                throw new IllegalStateException("database unavailable");
            }
        });
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookSecret=RAW(whsec_retired_0000000000," + SECRET + ")")
                        .routeId("all")
                        .process(e -> {
                            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("ERP is down");
                            }
                        })
                        .to("mock:events");
                from("wooshpay:webhook?webhookPath=/paid&eventTypes=payment_intent.succeeded&webhookSecret=RAW("
                                + SECRET + ")")
                        .to("mock:paid");
                from("wooshpay:webhook?webhookPath=/broken-store&idempotentRepository=#brokenStore&exceptionHandler=#heard&webhookSecret=RAW("
                                + SECRET + ")")
                        .to("mock:broken");
                // Camel's bridge: the consumer's own failures reach the route's error handler
                from("wooshpay:webhook?webhookPath=/broken-bridged&idempotentRepository=#brokenStore&bridgeErrorHandler=true&webhookSecret=RAW("
                                + SECRET + ")")
                        .routeId("bridged")
                        .onException(Exception.class)
                        .handled(true)
                        .to("mock:bridged")
                        .end()
                        .to("mock:broken");
                from("wooshpay:webhook?webhookPath=/slow&signatureTolerance=0&webhookSecret=RAW(" + SECRET + ")")
                        .process(e -> {
                            slowRuns.incrementAndGet();
                            Thread.sleep(200);
                        })
                        .to("mock:slow");
            }
        };
    }

    @Test
    void signedEventIsRoutedTypedAndAcknowledged() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);
        String body = event("evt_1", "payment_intent.succeeded", paymentIntent("pi_1", "succeeded"));
        HttpResponse<String> answer = deliver("/wooshpay/webhook", body, signed(body));
        assertThat(answer.statusCode()).isEqualTo(200);
        mock.assertIsSatisfied();
        Exchange routed = mock.getExchanges().get(0);
        Event event = routed.getMessage().getBody(Event.class);
        assertThat(event.getDataObject(PaymentIntent.class).getMerchantOrderId())
                .isEqualTo("SO-1");
        assertThat(event.getRawJson()).isEqualTo(body);
        assertThat(routed.getMessage().getHeader(WooshPayConstants.EVENT_ID)).isEqualTo("evt_1");
        assertThat(routed.getMessage().getHeader(WooshPayConstants.EVENT_TYPE)).isEqualTo("payment_intent.succeeded");
        assertThat(routed.getMessage().getHeader(WooshPayConstants.OBJECT_ID)).isEqualTo("pi_1");
        assertThat(routed.getMessage().getHeader(WooshPayConstants.LIVEMODE)).isEqualTo(false);
        // the route gets a fresh exchange: no HTTP request header leaks into it
        assertThat(routed.getMessage().getHeaders())
                .doesNotContainKey("Wooshpay-Signature")
                .doesNotContainKey("Content-Type");
        assertThat(routed.getMessage().getBody(String.class)).isEqualTo(body);
    }

    @Test
    void everyRejectionIsAnsweredWithItsCodeAndNeverRouted() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(0);
        String body = event("evt_2", "payment_intent.succeeded", paymentIntent("pi_2", "succeeded"));
        long now = Instant.now().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (LogCapture logs = new LogCapture("com.wooshpay")) {
            assertRefused(deliver("/wooshpay/webhook", body, null), 400, "missing Wooshpay-Signature header");
            assertRefused(deliver("/wooshpay/webhook", body, "v1=abc"), 400, "malformed");
            assertRefused(deliver("/wooshpay/webhook", body, "t=abc,v1=00"), 400, "malformed");
            assertRefused(deliver("/wooshpay/webhook", body, "t=" + now), 400, "malformed");
            assertRefused(
                    deliver("/wooshpay/webhook", body, WebhookSignatureVerifier.sign("whsec_wrong_secret", now, bytes)),
                    400,
                    "no signature matches");
            assertRefused(
                    deliver("/wooshpay/webhook", body.replace("1999", "1"), signed(body)), 400, "no signature matches");
            assertRefused(
                    deliver("/wooshpay/webhook", body, WebhookSignatureVerifier.sign(SECRET, now - 301, bytes)),
                    400,
                    "timestamp outside the tolerance");
            assertRefused(
                    deliver("/wooshpay/webhook", body, WebhookSignatureVerifier.sign(SECRET, now + 400, bytes)),
                    400,
                    "timestamp outside the tolerance");
            String notJson = "this is not json";
            assertRefused(deliver("/wooshpay/webhook", notJson, signed(notJson)), 400, "not a JSON event");
            String noId = "{\"type\":\"x\"}";
            assertRefused(deliver("/wooshpay/webhook", noId, signed(noId)), 400, "without id");
            byte[] huge = new byte[1024 * 1024 + 10];
            Arrays.fill(huge, (byte) ' ');
            HttpResponse<String> tooBig =
                    deliver("/wooshpay/webhook", huge, WebhookSignatureVerifier.sign(SECRET, now, huge));
            assertThat(tooBig.statusCode()).isEqualTo(413);

            assertThat(logs.lines())
                    .filteredOn(l -> l.startsWith("Refused WooshPay webhook"))
                    .hasSizeGreaterThanOrEqualTo(11)
                    .allSatisfy(line -> assertThat(line)
                            .doesNotContain(SECRET)
                            .doesNotContain("pi_2")
                            .doesNotContain("1999"));
        }
        mock.assertIsSatisfied();
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String reason) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.body()).contains(reason);
    }

    @Test
    void rotatedSecretsAndBothTimestampUnitsAreAccepted() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(3);
        String a = event("evt_3a", "payment_intent.succeeded", paymentIntent("pi_3", "succeeded"));
        String b = event("evt_3b", "payment_intent.succeeded", paymentIntent("pi_3", "succeeded"));
        String c = event("evt_3c", "payment_intent.succeeded", paymentIntent("pi_3", "succeeded"));
        long seconds = Instant.now().getEpochSecond();
        assertThat(deliver(
                                "/wooshpay/webhook",
                                a,
                                WebhookSignatureVerifier.sign(
                                        "whsec_retired_0000000000", seconds, a.getBytes(StandardCharsets.UTF_8)))
                        .statusCode())
                .isEqualTo(200);
        long millis = System.currentTimeMillis();
        String msSigned = WebhookSignatureVerifier.sign(SECRET, millis, b.getBytes(StandardCharsets.UTF_8));
        assertThat(msSigned).startsWith("t=" + millis);
        assertThat(deliver("/wooshpay/webhook", b, msSigned).statusCode()).isEqualTo(200);
        // several v1 values and unknown keys: any match is enough
        String several = "t=" + seconds + ",v0=ignored,v1=" + "0".repeat(64) + ","
                + WebhookSignatureVerifier.sign(SECRET, seconds, c.getBytes(StandardCharsets.UTF_8))
                        .split(",")[1];
        assertThat(deliver("/wooshpay/webhook", c, several).statusCode()).isEqualTo(200);
        mock.assertIsSatisfied();
    }

    @Test
    void otherEventTypesAreAcknowledgedButNotRouted() throws Exception {
        MockEndpoint paid = getMockEndpoint("mock:paid");
        paid.expectedMessageCount(1);
        String created = event("evt_4a", "payment_intent.created", paymentIntent("pi_4", "requires_action"));
        String succeeded = event("evt_4b", "payment_intent.succeeded", paymentIntent("pi_4", "succeeded"));
        assertThat(deliver("/paid", created, signed(created)).body()).contains("\"routed\":false");
        assertThat(deliver("/paid", succeeded, signed(succeeded)).statusCode()).isEqualTo(200);
        paid.assertIsSatisfied();
        assertThat(paid.getExchanges().get(0).getMessage().getHeader(WooshPayConstants.EVENT_ID))
                .isEqualTo("evt_4b");
    }

    @Test
    void aFailingRouteAnswers500AndTheRedeliveryIsProcessedOnce() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);
        failuresLeft.set(1);
        String body = event(
                "evt_5",
                "charge.refund.updated",
                "{'id':'re_5','object':'refund','status':'succeeded'}".replace('\'', '"'));
        assertThat(deliver("/wooshpay/webhook", body, signed(body)).statusCode())
                .isEqualTo(500);
        assertThat(deliver("/wooshpay/webhook", body, signed(body)).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = deliver("/wooshpay/webhook", body, signed(body));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"duplicate\":true");
        mock.assertIsSatisfied();
    }

    @Test
    void fiftyConcurrentDeliveriesOfOneEventAreRoutedOnceAndNoneIsAcknowledgedBeforeTheRoute() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:slow");
        mock.expectedMessageCount(1);
        String body = event("evt_6", "payment_intent.succeeded", paymentIntent("pi_6", "succeeded"));
        String signature = signed(body);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> codes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return deliver("/slow", body, signature).statusCode();
                }));
            }
            start.countDown();
            // one delivery runs the route and is answered 200 when it completes; the others arrive while it runs and
            // are answered 409 (in progress: WooshPay delivers them again), never 200 before the route completed
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> code : codes) {
                answers.add(code.get());
            }
            assertThat(answers).containsOnly(200, 409).contains(200, 409);
            HttpResponse<String> later = deliver("/slow", body, signature);
            assertThat(later.statusCode()).isEqualTo(200);
            assertThat(later.body()).contains("\"duplicate\":true");
        } finally {
            pool.shutdownNow();
        }
        mock.assertIsSatisfied();
        assertThat(slowRuns.get()).isEqualTo(1);
    }

    @Test
    void anUnavailableRepositoryAnswers503AndRoutesNothing() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:broken");
        mock.expectedMessageCount(0);
        String body = event("evt_7", "payment_intent.succeeded", paymentIntent("pi_7", "succeeded"));
        assertThat(deliver("/broken-store", body, signed(body)).statusCode()).isEqualTo(503);
        mock.assertIsSatisfied();
        assertThat(heard)
                .as("the consumer's exceptionHandler hears of it")
                .singleElement()
                .asString()
                .contains("Could not claim WooshPay event evt_7");
    }

    @Test
    void withBridgeErrorHandlerTheRoutesErrorHandlerHearsOfAnUnavailableRepository() throws Exception {
        MockEndpoint bridged = getMockEndpoint("mock:bridged");
        bridged.expectedMessageCount(1);
        getMockEndpoint("mock:broken").expectedMessageCount(0);
        String body = event("evt_8", "payment_intent.succeeded", paymentIntent("pi_8", "succeeded"));
        assertThat(deliver("/broken-bridged", body, signed(body)).statusCode())
                .as("still not acknowledged")
                .isEqualTo(503);
        bridged.assertIsSatisfied();
        assertThat(bridged.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isNotNull();
        getMockEndpoint("mock:broken").assertIsSatisfied();
    }

    @Test
    void aSignatureInTheQueryStringIsRefusedEvenWhenValid() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(0);
        String body = event("evt_q", "payment_intent.succeeded", paymentIntent("pi_q", "succeeded"));
        String signature = URLEncoder.encode(signed(body), StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/wooshpay/webhook?Wooshpay-Signature=" + signature)))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertRefused(answer, 400, "not the query string");
        mock.assertIsSatisfied();
    }

    @Test
    void onlyPostIsServed() throws Exception {
        HttpResponse<String> get = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/wooshpay/webhook")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isIn(404, 405);
    }
}
