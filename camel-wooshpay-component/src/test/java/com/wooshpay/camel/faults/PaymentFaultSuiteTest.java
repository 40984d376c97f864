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
package com.wooshpay.camel.faults;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.sandbox.WooshPaySandbox;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 orders through a route while the sandbox resets 20% of the connections after committing the payment, answers
 * 10% with 500 and 5% with 429 (Retry-After: 1) and adds latency: every order ends with exactly one payment intent,
 * and the orders whose exchange failed are sent again with the same order numbers without creating a second one.
 * Counts are asserted, never timings.
 */
class PaymentFaultSuiteTest extends CamelTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox =
            new WooshPaySandboxExtension(WooshPaySandbox.builder().faultSeed(20261126L));

    private static final int ORDERS = 2000;
    private final String apiKey = "sk_test_faults_" + System.nanoTime();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.wooshpayOn(context, sandbox.get().baseUrl(), apiKey).setRetryMaxDelay(50);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:order")
                        .setHeader(WooshPayConstants.IDEMPOTENCY_KEY, simple("${body[merchant_order_id]}"))
                        .to("wooshpay:paymentIntent/create?maxRetries=3&currency=HKD");
            }
        };
    }

    @Test
    void everyOrderIsChargedExactlyOnceUnderFaults() throws Exception {
        sandbox.get()
                .faults()
                .set(List.of(FaultRule.forPath("/v1/payment_intents")
                        .method("POST")
                        .resetAfterCommit(0.20)
                        .error500(0.10)
                        .error429(0.05, 1)
                        .latency(0, 15)));
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> paid = new ConcurrentLinkedQueue<>();
        sendAll(orderNumbers(ORDERS), paid, failed);
        long injected = sandbox.get().faults().injected();

        // every exchange ended one way or the other, and a failure says why, in WooshPay's terms
        assertThat(paid.size() + failed.size()).isEqualTo(ORDERS);
        assertThat(injected).as("faults injected").isGreaterThan(ORDERS / 4);
        System.out.printf(
                "fault suite: %d orders, %d faults injected, %d exchanges failed after 3 retries%n",
                ORDERS, injected, failed.size());

        // the ERP sends the failed orders again, with the same order numbers, once WooshPay is healthy
        sandbox.get().faults().clear();
        List<String> again = new ArrayList<>(failed);
        failed.clear();
        sendAll(again, paid, failed);
        assertThat(failed).isEmpty();

        // exactly one payment intent per order, none duplicated
        List<String> orderIds = new ArrayList<>();
        try (WooshPayClient client = new WooshPayClient(WooshPayClientConfig.builder()
                .apiKey(apiKey)
                .baseUrl(sandbox.get().baseUrl())
                .build())) {
            for (Iterator<PaymentIntent> it =
                            client.paginate(WooshPayOperation.PAYMENT_INTENT_LIST, null, Map.of("limit", 100));
                    it.hasNext(); ) {
                orderIds.add(it.next().getMerchantOrderId());
            }
        }
        assertThat(orderIds).hasSize(ORDERS);
        assertThat(new HashSet<>(orderIds)).hasSize(ORDERS).containsExactlyInAnyOrderElementsOf(orderNumbers(ORDERS));
        assertThat(sandbox.get().count(apiKey, "payment_intent")).isEqualTo(ORDERS);
        // each order's exchanges all saw the same intent
        Set<String> distinctPaid = new HashSet<>(paid);
        assertThat(distinctPaid).hasSize(ORDERS);
    }

    private void sendAll(List<String> orders, ConcurrentLinkedQueue<String> paid, ConcurrentLinkedQueue<String> failed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (String order : orders) {
                sent.add(pool.submit(() -> {
                    Exchange out = template.request(
                            "direct:order",
                            e -> e.getMessage().setBody(Map.of("amount", 1000, "merchant_order_id", order)));
                    if (out.getException() == null) {
                        paid.add(order + "="
                                + out.getMessage().getBody(PaymentIntent.class).getId());
                    } else {
                        assertThat(out.getException()).isInstanceOf(WooshPayApiException.class);
                        assertThat(((WooshPayApiException) out.getException()).isRetryable())
                                .isTrue();
                        assertThat(out.getException().getMessage()).startsWith("WooshPay");
                        failed.add(order);
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> orderNumbers(int n) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            orders.add("SO-" + (100_000 + i));
        }
        return orders;
    }
}
