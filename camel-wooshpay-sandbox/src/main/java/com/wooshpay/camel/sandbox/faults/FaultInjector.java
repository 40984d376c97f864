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
package com.wooshpay.camel.sandbox.faults;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Decides, per request, which fault (if any) the sandbox plays. Rules can be replaced while the sandbox runs. */
public final class FaultInjector {

    public enum Action {
        NONE,
        ERROR_500,
        ERROR_429,
        RESET_AFTER_COMMIT
    }

    /** What to do with one request. */
    public record Decision(long latencyMillis, Action action, int retryAfterSeconds) {
        static final Decision NONE = new Decision(0, Action.NONE, 0);
    }

    private final Random random;
    private volatile List<FaultRule> rules = List.of();
    private final AtomicLong injected = new AtomicLong();

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    /** Replaces the rules; the longest matching path wins. */
    public void set(List<FaultRule> newRules) {
        rules = newRules.stream()
                .sorted(Comparator.comparingInt((FaultRule r) -> r.path().length())
                        .reversed())
                .toList();
    }

    public void clear() {
        rules = List.of();
    }

    public List<FaultRule> rules() {
        return rules;
    }

    /** How many faults (500, 429, reset) were played so far. */
    public long injected() {
        return injected.get();
    }

    public Decision decide(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.applies(method, path)) {
                return decide(rule);
            }
        }
        return Decision.NONE;
    }

    private Decision decide(FaultRule rule) {
        long latency = rule.latencyMaxMillis() == 0
                ? 0
                : rule.latencyMinMillis()
                        + (long) (random.nextDouble() * (rule.latencyMaxMillis() - rule.latencyMinMillis()));
        double roll = random.nextDouble();
        Action action;
        if (roll < rule.error500()) {
            action = Action.ERROR_500;
        } else if (roll < rule.error500() + rule.error429()) {
            action = Action.ERROR_429;
        } else if (roll < rule.error500() + rule.error429() + rule.resetAfterCommit()) {
            action = Action.RESET_AFTER_COMMIT;
        } else {
            action = Action.NONE;
        }
        if (action != Action.NONE) {
            injected.incrementAndGet();
        }
        return new Decision(latency, action, rule.retryAfterSeconds());
    }
}
