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
import java.util.Map;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.health.ApiHealthCheck;
import com.wooshpay.camel.health.ReadinessCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * "Can WooshPay be reached with the component's key": the starter's readiness check, a Camel {@code HealthCheck}
 * registered in Camel's health registry, so camel-spring-boot's own {@code camel-health} indicator shows it on Spring
 * Boot 3 and 4 alike (their health APIs live in different packages; a Camel check needs neither). Unlike the
 * per-endpoint checks in Camel's "producers" repository, which Camel shows only with
 * {@code camel.health.producers-enabled=true}, it is on by default: the component's key is what most applications use.
 */
final class ComponentApiHealthCheck extends ReadinessCheck {

    static final String ID = "wooshpay";

    private final CamelContext camelContext;
    private final Duration cacheTime;
    private final Duration timeout;
    private final Clock clock;
    private volatile ApiHealthCheck check;
    private volatile String checkedTarget;

    ComponentApiHealthCheck(CamelContext camelContext, Duration cacheTime, Duration timeout, Clock clock) {
        super(ID, "wooshpay");
        this.camelContext = camelContext;
        this.cacheTime = cacheTime;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Result call(Map<String, Object> options) {
        WooshPayConfiguration configuration =
                camelContext.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        String key = configuration.getApiKey();
        if (key == null || key.isBlank()) {
            return HealthCheckResultBuilder.on(this)
                    .unknown()
                    .message("no API key configured")
                    .build();
        }
        return checkFor(key, configuration.getBaseUrl()).call(options);
    }

    /** The check over the component's key and base URL, built again only when one of them changes. */
    private ApiHealthCheck checkFor(String key, String baseUrl) {
        ApiHealthCheck current = check;
        String target = key + " " + baseUrl;
        if (current == null || !target.equals(checkedTarget)) {
            // through an endpoint of the component, so the check takes the same proxy and TLS settings as the routes;
            // the endpoint (and its client) is created once and kept by the CamelContext
            WooshPayEndpoint probe = camelContext.getEndpoint(
                    "wooshpay:paymentIntent/list?maxRetries=0&maxConnections=1&connectTimeout=" + timeout.toMillis()
                            + "&readTimeout=" + timeout.toMillis(),
                    WooshPayEndpoint.class);
            current = new ApiHealthCheck(ID, probe::getClient, key, baseUrl, clock, cacheTime, timeout);
            check = current;
            checkedTarget = target;
        }
        return current;
    }
}
