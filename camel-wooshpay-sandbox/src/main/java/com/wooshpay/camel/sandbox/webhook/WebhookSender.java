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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.domain.StoredEvent;
import com.wooshpay.camel.sandbox.domain.WebhookEndpoints;
import com.wooshpay.camel.sandbox.store.Account;

/**
 * Delivers events to the account's subscribed endpoints as signed POSTs, retrying non-2xx answers and timeouts on a
 * schedule (WooshPay: 18 attempts over 3 days; tests compress it), and keeps a log of every attempt.
 */
public final class WebhookSender implements AutoCloseable {

    /** Roughly WooshPay's documented policy: 18 attempts within 72 hours, backing off exponentially. */
    public static final List<Duration> WOOSHPAY_SCHEDULE = wooshpaySchedule();

    private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());

    private final List<Duration> retrySchedule;
    private final Duration timeout;
    private final ExecutorService workers;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final ConcurrentLinkedQueue<DeliveryAttempt> log = new ConcurrentLinkedQueue<>();
    private final DeliveryControls controls;

    public WebhookSender(List<Duration> retrySchedule, Duration timeout, DeliveryControls controls) {
        this.retrySchedule = List.copyOf(retrySchedule);
        this.controls = controls;
        this.timeout = timeout;
        AtomicInteger threads = new AtomicInteger();
        this.workers =
                Executors.newCachedThreadPool(r -> daemon(r, "wooshpay-sandbox-webhook-" + threads.incrementAndGet()));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .executor(workers)
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "wooshpay-sandbox-webhook-retry"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Sends each event to every endpoint subscribed to it at the time of the event. */
    public void deliver(Account account, List<StoredEvent> events) {
        List<Runnable> first = new ArrayList<>();
        synchronized (account) {
            for (StoredEvent event : events) {
                if (event.subscriberIds().isEmpty()) {
                    continue;
                }
                String payload = event.payload();
                for (String endpointId : event.subscriberIds()) {
                    first.add(() -> attempt(account, event, payload, endpointId, 1));
                }
            }
        }
        first.forEach(workers::execute);
    }

    /** Delivers one stored event again, as a first attempt, to the given endpoints (WooshPay's "resend"). */
    public void resend(Account account, StoredEvent event, List<String> endpointIds) {
        String payload = event.payload();
        endpointIds.forEach(endpointId -> workers.execute(() -> attempt(account, event, payload, endpointId, 1)));
    }

    public DeliveryControls controls() {
        return controls;
    }

    private void attempt(Account account, StoredEvent event, String payload, String endpointId, int attempt) {
        long delay = controls.delayMillis();
        if (delay > 0) {
            // held back: later events overtake it, as deliveries over the internet do
            scheduler.schedule(
                    () -> workers.execute(() -> send(account, event, payload, endpointId, attempt)),
                    delay,
                    TimeUnit.MILLISECONDS);
        } else {
            send(account, event, payload, endpointId, attempt);
        }
    }

    private void send(Account account, StoredEvent event, String payload, String endpointId, int attempt) {
        String url;
        String secret;
        synchronized (account) {
            ObjectNode endpoint = account.get(WebhookEndpoints.KIND, endpointId);
            if (endpoint == null || !"enabled".equals(endpoint.path("status").asText())) {
                return; // deleted or disabled since: WooshPay stops delivering to it
            }
            url = endpoint.get("url").asText();
            secret = endpoint.get("secret").asText();
        }
        DeliveryControls.Fate fate = controls.fate();
        if (fate == DeliveryControls.Fate.DROP) {
            // lost for good: never sent, never retried
            log.add(new DeliveryAttempt(
                    event.id(),
                    event.type(),
                    endpointId,
                    url,
                    attempt,
                    0,
                    DeliveryControls.DROPPED,
                    Instant.now(),
                    false,
                    true));
            return;
        }
        if (fate == DeliveryControls.Fate.REFUSE) {
            record(
                    event,
                    endpointId,
                    url,
                    attempt,
                    0,
                    "refused by the sandbox's delivery controls (an outage)",
                    account,
                    payload);
            return;
        }
        if (controls.twice()) {
            // the copy is not followed up: its answer is logged, the original's decides retries
            HttpRequest copy = signedRequest(url, secret, payload);
            if (copy != null) {
                http.sendAsync(copy, HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, error) -> log.add(new DeliveryAttempt(
                                event.id(),
                                event.type(),
                                endpointId,
                                url,
                                attempt,
                                response != null ? response.statusCode() : 0,
                                "duplicate sent by the sandbox's delivery controls",
                                Instant.now(),
                                false,
                                false)));
            }
        }
        HttpRequest request = signedRequest(url, secret, payload);
        if (request == null) {
            record(event, endpointId, url, attempt, 0, "invalid url", account, payload);
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            int status = response != null ? response.statusCode() : 0;
            String problem = error != null ? error.getClass().getSimpleName() + ": " + error.getMessage() : null;
            record(event, endpointId, url, attempt, status, problem, account, payload);
        });
    }

    private HttpRequest signedRequest(String url, String secret, String payload) {
        try {
            return HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "WooshPay-Sandbox/1.0 (+webhooks)")
                    .header(
                            Signature.HEADER,
                            Signature.header(secret, Instant.now().getEpochSecond(), payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
        } catch (IllegalArgumentException badUrl) {
            return null;
        }
    }

    private void record(
            StoredEvent event,
            String endpointId,
            String url,
            int attempt,
            int status,
            String error,
            Account account,
            String payload) {
        boolean delivered = status >= 200 && status < 300;
        boolean last = delivered || attempt >= controls.maxAttempts(retrySchedule.size() + 1);
        String eventId = event.id();
        log.add(new DeliveryAttempt(
                eventId, event.type(), endpointId, url, attempt, status, error, Instant.now(), delivered, last));
        if (delivered) {
            event.delivered();
        } else if (!last) {
            Duration wait = retrySchedule.get(attempt - 1);
            scheduler.schedule(
                    () -> workers.execute(() -> attempt(account, event, payload, endpointId, attempt + 1)),
                    wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Gave up delivering {0} to {1} after {2} attempts",
                    eventId,
                    url,
                    attempt);
        }
    }

    /** Every attempt so far, oldest first. */
    public List<DeliveryAttempt> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private static List<Duration> wooshpaySchedule() {
        List<Duration> schedule = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            schedule.add(Duration.ofMinutes(Math.min(1L << i, 360L)));
        }
        return List.copyOf(schedule);
    }
}
