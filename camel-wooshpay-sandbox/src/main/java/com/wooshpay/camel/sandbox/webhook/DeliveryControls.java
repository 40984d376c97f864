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
package com.wooshpay.camel.sandbox.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How the sandbox misbehaves as a webhook sender, on request: for a window of time it drops a share of deliveries
 * (sent never, retried never: only the events list recovers them), refuses a share (the attempt fails as an
 * unreachable endpoint would, and is retried on the schedule), delivers a share twice, and holds deliveries back
 * by a random delay so they arrive out of order. A limit on attempts applies outside the window too.
 */
public final class DeliveryControls {

    static final String DROPPED = "dropped by the sandbox's delivery controls";

    /**
     * The misbehaviour asked for. Shares are between 0 and 1; {@code untilMillis} 0 means no end; {@code maxAttempts}
     * 0 means the retry schedule decides.
     */
    public record Policy(
            double drop, double refuse, double duplicate, long maxDelayMillis, long untilMillis, int maxAttempts) {

        public static final Policy NONE = new Policy(0, 0, 0, 0, 0, 0);

        public Policy {
            share("drop", drop);
            share("refuse", refuse);
            share("duplicate", duplicate);
            if (drop + refuse > 1) {
                throw new IllegalArgumentException("drop + refuse must not exceed 1");
            }
            if (maxDelayMillis < 0 || maxDelayMillis > 600_000) {
                throw new IllegalArgumentException("max_delay_ms must be between 0 and 600000");
            }
            if (maxAttempts < 0) {
                throw new IllegalArgumentException("max_attempts must not be negative");
            }
        }

        private static void share(String name, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be a share between 0 and 1");
            }
        }
    }

    /** What happens to one attempt. */
    public enum Fate {
        SEND,
        DROP,
        REFUSE
    }

    /** Whether the attempt is one the controls dropped (lost for good, not retried). */
    public static boolean isDrop(DeliveryAttempt attempt) {
        return DROPPED.equals(attempt.error());
    }

    private final LongSupplier clock;
    private final SplittableRandom random;
    private volatile Policy policy = Policy.NONE;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();

    public DeliveryControls(LongSupplier clock, long seed) {
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    public Policy policy() {
        return policy;
    }

    public void set(Policy policy) {
        this.policy = policy;
    }

    public void clear() {
        this.policy = Policy.NONE;
    }

    /** Decides one attempt's fate, and counts it. */
    public Fate fate() {
        Policy p = policy;
        if (!inWindow(p)) {
            return Fate.SEND;
        }
        double roll = next();
        if (roll < p.drop()) {
            dropped.incrementAndGet();
            return Fate.DROP;
        }
        if (roll < p.drop() + p.refuse()) {
            refused.incrementAndGet();
            return Fate.REFUSE;
        }
        return Fate.SEND;
    }

    /** Whether this attempt goes out a second time. */
    public boolean twice() {
        Policy p = policy;
        if (inWindow(p) && p.duplicate() > 0 && next() < p.duplicate()) {
            duplicated.incrementAndGet();
            return true;
        }
        return false;
    }

    /** How long to hold this attempt back (0: send now). */
    public long delayMillis() {
        Policy p = policy;
        if (!inWindow(p) || p.maxDelayMillis() == 0) {
            return 0;
        }
        delayed.incrementAndGet();
        return (long) (next() * p.maxDelayMillis());
    }

    /** The attempts allowed in all, given the retry schedule's. */
    public int maxAttempts(int scheduled) {
        int limit = policy.maxAttempts();
        return limit == 0 ? scheduled : Math.min(limit, scheduled);
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("dropped", dropped.get());
        counts.put("refused", refused.get());
        counts.put("duplicated", duplicated.get());
        counts.put("delayed", delayed.get());
        return counts;
    }

    private boolean inWindow(Policy p) {
        return p != Policy.NONE && (p.untilMillis() == 0 || clock.getAsLong() < p.untilMillis());
    }

    private synchronized double next() {
        return random.nextDouble();
    }
}
