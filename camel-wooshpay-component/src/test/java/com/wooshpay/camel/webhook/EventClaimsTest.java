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

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.wooshpay.camel.events.MemoryClaimRepository;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim states on one instance: a delivery that arrives while the event is routed is answered 409 (never 200);
 * a route that fails after the sender gave up loses nothing; a route that hangs past the lease is taken over.
 */
class EventClaimsTest extends WebhookTestSupport {

    private final AtomicInteger slowRuns = new AtomicInteger();
    private final AtomicInteger slowCompleted = new AtomicInteger();
    private final AtomicInteger hungRuns = new AtomicInteger();
    private final CountDownLatch hung = new CountDownLatch(1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // slow, and failing the first time: the ERP's database timed out
                from("wooshpay:webhook?webhookPath=/slow-then-fail&webhookSecret=RAW(" + SECRET + ")")
                        .process(e -> {
                            int run = slowRuns.incrementAndGet();
                            Thread.sleep(800);
                            if (run == 1) {
                                throw new IllegalStateException("orders table timed out");
                            }
                            slowCompleted.incrementAndGet();
                        });
                // the first run hangs until the test ends; the lease is short
                from("wooshpay:webhook?webhookPath=/hung&claimLease=300&webhookSecret=RAW(" + SECRET + ")")
                        .process(e -> {
                            if (hungRuns.incrementAndGet() == 1) {
                                hung.await(20, TimeUnit.SECONDS);
                            }
                        });
            }
        };
    }

    @Test
    void aRouteThatFailsAfterTheSenderGaveUpLosesNothing() throws Exception {
        String body = event("evt_slow_1", "payment_intent.succeeded", paymentIntent("pi_s1", "succeeded"));
        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> send("/slow-then-fail", body));
        Thread.sleep(200);
        // WooshPay timed out on the first delivery and delivers again while the route still runs
        List<Integer> whileRunning = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            whileRunning.add(send("/slow-then-fail", body).statusCode());
        }
        assertThat(whileRunning).containsOnly(409);
        assertThat(first.get().statusCode()).isEqualTo(500);
        // the failed route released its claim: the next delivery routes the event, and it completes
        HttpResponse<String> next = send("/slow-then-fail", body);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).doesNotContain("duplicate");
        HttpResponse<String> after = send("/slow-then-fail", body);
        assertThat(after.body()).contains("\"duplicate\":true");
        assertThat(slowRuns.get()).isEqualTo(2);
        assertThat(slowCompleted.get()).isEqualTo(1);
    }

    @Test
    void aClaimWhoseRouteHungExpiresAfterTheLease() throws Exception {
        String body = event("evt_hung_1", "payment_intent.succeeded", paymentIntent("pi_h1", "succeeded"));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> send("/hung", body));
        Thread.sleep(100);
        assertThat(send("/hung", body).statusCode())
                .as("claimed, lease not over")
                .isEqualTo(409);
        Thread.sleep(400);
        HttpResponse<String> takenOver = send("/hung", body);
        assertThat(takenOver.statusCode()).as("the lease passed: routed again").isEqualTo(200);
        assertThat(hungRuns.get()).isEqualTo(2);
        hung.countDown();
        assertThat(first.get().statusCode()).isEqualTo(200);
        assertThat(send("/hung", body).body()).contains("\"duplicate\":true");
    }

    @Test
    void memoryClaimsHoldForTheLeaseAndAreReleasedOnRemove() {
        AtomicLong now = new AtomicLong(1_000);
        MemoryClaimRepository claims = new MemoryClaimRepository(100, now::get);
        assertThat(claims.add("evt_1")).isTrue();
        assertThat(claims.add("evt_1")).isFalse();
        assertThat(claims.contains("evt_1")).isTrue();
        now.addAndGet(99);
        assertThat(claims.add("evt_1")).as("lease not over").isFalse();
        now.addAndGet(1);
        assertThat(claims.contains("evt_1")).isFalse();
        assertThat(claims.add("evt_1")).as("lease over: taken over").isTrue();
        assertThat(claims.add("evt_1")).isFalse();
        assertThat(claims.remove("evt_1")).isTrue();
        assertThat(claims.add("evt_1")).as("released").isTrue();
    }

    private HttpResponse<String> send(String path, String body) {
        try {
            return deliver(path, body, signed(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
