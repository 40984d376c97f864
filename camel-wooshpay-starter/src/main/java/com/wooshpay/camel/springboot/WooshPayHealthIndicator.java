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

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.health.ApiHealthCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Actuator view of the component's key: the component's Camel {@link ApiHealthCheck} (the one check the endpoints
 * use too, so the cache, the messages and the masking live in one place), over a probe endpoint that takes the
 * component's proxy and TLS settings. It runs when the health endpoint is read, never at start. Endpoints with keys of
 * their own report through Camel's health checks (camel-spring-boot's {@code camel-health} indicator).
 */
public class WooshPayHealthIndicator implements HealthIndicator {

    private final CamelContext camelContext;
    private final Duration cacheTime;
    private final Duration timeout;
    private final Clock clock;
    private volatile ApiHealthCheck check;
    private volatile String checkedKey;

    public WooshPayHealthIndicator(CamelContext camelContext, Duration cacheTime, Duration timeout, Clock clock) {
        this.camelContext = camelContext;
        this.cacheTime = cacheTime;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Health health() {
        WooshPayConfiguration configuration =
                camelContext.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        String key = configuration.getApiKey();
        if (key == null || key.isBlank()) {
            return Health.unknown()
                    .withDetail("reason", "no API key configured")
                    .build();
        }
        HealthCheck.Result result = checkFor(key, configuration.getBaseUrl()).call();
        Health.Builder builder = switch (result.getState()) {
            case UP -> Health.up();
            case DOWN -> Health.down();
            default -> Health.unknown();
        };
        result.getMessage().ifPresent(message -> builder.withDetail("reason", message));
        return builder.withDetails(result.getDetails()).build();
    }

    /** The check over the component's key and base URL, built again only when one of them changes. */
    private ApiHealthCheck checkFor(String key, String baseUrl) {
        ApiHealthCheck current = check;
        String target = key + " " + baseUrl;
        if (current == null || !target.equals(checkedKey)) {
            // through an endpoint of the component, so the check takes the same proxy and TLS settings as the routes;
            // the endpoint (and its client) is created once and kept by the CamelContext
            WooshPayEndpoint probe = camelContext.getEndpoint(
                    "wooshpay:paymentIntent/list?maxRetries=0&maxConnections=1&connectTimeout=" + timeout.toMillis()
                            + "&readTimeout=" + timeout.toMillis(),
                    WooshPayEndpoint.class);
            current =
                    new ApiHealthCheck("wooshpay-component", probe::getClient, key, baseUrl, clock, cacheTime, timeout);
            check = current;
            checkedKey = target;
        }
        return current;
    }
}
