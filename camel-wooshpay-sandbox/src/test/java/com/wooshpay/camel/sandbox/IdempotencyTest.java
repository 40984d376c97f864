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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Same key and body: the first answer again, nothing new created. Other body: 409. Keys live 24 hours. */
class IdempotencyTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private static final String BODY = "{'amount':1000,'currency':'HKD','merchant_order_id':'SO-77'}";

    @Test
    void replayConflictAndExpiry() {
        String key = "sk_test_idem_" + System.nanoTime();
        Http api = new Http(sandbox.get().baseUrl(), key);
        Http.Answer first = api.post("/v1/payment_intents", BODY, "SO-77");
        Http.Answer again = api.post(
                "/v1/payment_intents", "{'currency':'HKD','merchant_order_id':'SO-77','amount':1000}", "SO-77");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sandbox.get().count(key, "payment_intent")).isEqualTo(1);

        Http.Answer conflict = api.post("/v1/payment_intents", BODY.replace("1000", "2000"), "SO-77");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().at("/error/type").asText()).isEqualTo("idempotency_error");
        Http.Answer otherEndpoint = api.post("/v1/refunds", "{'payment_intent':'pi_1'}", "SO-77");
        assertThat(otherEndpoint.status()).isEqualTo(409);

        // an error answer is replayed too
        Http.Answer invalid = api.post("/v1/payment_intents", "{'currency':'HKD'}", "bad-1");
        assertThat(api.post("/v1/payment_intents", "{'currency':'HKD'}", "bad-1")
                        .json())
                .isEqualTo(invalid.json());

        sandbox.get().clock().advance(Duration.ofHours(25));
        try {
            Http.Answer later = api.post("/v1/payment_intents", BODY.replace("1000", "2000"), "SO-77");
            assertThat(later.status()).isEqualTo(200);
            assertThat(sandbox.get().count(key, "payment_intent")).isEqualTo(2);
        } finally {
            sandbox.get().clock().advance(Duration.ofHours(-25));
        }
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneObject() throws Exception {
        String key = "sk_test_idem_" + System.nanoTime();
        Http api = new Http(sandbox.get().baseUrl(), key);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(pool.submit(() -> api.post("/v1/payment_intents", BODY, "same-key")
                        .json()
                        .get("id")
                        .asText()));
            }
            Set<String> distinct = new java.util.HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get());
            }
            assertThat(distinct).hasSize(1);
            assertThat(sandbox.get().count(key, "payment_intent")).isEqualTo(1);
            assertThat(api.get("/v1/events?type=payment_intent.created").json().get("data"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
