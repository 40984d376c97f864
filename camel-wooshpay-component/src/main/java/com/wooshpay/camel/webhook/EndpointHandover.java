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
package com.wooshpay.camel.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.client.ApiResponse;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.WooshPayJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overlap of make-before-break registration. The endpoints being retired may still be retrying events created
 * before their replacement, signed with secrets this application has lost: such a delivery is authenticated by
 * reading the event it names from WooshPay with the API key (what WooshPay returns is authentic whatever the request
 * said), and routed. An endpoint is disabled once no event older than its replacement has been delivered for the
 * quiet period: whatever it was retrying has arrived (or been given up, and the replay consumer covers that).
 */
final class EndpointHandover {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointHandover.class);
    private static final Pattern EVENT_ID = Pattern.compile("evt_[A-Za-z0-9_]{1,120}");
    /** Unsigned requests cost an API call each: at most this many at a time, the rest are told to come back (503). */
    private static final int MAX_CONCURRENT_LOOKUPS = 4;

    /** What became of an unverifiable delivery. */
    sealed interface Lookup {
        /** WooshPay has the event: route this copy. */
        record Found(Event event) implements Lookup {}

        /** Not an event WooshPay knows: refuse it as unsigned. */
        record Unknown() implements Lookup {}

        /** WooshPay could not be asked now: answer a retryable status. */
        record Unavailable() implements Lookup {}
    }

    private final WooshPayClient client;
    private final List<String> retiring;
    private final Instant replacementCreated;
    private final Duration quietPeriod;
    private final Clock clock;
    private final Semaphore lookups = new Semaphore(MAX_CONCURRENT_LOOKUPS);
    /** Where a delivery goes on after its lookup: the component's response pool, never the client's I/O threads. */
    private final Executor continuation;

    private volatile Instant lastOldEvent;
    private volatile boolean finished;

    EndpointHandover(
            WooshPayClient client,
            List<String> retiring,
            Instant replacementCreated,
            Duration quietPeriod,
            Clock clock,
            Executor continuation) {
        this.client = client;
        this.continuation = continuation;
        // removed from by the timer thread while HTTP threads and JMX read it
        this.retiring = new CopyOnWriteArrayList<>(retiring);
        this.replacementCreated = replacementCreated;
        this.quietPeriod = quietPeriod;
        this.clock = clock;
        this.lastOldEvent = clock.instant();
        this.finished = retiring.isEmpty();
    }

    boolean isActive() {
        return !finished;
    }

    List<String> retiring() {
        return List.copyOf(retiring);
    }

    /**
     * Reads the event named by an unverifiable body from WooshPay, without holding the caller's thread while the call
     * is in flight: the delivery goes on on the component's response pool once WooshPay answered.
     */
    CompletableFuture<Lookup> lookUp(byte[] body) {
        String id = eventId(body);
        if (id == null) {
            return CompletableFuture.completedFuture(new Lookup.Unknown());
        }
        if (!lookups.tryAcquire()) {
            return CompletableFuture.completedFuture(new Lookup.Unavailable());
        }
        CompletableFuture<ApiResponse> call;
        try {
            call = client.executeAsync(WooshPayOperation.EVENT_RETRIEVE, id, Map.of(), null);
        } catch (RuntimeException e) {
            lookups.release();
            return CompletableFuture.completedFuture(new Lookup.Unavailable());
        }
        return call.handleAsync(
                (response, failure) -> {
                    lookups.release();
                    if (failure != null) {
                        Throwable cause = WooshPayClient.failureOf(failure);
                        return cause instanceof WooshPayApiException api && api.getHttpStatus() == 404
                                ? new Lookup.Unknown()
                                : new Lookup.Unavailable();
                    }
                    Event event = (Event) response.value();
                    return event == null ? new Lookup.Unknown() : new Lookup.Found(event);
                },
                continuation);
    }

    /** Every authenticated delivery passes here: one of an event older than the replacement keeps the old endpoints on. */
    void observe(Event event) {
        if (event.getCreated() != null && event.getCreated().isBefore(replacementCreated)) {
            lastOldEvent = clock.instant();
        }
    }

    /** Called on a schedule: disables the old endpoints once they have been quiet long enough. */
    void disableWhenQuiet() {
        if (finished || Duration.between(lastOldEvent, clock.instant()).compareTo(quietPeriod) < 0) {
            return;
        }
        for (String endpointId : retiring) { // a snapshot: CopyOnWriteArrayList iterates over the list as it was
            try {
                WebhookRegistrar.disable(client, endpointId);
                retiring.remove(endpointId);
                LOG.info(
                        "Disabled the replaced WooshPay webhook endpoint {}: no event older than its replacement delivered"
                                + " for {}",
                        endpointId,
                        quietPeriod);
            } catch (WooshPayApiException e) {
                if (e.getHttpStatus() == 404) {
                    retiring.remove(endpointId); // deleted by someone else: nothing left to retire
                } else {
                    LOG.warn(
                            "Could not disable the replaced WooshPay webhook endpoint {} ({}); trying again later",
                            endpointId,
                            e.getClass().getSimpleName());
                }
            }
        }
        finished = retiring.isEmpty();
    }

    private static String eventId(byte[] body) {
        try {
            JsonNode id = WooshPayJson.mapper().readTree(body).path("id");
            return id.isTextual() && EVENT_ID.matcher(id.asText()).matches() ? id.asText() : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
