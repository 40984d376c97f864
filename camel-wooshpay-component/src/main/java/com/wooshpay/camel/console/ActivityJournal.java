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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.metrics.WooshPayMetrics;

/**
 * The last calls and webhook deliveries of one component, newest first, for the {@code wooshpay} dev console: what an
 * operator asks first ("did that payment go out, what did WooshPay answer, did the webhook arrive"). Bounded, in
 * memory, and holding no secret and no body: an operation, a status, a path, an outcome. Told by the client's I/O
 * threads, so recording is a short lock on a small ring.
 */
public final class ActivityJournal implements WooshPayMetrics {

    /** How many calls, and how many deliveries, are kept. */
    public static final int SIZE = 50;

    /** One API call after all its attempts: status 0 when no answer came. */
    public record Call(Instant at, String account, String operation, int status, int attempts, long millis) {}

    /** One webhook delivery and the answer it got ({@code routed}, {@code duplicate}, {@code bad_signature}, ...). */
    public record Delivery(Instant at, String path, String outcome) {}

    private final Clock clock;
    private final int size;
    private final ArrayDeque<Call> calls;
    private final ArrayDeque<Delivery> deliveries;
    private final String account;

    public ActivityJournal(Clock clock, int size) {
        this(clock, size, new ArrayDeque<>(size), new ArrayDeque<>(size), "default");
    }

    private ActivityJournal(
            Clock clock, int size, ArrayDeque<Call> calls, ArrayDeque<Delivery> deliveries, String account) {
        this.clock = clock;
        this.size = size;
        this.calls = calls;
        this.deliveries = deliveries;
        this.account = account;
    }

    /** The same journal, its calls marked with the account they were made with. */
    @Override
    public WooshPayMetrics forAccount(String name) {
        String tag = name == null ? "default" : name;
        return tag.equals(account) ? this : new ActivityJournal(clock, size, calls, deliveries, tag);
    }

    @Override
    public void completed(WooshPayOperation operation, int status, int attempts, long nanos) {
        add(calls, new Call(clock.instant(), account, operation.toString(), status, attempts, nanos / 1_000_000));
    }

    @Override
    public void delivery(String path, String outcome) {
        add(deliveries, new Delivery(clock.instant(), path, outcome));
    }

    /** The kept calls, newest first. */
    public List<Call> recentCalls() {
        return snapshot(calls);
    }

    /** The kept deliveries, newest first. */
    public List<Delivery> recentDeliveries() {
        return snapshot(deliveries);
    }

    private <T> void add(ArrayDeque<T> ring, T entry) {
        synchronized (ring) {
            if (ring.size() == size) {
                ring.removeLast();
            }
            ring.addFirst(entry);
        }
    }

    private static <T> List<T> snapshot(ArrayDeque<T> ring) {
        synchronized (ring) {
            return new ArrayList<>(ring);
        }
    }
}
