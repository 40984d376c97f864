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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides which retries are worth a WARN: the first, then at most one an interval, each saying how many retries went by
 * without one. Under a rate limit a WARN per retried call would be thousands of lines a second; the retry counter
 * ({@code wooshpay.client.retries}) and DEBUG still see every one. Lock-free: called from the I/O threads.
 */
final class RetryWarnings {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong nextWarnAt;
    private final AtomicLong unwarned = new AtomicLong();

    RetryWarnings(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.nextWarnAt = new AtomicLong(nanoTime.getAsLong());
    }

    /**
     * For one retry: -1 when it goes to DEBUG only, else the number of retries since the last WARN that had none (0 for
     * the first).
     */
    long claim() {
        long now = nanoTime.getAsLong();
        long due = nextWarnAt.get();
        if (now - due >= 0 && nextWarnAt.compareAndSet(due, now + intervalNanos)) {
            return unwarned.getAndSet(0);
        }
        unwarned.incrementAndGet();
        return -1;
    }
}
