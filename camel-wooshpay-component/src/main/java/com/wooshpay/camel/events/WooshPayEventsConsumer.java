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
package com.wooshpay.camel.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.metrics.WooshPayMetrics;
import com.wooshpay.camel.model.EpochInstantDeserializer;
import com.wooshpay.camel.model.Event;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("wooshpay:events")}: the safety net under the webhook. Each poll lists the events WooshPay created since
 * the checkpoint (less an overlap), oldest first, and routes those no route has completed, through the same
 * {@link EventLedger} as {@code wooshpay:webhook}: an event that came both ways is routed once, whichever came first.
 * The checkpoint moves only past events whose route completed, so a failed or busy event is read again next poll.
 */
public class WooshPayEventsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(WooshPayEventsConsumer.class);
    private static final int PAGE_SIZE = 100;

    private final WooshPayClient client;
    private final EventLedger ledger;
    private final Set<String> eventTypes;
    private final StateRepository<String, String> checkpoints;
    private final String checkpointKey;
    private final long lookbackMillis;
    private final long overlapMillis;
    private final WooshPayClient refetchClient;
    private final Executor continuation;
    private final WooshPayMetrics metrics;
    private EventDispatcher dispatcher;

    private final AtomicLong routed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deferred = new AtomicLong();

    /** What the consumer needs beyond the endpoint; all of it comes from the endpoint's options. */
    public record Settings(
            WooshPayClient client,
            EventLedger ledger,
            Set<String> eventTypes,
            StateRepository<String, String> checkpoints,
            long lookbackMillis,
            long overlapMillis,
            boolean refetchObject,
            Executor continuation,
            WooshPayMetrics metrics) {}

    public WooshPayEventsConsumer(Endpoint endpoint, Processor processor, Settings settings) {
        super(endpoint, processor);
        this.client = settings.client();
        this.ledger = settings.ledger();
        this.eventTypes = settings.eventTypes();
        this.checkpoints = settings.checkpoints();
        this.lookbackMillis = settings.lookbackMillis();
        this.overlapMillis = settings.overlapMillis();
        this.refetchClient = settings.refetchObject() ? settings.client() : null;
        this.continuation = settings.continuation();
        this.metrics = settings.metrics();
        // one checkpoint per account: two accounts' event lists are two different streams
        String account = endpoint instanceof WooshPayEndpoint wooshpay
                ? wooshpay.getConfiguration().getAccount()
                : null;
        this.checkpointKey = "wooshpay.events.checkpoint" + (account == null ? "" : "@" + account)
                + (eventTypes.isEmpty() ? "" : "." + String.join(",", eventTypes));
    }

    @Override
    protected void doStart() throws Exception {
        dispatcher = new EventDispatcher(this, ledger, EventDispatcher.REPLAY, refetchClient, continuation, metrics);
        // a FileStateRepository reads its file when started; starting a started one does nothing
        ServiceHelper.startService(checkpoints, ledger.getDone(), ledger.getClaims());
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        long checkpoint = checkpoint();
        List<Event> oldestFirst = eventsSince(checkpoint - overlapMillis);
        long next = checkpoint;
        boolean blocked = false;
        int routedNow = 0;
        for (Event event : oldestFirst) {
            if (!isRunAllowed()) {
                break;
            }
            EventDispatcher.Outcome outcome = route(event);
            switch (outcome) {
                case ROUTED -> {
                    routed.incrementAndGet();
                    routedNow++;
                }
                case DUPLICATE -> duplicates.incrementAndGet();
                default -> {
                    deferred.incrementAndGet();
                    blocked = true;
                }
            }
            boolean completed =
                    outcome == EventDispatcher.Outcome.ROUTED || outcome == EventDispatcher.Outcome.DUPLICATE;
            if (completed && !blocked && event.getCreated() != null) {
                next = Math.max(next, event.getCreated().toEpochMilli());
            }
        }
        if (next != checkpoint) {
            checkpoints.setState(checkpointKey, Long.toString(next));
            metrics.checkpoint(checkpointKey, EpochInstantDeserializer.toInstant(next));
        }
        if (routedNow > 0) {
            LOG.info("wooshpay:events routed {} event(s) that no route had completed; checkpoint {}", routedNow, next);
        }
        return routedNow;
    }

    /** The created time (ms) read up to; on the first poll, now less the lookback. */
    private long checkpoint() {
        String stored = checkpoints.getState(checkpointKey);
        if (stored != null) {
            try {
                return Long.parseLong(stored.trim());
            } catch (NumberFormatException corrupt) {
                LOG.warn(
                        "Ignoring the unreadable wooshpay:events checkpoint {} ({}): reading from the lookback",
                        checkpointKey,
                        stored);
            }
        }
        return System.currentTimeMillis() - lookbackMillis;
    }

    /** WooshPay lists newest first; the route gets them oldest first, as they happened. */
    private List<Event> eventsSince(long createdFrom) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", PAGE_SIZE);
        params.put("created", Map.of("gte", createdFrom));
        if (eventTypes.size() == 1) {
            params.put("type", eventTypes.iterator().next());
        }
        List<Event> events = new ArrayList<>();
        for (Iterator<Event> it = client.paginate(WooshPayOperation.EVENT_LIST, null, params); it.hasNext(); ) {
            Event event = it.next();
            if (event.getId() != null && (eventTypes.isEmpty() || eventTypes.contains(event.getType()))) {
                events.add(event);
            }
        }
        Collections.reverse(events);
        return events;
    }

    private EventDispatcher.Outcome route(Event event) {
        CompletableFuture<EventDispatcher.Outcome> outcome = new CompletableFuture<>();
        dispatcher.dispatch(event, (result, doneSync) -> outcome.complete(result));
        return outcome.join();
    }

    /** Events this consumer routed because no route had completed them (the ones the webhook missed, or not yet delivered). */
    public long getRoutedCount() {
        return routed.get();
    }

    /** Events read that a route (webhook or replay) had completed already. */
    public long getDuplicateCount() {
        return duplicates.get();
    }

    /** Events left for a later poll: their route failed, or another delivery was routing them. */
    public long getDeferredCount() {
        return deferred.get();
    }
}
