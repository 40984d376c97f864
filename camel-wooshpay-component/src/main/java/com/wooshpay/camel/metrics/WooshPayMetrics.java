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
package com.wooshpay.camel.metrics;

import java.time.Instant;

import com.wooshpay.camel.client.CallListener;
import com.wooshpay.camel.client.WooshPayOperation;
import org.apache.camel.CamelContext;

/**
 * What the component measures, without naming a metrics library: API calls and retries (as the client's
 * {@link CallListener}), webhook deliveries by outcome, and how late events are routed. {@link #of} picks Micrometer when
 * the application has it and a {@code MeterRegistry} in the registry (Spring Boot's, or one bound under Camel Main),
 * else {@link #NONE}, which costs nothing: Micrometer's classes are then never loaded.
 */
public interface WooshPayMetrics extends CallListener {

    WooshPayMetrics NONE = new WooshPayMetrics() {};

    /** One webhook delivery answered: {@code routed}, {@code duplicate}, {@code in_progress}, {@code failed}, ... */
    default void delivery(String path, String outcome) {}

    /** One event handed to its route, {@code source} webhook or replay, created at {@code created}. */
    default void eventRouted(String source, Instant created) {}

    /** The replay consumer's checkpoint moved to {@code checkpoint} (the created time of the last event it read). */
    default void checkpoint(String consumer, Instant checkpoint) {}

    /**
     * The same meters, for the calls of one named account ({@code account} tag); {@code null} is the component's
     * own key, tagged {@code default}.
     */
    default WooshPayMetrics forAccount(String account) {
        return this;
    }

    /** Tells {@code first} then {@code second} of everything: the metrics library and the dev console's journal. */
    static WooshPayMetrics both(WooshPayMetrics first, WooshPayMetrics second) {
        if (first == NONE) {
            return second;
        }
        return new WooshPayMetrics() {
            @Override
            public WooshPayMetrics forAccount(String account) {
                return both(first.forAccount(account), second.forAccount(account));
            }

            @Override
            public void completed(WooshPayOperation operation, int status, int attempts, long nanos) {
                first.completed(operation, status, attempts, nanos);
                second.completed(operation, status, attempts, nanos);
            }

            @Override
            public void retrying(WooshPayOperation operation, String reason) {
                first.retrying(operation, reason);
                second.retrying(operation, reason);
            }

            @Override
            public void delivery(String path, String outcome) {
                first.delivery(path, outcome);
                second.delivery(path, outcome);
            }

            @Override
            public void eventRouted(String source, Instant created) {
                first.eventRouted(source, created);
                second.eventRouted(source, created);
            }

            @Override
            public void checkpoint(String consumer, Instant checkpoint) {
                first.checkpoint(consumer, checkpoint);
                second.checkpoint(consumer, checkpoint);
            }
        };
    }

    static WooshPayMetrics of(CamelContext context) {
        if (context.getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry") == null) {
            return NONE;
        }
        return MicrometerMetrics.from(context);
    }
}
