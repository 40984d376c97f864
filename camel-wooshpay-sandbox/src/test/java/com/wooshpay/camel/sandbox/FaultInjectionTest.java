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

import java.io.UncheckedIOException;

import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults configured in Java or over the admin API: 500, 429 with Retry-After, latency, reset after commit. */
class FaultInjectionTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    @AfterEach
    void clearFaults() {
        sandbox.get().faults().clear();
    }

    private Http api() {
        return new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
    }

    @Test
    void serverErrorsAndRateLimitsHaveNoEffect() {
        Http api = api();
        sandbox.get()
                .faults()
                .set(java.util.List.of(
                        FaultRule.forPath("/v1/payment_intents").method("POST").error500(1.0)));
        Http.Answer failed = api.post("/v1/payment_intents", "{'amount':100,'currency':'HKD'}");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().at("/error/type").asText()).isEqualTo("api_error");
        assertThat(api.get("/v1/payment_intents").status()).isEqualTo(200); // GET not matched by the rule

        sandbox.get().faults().set(java.util.List.of(FaultRule.forPath("/v1/").error429(1.0, 2)));
        Http.Answer limited = api.post("/v1/payment_intents", "{'amount':100,'currency':'HKD'}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        sandbox.get().faults().clear();
        assertThat(api.get("/v1/payment_intents").json().get("data")).isEmpty();
    }

    @Test
    void resetAfterCommitKeepsTheEffectAndTheKeyReplaysIt() {
        Http api = api();
        sandbox.get()
                .faults()
                .set(java.util.List.of(FaultRule.forPath("/v1/payment_intents").resetAfterCommit(1.0)));
        assertThatThrownBy(() -> api.post("/v1/payment_intents", "{'amount':100,'currency':'HKD'}", "order-1"))
                .isInstanceOf(UncheckedIOException.class);
        sandbox.get().faults().clear();
        Http.Answer retried = api.post("/v1/payment_intents", "{'amount':100,'currency':'HKD'}", "order-1");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.get("/v1/payment_intents").json().get("data")).hasSize(1);
    }

    @Test
    void latencyAndTheAdminApi() {
        Http api = api();
        Http.Answer set = api.send(api.builder("/_sandbox/faults")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Http.json("[{'path':'/v1/refunds','latencyMinMillis':300,'latencyMaxMillis':300}]"))));
        assertThat(set.status()).isEqualTo(200);
        assertThat(sandbox.get().faults().rules()).hasSize(1);
        long start = System.nanoTime();
        assertThat(api.get("/v1/refunds").status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);

        Http.Answer bad = api.send(api.builder("/_sandbox/faults")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[{\"path\":\"/v1\",\"error500\":2}]")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.delete("/_sandbox/faults").status()).isEqualTo(200);
        assertThat(sandbox.get().faults().rules()).isEmpty();
    }

    @Test
    void sharesAreRoughlyRespected() {
        Http api = api();
        sandbox.get()
                .faults()
                .set(java.util.List.of(FaultRule.forPath("/v1/refunds").error500(0.5)));
        int failures = 0;
        for (int i = 0; i < 400; i++) {
            if (api.get("/v1/refunds").status() == 500) {
                failures++;
            }
        }
        // binomial(400, 0.5): 200 ± 30 covers well beyond 3 standard deviations (10 each)
        assertThat(failures).isBetween(150, 250);
    }
}
