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
package com.wooshpay.camel.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A retry storm gives one WARN an interval, and each one counts the retries that went by without one. */
class RetryWarningsTest {

    @Test
    void theFirstRetryWarnsThenOneAnIntervalWithTheCountOfTheOthers() {
        AtomicLong now = new AtomicLong(1_000);
        RetryWarnings warnings = new RetryWarnings(Duration.ofNanos(100), now::get);
        List<Long> claims = new ArrayList<>();
        claims.add(warnings.claim()); // the first: a WARN with nothing before it
        for (int i = 0; i < 5; i++) {
            now.addAndGet(10);
            claims.add(warnings.claim()); // inside the interval: DEBUG only
        }
        now.addAndGet(50); // 100 ns after the first WARN
        claims.add(warnings.claim());
        assertThat(claims).containsExactly(0L, -1L, -1L, -1L, -1L, -1L, 5L);
        now.addAndGet(1_000); // a quiet spell: the next retry warns at once, with nothing to count
        assertThat(warnings.claim()).isZero();
    }

    @Test
    void manyThreadsAtOnceGetOneWarnAndLoseNoCount() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        RetryWarnings warnings = new RetryWarnings(Duration.ofSeconds(10), now::get);
        LongAdder warned = new LongAdder();
        LongAdder counted = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 10_000; i++) {
                    long claim = warnings.claim();
                    if (claim >= 0) {
                        warned.increment();
                        counted.add(claim);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(warned.sum()).as("WARNs within one interval").isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(warnings.claim())
                .as("the retries of the interval, counted by the next WARN")
                .isEqualTo(79_999);
    }
}
