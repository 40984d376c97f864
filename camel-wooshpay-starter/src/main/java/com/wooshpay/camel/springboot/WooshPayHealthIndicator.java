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
package com.wooshpay.camel.springboot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.client.error.WooshPayAuthenticationException;
import com.wooshpay.camel.health.ApiHealthCheck;
import org.apache.camel.CamelContext;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether WooshPay accepts the configured key, with one cheap authenticated GET (one payment intent listed),
 * remembered for a while so a busy health endpoint does not become WooshPay traffic. It never shows the key: only
 * the host and whether it is a test, live or sandbox key. It runs when the health endpoint is read, never at start.
 * It checks the component's key (endpoints with keys of their own are not checked here).
 */
public class WooshPayHealthIndicator implements HealthIndicator {

    private final CamelContext camelContext;
    private final Duration cacheTime;
    private final Duration timeout;
    private final Clock clock;
    private volatile Checked last;

    private record Checked(Health health, Instant at) {}

    public WooshPayHealthIndicator(CamelContext camelContext, Duration cacheTime, Duration timeout, Clock clock) {
        this.camelContext = camelContext;
        this.cacheTime = cacheTime;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Checked cached = last;
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(cacheTime).isAfter(now)) {
            return cached.health();
        }
        Health health = check(now);
        last = new Checked(health, now);
        return health;
    }

    private Health check(Instant now) {
        WooshPayConfiguration configuration =
                camelContext.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        String key = configuration.getApiKey();
        Health.Builder builder;
        if (key == null || key.isBlank()) {
            return Health.unknown()
                    .withDetail("reason", "no API key configured")
                    .build();
        }
        Map<String, Object> details = Map.of(
                "baseUrl",
                configuration.getBaseUrl(),
                "mode",
                mode(key, configuration.getBaseUrl()),
                "checkedAt",
                now.toString());
        try {
            // through an endpoint of the component, so the check takes the same proxy and TLS settings as the routes;
            // the endpoint (and its client) is created once and kept by the CamelContext
            WooshPayEndpoint probe = camelContext.getEndpoint(
                    "wooshpay:paymentIntent/list?maxRetries=0&maxConnections=1" + "&connectTimeout="
                            + timeout.toMillis() + "&readTimeout=" + timeout.toMillis(),
                    WooshPayEndpoint.class);
            probe.getClient().execute(WooshPayOperation.PAYMENT_INTENT_LIST, null, Map.of("limit", 1), null);
            builder = Health.up();
        } catch (WooshPayAuthenticationException refused) {
            builder = Health.down()
                    .withDetail("reason", "WooshPay refused the API key (HTTP " + refused.getHttpStatus() + ")");
        } catch (WooshPayApiException failed) {
            builder = Health.down()
                    .withDetail(
                            "reason",
                            failed.getHttpStatus() == 0
                                    ? "WooshPay could not be reached"
                                    : "WooshPay answered HTTP " + failed.getHttpStatus());
        } catch (IllegalArgumentException misconfigured) {
            builder = Health.down().withDetail("reason", misconfigured.getMessage());
        }
        return builder.withDetails(details).build();
    }

    static String mode(String key, String baseUrl) {
        return ApiHealthCheck.mode(key, baseUrl);
    }
}
