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
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.client.error.WooshPayAuthenticationException;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of one producer endpoint: can WooshPay be reached with this endpoint's key, base URL, proxy and TLS
 * settings. One {@code GET /v1/payment_intents?limit=1} through the endpoint's own client, remembered for a minute, so a
 * probe polled every few seconds costs one call a minute and nothing on the hot path. Never shows the key: the details
 * are the base URL and whether it is a test, live or sandbox key. Camel's own API only (camel-api), so it works under
 * Camel Main, Spring Boot (camel-spring-boot's indicator) and Quarkus alike.
 */
public final class ApiHealthCheck extends ReadinessCheck {

    public static final Duration CACHE_TIME = Duration.ofSeconds(60);
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Supplier<WooshPayClient> client;
    private final String baseUrl;
    private final String mode;
    private final Clock clock;
    private final Duration cacheTime;
    private final Duration timeout;
    private volatile Checked last;

    private record Checked(Result result, Instant at) {}

    /** {@code id} names the endpoint without its URI (a URI may hold the key). */
    public ApiHealthCheck(String id, Supplier<WooshPayClient> client, String apiKey, String baseUrl, Clock clock) {
        this(id, client, apiKey, baseUrl, clock, CACHE_TIME, TIMEOUT);
    }

    /** With a cache time and a timeout of one's own (the Spring Boot starter's {@code health.*} properties). */
    public ApiHealthCheck(
            String id,
            Supplier<WooshPayClient> client,
            String apiKey,
            String baseUrl,
            Clock clock,
            Duration cacheTime,
            Duration timeout) {
        super(id, "producers");
        this.client = client;
        this.baseUrl = baseUrl;
        this.mode = mode(apiKey, baseUrl);
        this.clock = clock;
        this.cacheTime = cacheTime;
        this.timeout = timeout;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Instant now = clock.instant();
        Checked cached = last;
        if (cached != null && cached.at().plus(cacheTime).isAfter(now)) {
            return cached.result();
        }
        Result result = check(now);
        last = new Checked(result, now);
        return result;
    }

    private Result check(Instant now) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .detail("base.url", baseUrl)
                .detail("mode", mode)
                .detail("checked.at", now.toString());
        try {
            client.get()
                    .executeAsync(WooshPayOperation.PAYMENT_INTENT_LIST, null, Map.of("limit", 1), null)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return builder.up().build();
        } catch (TimeoutException slow) {
            return builder.down()
                    .message("WooshPay did not answer within " + timeout.toMillis() + " ms")
                    .build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return builder.unknown().message("interrupted").build();
        } catch (Exception e) {
            Throwable failure = WooshPayClient.failureOf(e.getCause() != null ? e.getCause() : e);
            if (failure instanceof WooshPayAuthenticationException refused) {
                return builder.down()
                        .message("WooshPay refused the API key (HTTP " + refused.getHttpStatus() + ")")
                        .build();
            }
            if (failure instanceof WooshPayApiException api) {
                return builder.down()
                        .message(
                                api.getHttpStatus() == 0
                                        ? "WooshPay could not be reached"
                                        : "WooshPay answered HTTP " + api.getHttpStatus())
                        .build();
            }
            // a misconfigured endpoint (no key, a plain-http host that is not loopback): the reason names the option
            return builder.down().message(failure.getMessage()).build();
        }
    }

    /** {@code sandbox} for a plain-http base URL (only loopback may be), else after the key's prefix. */
    public static String mode(String key, String baseUrl) {
        if (baseUrl != null && baseUrl.startsWith("http://")) {
            return "sandbox";
        }
        if (key == null) {
            return "unknown";
        }
        return key.startsWith("sk_live_") ? "live" : key.startsWith("sk_test_") ? "test" : "unknown";
    }
}
