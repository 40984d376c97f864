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

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.metrics.WooshPayMetrics;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.WooshPayObject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes one event for a consumer, whichever path delivered it (a webhook or the replay of {@code GET /v1/events}):
 * claims its id in the shared {@link EventLedger}, optionally re-reads its object from WooshPay, runs the route on a
 * fresh exchange, and records the completion only once the route has completed; a failed route releases the claim.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    /** What became of one event. */
    public enum Outcome {
        /** The route completed. */
        ROUTED,
        /** The route failed, or the object could not be re-read: the claim is released, deliver it again. */
        FAILED,
        /** Its route completed before: not routed again. */
        DUPLICATE,
        /** A route for it is running, here or on another instance: deliver it again later. */
        IN_PROGRESS,
        /** The repositories could not be read or written: deliver it again later. */
        UNAVAILABLE
    }

    /** Called once per dispatch with the outcome; {@code doneSync} as in Camel's AsyncCallback. */
    @FunctionalInterface
    public interface Result {
        void done(Outcome outcome, boolean doneSync);
    }

    /** The value of the {@code CamelWooshPayEventSource} header for events that came as webhooks. */
    public static final String WEBHOOK = "webhook";
    /** The value of the {@code CamelWooshPayEventSource} header for events found by the replay consumer. */
    public static final String REPLAY = "replay";

    private final DefaultConsumer consumer;
    private final EventLedger ledger;
    private final String source;
    private final WooshPayClient refetchClient;
    private final Executor continuation;
    private final WooshPayMetrics metrics;

    /**
     * {@code refetchClient} is null unless the current object is read from WooshPay before routing; that read holds no
     * thread, and the route then runs on {@code continuation} (never on the HTTP client's I/O threads).
     */
    /** The account of the consumer's endpoint, set on every event; null for the component's own key. */
    private final String account;

    public EventDispatcher(
            DefaultConsumer consumer,
            EventLedger ledger,
            String source,
            WooshPayClient refetchClient,
            Executor continuation,
            WooshPayMetrics metrics) {
        this.consumer = consumer;
        this.ledger = ledger;
        this.source = source;
        this.refetchClient = refetchClient;
        this.continuation = continuation;
        this.metrics = metrics;
        this.account = consumer.getEndpoint() instanceof WooshPayEndpoint endpoint
                ? endpoint.getConfiguration().getAccount()
                : null;
    }

    public boolean dispatch(Event event, Result result) {
        String id = event.getId();
        EventLedger.Claim claim;
        try {
            claim = ledger.claim(id);
        } catch (RuntimeException e) {
            // a shared repository refused the id (another instance inserted it at the same moment) or is down: the
            // consumer's ExceptionHandler hears of it (it logs by default; bridgeErrorHandler=true routes it to the
            // route's error handler), and WooshPay delivers again
            consumer.getExceptionHandler()
                    .handleException(
                            "Could not claim WooshPay event " + id + " in the idempotent repositories (" + source
                                    + "): not routed now, delivered again later",
                            e);
            return answer(result, Outcome.UNAVAILABLE);
        }
        if (claim == EventLedger.Claim.DONE) {
            LOG.debug("WooshPay event {} was routed before ({}): not routed again", id, source);
            return answer(result, Outcome.DUPLICATE);
        }
        if (claim == EventLedger.Claim.IN_PROGRESS) {
            LOG.debug("WooshPay event {} is being routed elsewhere ({}): deliver again later", id, source);
            return answer(result, Outcome.IN_PROGRESS);
        }
        CompletableFuture<WooshPayObject> current;
        try {
            current = currentObject(event);
        } catch (RuntimeException refetchRefused) {
            return refetchFailed(event, refetchRefused, result, true);
        }
        if (current == null) {
            return route(event, null, result, true);
        }
        current.whenCompleteAsync(
                (object, failure) -> {
                    if (failure != null) {
                        refetchFailed(event, WooshPayClient.failureOf(failure), result, false);
                    } else {
                        route(event, object, result, false);
                    }
                },
                continuation);
        return false;
    }

    /** The read of the event's object as WooshPay holds it now, or null when it is routed as carried. */
    private CompletableFuture<WooshPayObject> currentObject(Event event) {
        WooshPayObject carried = event.getDataObject();
        if (refetchClient == null || carried == null || carried.getId() == null) {
            return null;
        }
        Optional<WooshPayOperation> retrieve = WooshPayOperation.retrieveOf(carried.getClass());
        if (retrieve.isEmpty()) {
            LOG.debug(
                    "WooshPay event {} carries a {} the API cannot retrieve: routed as carried",
                    event.getId(),
                    carried.getClass().getSimpleName());
            return null;
        }
        return refetchClient
                .executeAsync(retrieve.get(), carried.getId(), Map.of(), null)
                .thenApply(answer -> (WooshPayObject) answer.value());
    }

    private boolean refetchFailed(Event event, Throwable failure, Result result, boolean doneSync) {
        ledger.release(event.getId());
        consumer.getExceptionHandler()
                .handleException(
                        "Could not re-read the object of WooshPay event " + event.getId()
                                + ": not routed now, delivered again later",
                        failure);
        result.done(Outcome.FAILED, doneSync);
        return doneSync;
    }

    /** Routes the claimed event on a fresh exchange; {@code current} is the object read again, or null. */
    private boolean route(Event event, WooshPayObject current, Result result, boolean calledSync) {
        metrics.eventRouted(source, event.getCreated());
        Exchange exchange = consumer.createExchange(false);
        prepare(exchange.getMessage(), event, current);
        try {
            boolean sync = consumer.getAsyncProcessor()
                    .process(exchange, doneSync -> finish(exchange, event, result, calledSync && doneSync));
            return calledSync && sync;
        } catch (RuntimeException e) {
            exchange.setException(e);
            finish(exchange, event, result, calledSync);
            return calledSync;
        }
    }

    private void prepare(Message message, Event event, WooshPayObject current) {
        if (current != null) {
            message.setHeader(WooshPayConstants.EVENT_OBJECT, event.getDataObject());
            event.getData().setObject(current);
        }
        message.setBody(event);
        message.setHeader(WooshPayConstants.EVENT_ID, event.getId());
        message.setHeader(WooshPayConstants.EVENT_TYPE, event.getType());
        message.setHeader(WooshPayConstants.EVENT_SOURCE, source);
        if (account != null) {
            message.setHeader(WooshPayConstants.ACCOUNT, account);
        }
        WooshPayObject object = event.getDataObject();
        if (object != null && object.getId() != null) {
            message.setHeader(WooshPayConstants.OBJECT_ID, object.getId());
        }
        if (event.getLivemode() != null) {
            message.setHeader(WooshPayConstants.LIVEMODE, event.getLivemode());
        }
    }

    private void finish(Exchange exchange, Event event, Result result, boolean doneSync) {
        Outcome outcome;
        try {
            if (exchange.isFailed()) {
                ledger.release(event.getId());
                Exception cause = exchange.getException();
                LOG.warn(
                        "Route failed for WooshPay event {} ({}, {}): its claim is released so it is routed again{}",
                        event.getId(),
                        event.getType(),
                        source,
                        cause != null ? ": " + cause.getClass().getSimpleName() : "");
                outcome = Outcome.FAILED;
            } else {
                ledger.complete(event.getId());
                outcome = Outcome.ROUTED;
            }
        } finally {
            consumer.releaseExchange(exchange, false);
        }
        result.done(outcome, doneSync);
    }

    private static boolean answer(Result result, Outcome outcome) {
        result.done(outcome, true);
        return true;
    }
}
