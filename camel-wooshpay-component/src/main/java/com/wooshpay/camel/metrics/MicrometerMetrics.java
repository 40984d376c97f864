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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.wooshpay.camel.client.WooshPayOperation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * The meters, with Micrometer's naming (dotted, lower case; the registry renders them for Prometheus and others):
 *
 * <ul>
 *   <li>{@code wooshpay.client.requests} (timer): each API call with its retries, tagged {@code account} (the named
 *       account, {@code default} for the component's key), {@code operation}
 *       ({@code paymentIntent/create}), {@code outcome} ({@code 2xx}, {@code 4xx}, {@code 5xx}, {@code no_answer}) and
 *       {@code retried} ({@code true}, {@code false});
 *   <li>{@code wooshpay.client.retries} (counter): retries, tagged {@code operation} and {@code reason} ({@code 429},
 *       {@code 5xx}, {@code connection});
 *   <li>{@code wooshpay.webhook.deliveries} (counter): deliveries answered, tagged {@code path} and {@code outcome}
 *       ({@code routed}, {@code duplicate}, {@code in_progress}, {@code failed}, {@code unavailable},
 *       {@code bad_signature}, {@code refused});
 *   <li>{@code wooshpay.events.lag} (timer): from an event's {@code created} to its route, tagged {@code source}
 *       ({@code webhook}, {@code replay});
 *   <li>{@code wooshpay.events.checkpoint.age} (gauge, seconds): how far behind now the replay consumer's checkpoint
 *       is, tagged {@code consumer}.
 * </ul>
 */
final class MicrometerMetrics implements WooshPayMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> checkpoints;
    private final Map<String, Meter> meters;
    private final String account;

    MicrometerMetrics(MeterRegistry registry, Clock clock) {
        this(registry, clock, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), "default");
    }

    private MicrometerMetrics(
            MeterRegistry registry,
            Clock clock,
            Map<String, AtomicLong> checkpoints,
            Map<String, Meter> meters,
            String account) {
        this.registry = registry;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.meters = meters;
        this.account = account;
    }

    /** The same registry and meter cache; the calls' meters tagged with the account. */
    @Override
    public WooshPayMetrics forAccount(String name) {
        String tag = name == null ? "default" : name;
        return tag.equals(account) ? this : new MicrometerMetrics(registry, clock, checkpoints, meters, tag);
    }

    @SuppressWarnings("unchecked")
    private <M extends Meter> M meter(String key, Supplier<M> create) {
        return (M) meters.computeIfAbsent(key, k -> create.get());
    }

    static WooshPayMetrics from(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? NONE : new MicrometerMetrics(registry, Clock.systemUTC());
    }

    @Override
    public void completed(WooshPayOperation operation, int status, int attempts, long nanos) {
        String outcome = status == 0 ? "no_answer" : (status / 100) + "xx";
        boolean retried = attempts > 1;
        // built once per tag combination: a call's hot path only looks the timer up
        meter(
                        account + "|" + operation + "|" + outcome + "|" + retried,
                        () -> Timer.builder("wooshpay.client.requests")
                                .description("WooshPay API calls, each with its retries")
                                .tag("account", account)
                                .tag("operation", operation.toString())
                                .tag("outcome", outcome)
                                .tag("retried", Boolean.toString(retried))
                                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retrying(WooshPayOperation operation, String reason) {
        meter(
                        "retry|" + account + "|" + operation + "|" + reason,
                        () -> Counter.builder("wooshpay.client.retries")
                                .description("WooshPay API attempts that failed and were tried again")
                                .tag("account", account)
                                .tag("operation", operation.toString())
                                .tag("reason", reason)
                                .register(registry))
                .increment();
    }

    @Override
    public void delivery(String path, String outcome) {
        meter(
                        "delivery|" + path + "|" + outcome,
                        () -> Counter.builder("wooshpay.webhook.deliveries")
                                .description("WooshPay webhook deliveries, by the answer they got")
                                .tag("path", path)
                                .tag("outcome", outcome)
                                .register(registry))
                .increment();
    }

    @Override
    public void eventRouted(String source, Instant created) {
        if (created == null) {
            return;
        }
        meter(
                        "lag|" + source,
                        () -> Timer.builder("wooshpay.events.lag")
                                .description("From a WooshPay event's creation to its route")
                                .tag("source", source)
                                .register(registry))
                .record(Duration.between(created, clock.instant()).abs());
    }

    @Override
    public void checkpoint(String consumer, Instant checkpoint) {
        AtomicLong epochMillis = checkpoints.computeIfAbsent(consumer, name -> {
            AtomicLong holder = new AtomicLong(clock.millis());
            Gauge.builder("wooshpay.events.checkpoint.age", holder, h -> (clock.millis() - h.get()) / 1000.0)
                    .description("How far behind now the replay consumer's checkpoint is")
                    .baseUnit("seconds")
                    .tag("consumer", name)
                    .register(registry);
            return holder;
        });
        epochMillis.set(checkpoint.toEpochMilli());
    }
}
