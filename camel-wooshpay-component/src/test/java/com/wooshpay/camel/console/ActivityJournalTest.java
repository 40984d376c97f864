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
package com.wooshpay.camel.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.wooshpay.camel.client.WooshPayOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal keeps the newest entries, newest first, when many threads write at once. */
class ActivityJournalTest {

    @Test
    void keepsTheNewestCallsNewestFirst() {
        ActivityJournal journal = new ActivityJournal(Clock.systemUTC(), 5);
        for (int i = 1; i <= 12; i++) {
            journal.completed(WooshPayOperation.PAYMENT_INTENT_CREATE, 200, i, 1_000_000L * i);
        }
        assertThat(journal.recentCalls())
                .extracting(ActivityJournal.Call::attempts)
                .containsExactly(12, 11, 10, 9, 8);
        assertThat(journal.recentCalls().get(0).operation()).isEqualTo("paymentIntent/create");
        assertThat(journal.recentCalls().get(0).millis()).isEqualTo(12);
        journal.forAccount("hk").completed(WooshPayOperation.REFUND_CREATE, 500, 3, 0);
        assertThat(journal.recentCalls().get(0).account()).isEqualTo("hk");
        assertThat(journal.recentCalls().get(1).account()).isEqualTo("default");
    }

    @Test
    void manyWritersLoseNothingButWhatTheRingDrops() throws Exception {
        ActivityJournal journal = new ActivityJournal(Clock.systemUTC(), ActivityJournal.SIZE);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    journal.completed(WooshPayOperation.PAYMENT_INTENT_CREATE, 200, 1, 0);
                    journal.delivery("/wooshpay/webhook", "routed");
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        assertThat(journal.recentCalls()).hasSize(ActivityJournal.SIZE);
        assertThat(journal.recentDeliveries()).hasSize(ActivityJournal.SIZE);
    }
}
