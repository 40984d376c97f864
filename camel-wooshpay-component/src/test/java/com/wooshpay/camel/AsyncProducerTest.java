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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer is asynchronous: 300 calls sent from one thread against a sandbox answering in 400 ms return at once and
 * hold no thread each while in flight (a blocking producer would hold the sender 400 ms per call), retries
 * after 429 + Retry-After wait on a timer with no thread asleep, and routes continue on the component's response pool,
 * not on the HTTP client's I/O threads.
 */
class AsyncProducerTest extends CamelTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Set<String> continuedOn = ConcurrentHashMap.newKeySet();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.wooshpayOn(context, sandbox.get().baseUrl(), "sk_test_async_" + System.nanoTime())
                .setMaxConnections(400);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay")
                        .to("wooshpay:paymentIntent/create?maxRetries=3&retryInitialDelay=100")
                        .process(e -> continuedOn.add(Thread.currentThread().getName()));
                from("direct:payPatiently").to("wooshpay:paymentIntent/create?maxRetries=12&retryInitialDelay=100");
            }
        };
    }

    @AfterEach
    void clearFaults() {
        sandbox.get().faults().clear();
    }

    @Test
    void threeHundredCallsInFlightHoldNoThreadEach() throws Exception {
        sandbox.get()
                .faults()
                .set(List.of(
                        FaultRule.forPath("/v1/payment_intents").method("POST").latency(400, 400)));
        AsyncProducer producer =
                context.getEndpoint("wooshpay:paymentIntent/create").createAsyncProducer();
        producer.start();
        int before = threads.getThreadCount();
        CountDownLatch answered = new CountDownLatch(300);
        List<Exchange> exchanges = new ArrayList<>();
        int completedOnTheCallersThread = 0;
        // one thread sends all 300: a blocking producer would hold it 400 ms per call
        for (int i = 0; i < 300; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Map.of("amount", 100 + i, "currency", "HKD"));
            exchanges.add(exchange);
            if (producer.process(exchange, doneSync -> answered.countDown())) {
                completedOnTheCallersThread++;
            }
        }
        int during = threads.getThreadCount();
        assertThat(completedOnTheCallersThread).isZero();
        assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
        for (Exchange exchange : exchanges) {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(PaymentIntent.class).getId())
                    .startsWith("pi_");
        }
        // the producer adds its I/O, timer and response threads, not one per call
        assertThat(during - before)
                .as("threads added while 300 calls were in flight")
                .isLessThan(20);
        producer.stop();

        // and a route continues on the component's response pool, never on an HTTP I/O thread
        sandbox.get().faults().clear();
        for (int i = 0; i < 50; i++) {
            template.asyncSend("direct:pay", e -> e.getMessage().setBody(Map.of("amount", 1000, "currency", "HKD")))
                    .get(30, TimeUnit.SECONDS);
        }
        assertThat(continuedOn).isNotEmpty().allMatch(name -> name.contains("WooshPayResponse"));
    }

    @Test
    void retriesWaitOnATimerWithNoThreadAsleep() throws Exception {
        // 30% of the attempts are answered 429 with Retry-After: 1 (about 30 calls wait at any time; with 13 attempts
        // a call fails them all with a chance of 0.3^13, 2e-7; at 0.5 it is 0.5^13, about 1.2% per run of 100 calls,
        // computed, and one fresh-clone run did fail that way)
        sandbox.get()
                .faults()
                .set(List.of(
                        FaultRule.forPath("/v1/payment_intents").method("POST").error429(0.3, 1)));
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            calls.add(template.asyncSend(
                    "direct:payPatiently", e -> e.getMessage().setBody(Map.of("amount", 200 + n, "currency", "HKD"))));
        }
        Thread.sleep(500); // inside the one-second Retry-After of the calls answered 429
        long asleep = Arrays.stream(threads.dumpAllThreads(false, false))
                .filter(AsyncProducerTest::sleepsInTheConnector)
                .count();
        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(asleep)
                .as("threads asleep inside the connector during Retry-After")
                .isZero();
        assertThat(sandbox.get().faults().rules()).isNotEmpty();
        // the two endpoints (two clients) schedule their retries on the component's one timer thread
        List<String> timers = Arrays.stream(threads.dumpAllThreads(false, false))
                .map(ThreadInfo::getThreadName)
                .filter(name -> name.contains("WooshPayRetry") || name.contains("wooshpay-retry-timer"))
                .toList();
        assertThat(timers).hasSize(1).allMatch(name -> name.contains("WooshPayRetry"));
    }

    private static boolean sleepsInTheConnector(ThreadInfo thread) {
        return (thread.getThreadState() == Thread.State.TIMED_WAITING
                        || thread.getThreadState() == Thread.State.WAITING)
                && Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().startsWith("com.wooshpay.camel.client")
                                || frame.getClassName().startsWith("com.wooshpay.camel.producer"));
    }
}
