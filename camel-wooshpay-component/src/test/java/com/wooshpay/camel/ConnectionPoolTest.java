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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.client.ApiResponse;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayConnectionException;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-pressure is bounded and said: with every connection busy a call waits up to connectTimeout for one, then fails
 * with an exception that names maxConnections (never an unbounded queue), and the first time calls outnumber
 * connections a WARN says so, once.
 */
class ConnectionPoolTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    @AfterEach
    void clearFaults() {
        sandbox.get().faults().clear();
    }

    private WooshPayClient client(int connections, Duration connectTimeout) {
        return new WooshPayClient(WooshPayClientConfig.builder()
                .apiKey("sk_test_pool_" + System.nanoTime())
                .baseUrl(sandbox.get().baseUrl())
                .maxConnections(connections)
                .connectTimeout(connectTimeout)
                .maxRetries(0)
                .build());
    }

    @Test
    void aCallThatFindsNoFreeConnectionFailsAfterConnectTimeoutNamingTheLimit() throws Exception {
        sandbox.get()
                .faults()
                .set(List.of(
                        FaultRule.forPath("/v1/payment_intents").method("POST").latency(1500, 1500)));
        try (WooshPayClient client = client(1, Duration.ofMillis(300))) {
            CompletableFuture<ApiResponse> first = create(client);
            Thread.sleep(100); // the first call holds the only connection for 1.5 s
            CompletableFuture<ApiResponse> second = create(client);
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
            assertThat(refused.getCause())
                    .isInstanceOf(WooshPayConnectionException.class)
                    .hasMessageContaining("maxConnections")
                    .hasMessageContaining("1");
            assertThat(first.get(10, TimeUnit.SECONDS).httpStatus()).isEqualTo(200);
        }
    }

    @Test
    void callsOutnumberingConnectionsAreSaidOnce() throws Exception {
        sandbox.get()
                .faults()
                .set(List.of(
                        FaultRule.forPath("/v1/payment_intents").method("POST").latency(300, 300)));
        try (LogCapture logs = new LogCapture("com.wooshpay");
                WooshPayClient client = client(2, Duration.ofSeconds(10))) {
            List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(create(client));
            }
            for (CompletableFuture<ApiResponse> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS).httpStatus()).isEqualTo(200); // they waited their turn
            }
            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("more than maxConnections (2)"))
                    .hasSize(1);
        }
    }

    private static CompletableFuture<ApiResponse> create(WooshPayClient client) {
        return client.executeAsync(
                WooshPayOperation.PAYMENT_INTENT_CREATE, null, Map.of("amount", 100, "currency", "HKD"), null);
    }
}
