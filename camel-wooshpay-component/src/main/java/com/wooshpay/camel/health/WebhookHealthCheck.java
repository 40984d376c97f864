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
package com.wooshpay.camel.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.model.WebhookEndpoint;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of one webhook consumer, for Camel's consumer health check (the consumer is {@code HealthCheckAware}): DOWN
 * when the last deliveries were all refused for a bad signature (the secret is not the endpoint's: WooshPay keeps
 * retrying and the events do not arrive), or when the endpoint auto-registration created is disabled or gone at
 * WooshPay (read at most once a minute). Counts are of this process since it started.
 */
public final class WebhookHealthCheck extends ReadinessCheck {

    /** Refusals in a row, with no verified delivery between them, that make the consumer DOWN. */
    public static final int REFUSALS_IN_A_ROW = 3;
    /** How long such a run of refusals counts: a secret fixed an hour ago should not leave the consumer DOWN. */
    public static final Duration RECENT = Duration.ofMinutes(15);

    private final String path;
    private final String registeredEndpointId;
    private final WooshPayClient client;
    private final Clock clock;
    private final AtomicLong verified = new AtomicLong();
    private final AtomicLong refusedSignatures = new AtomicLong();
    private final AtomicLong refusedInARow = new AtomicLong();
    private volatile Instant lastRefusal;
    private volatile EndpointState endpoint;

    private record EndpointState(String status, Instant at) {}

    /** {@code registeredEndpointId} and {@code client} are null without auto-registration. */
    public WebhookHealthCheck(String id, String path, String registeredEndpointId, WooshPayClient client, Clock clock) {
        super(id, "consumers");
        this.path = path;
        this.registeredEndpointId = registeredEndpointId;
        this.client = client;
        this.clock = clock;
    }

    /** A delivery whose signature (or look-up) verified. */
    public void verified() {
        verified.incrementAndGet();
        refusedInARow.set(0);
    }

    /** A delivery refused because its signature did not verify. */
    public void refusedSignature() {
        refusedSignatures.incrementAndGet();
        refusedInARow.incrementAndGet();
        lastRefusal = clock.instant();
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .detail("webhook.path", path)
                .detail("deliveries.verified", verified.get())
                .detail("deliveries.refused.signature", refusedSignatures.get());
        long inARow = refusedInARow.get();
        Instant refusedAt = lastRefusal;
        if (inARow >= REFUSALS_IN_A_ROW
                && refusedAt != null
                && refusedAt.plus(RECENT).isAfter(clock.instant())) {
            return builder.down()
                    .message("the last " + inARow + " deliveries on " + path + " were refused for a bad signature:"
                            + " is webhookSecret the signing secret of this WooshPay endpoint?")
                    .build();
        }
        if (registeredEndpointId != null) {
            String status = endpointStatus();
            builder.detail("endpoint.id", registeredEndpointId).detail("endpoint.status", status);
            if (!"enabled".equals(status) && !"unknown".equals(status)) {
                return builder.down()
                        .message("the WooshPay webhook endpoint " + registeredEndpointId + " is " + status
                                + ": WooshPay does not deliver to it")
                        .build();
            }
        }
        return builder.up().build();
    }

    /** enabled, disabled, deleted, or unknown when WooshPay could not be asked; remembered for a minute. */
    private String endpointStatus() {
        EndpointState cached = endpoint;
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(ApiHealthCheck.CACHE_TIME).isAfter(now)) {
            return cached.status();
        }
        String status;
        try {
            WebhookEndpoint found = (WebhookEndpoint) client.executeAsync(
                            WooshPayOperation.WEBHOOK_ENDPOINT_RETRIEVE, registeredEndpointId, Map.of(), null)
                    .get(ApiHealthCheck.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .value();
            status = found.getStatus() != null ? found.getStatus() : "unknown";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            status = "unknown";
        } catch (Exception e) {
            Throwable failure = WooshPayClient.failureOf(e.getCause() != null ? e.getCause() : e);
            status = failure instanceof WooshPayApiException api && api.getHttpStatus() == 404 ? "deleted" : "unknown";
        }
        endpoint = new EndpointState(status, now);
        return status;
    }
}
