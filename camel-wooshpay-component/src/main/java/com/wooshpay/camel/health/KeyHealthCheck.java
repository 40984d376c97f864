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
import java.util.Map;

import com.wooshpay.camel.WooshPayAccount;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * "Can WooshPay be reached with this key": the readiness check of the component's own key ({@code wooshpay}, which
 * the Spring Boot starter registers) or of one named account ({@code wooshpay-account-<name>}, which the component
 * registers for each of its accounts). Registered in Camel's health registry itself rather than in the "producers"
 * repository, which Camel shows only with {@code camel.health.producers-enabled=true}: keys are what an operator
 * watches. camel-spring-boot's {@code camel-health} indicator shows them on Spring Boot 3 and 4 alike.
 */
public final class KeyHealthCheck extends ReadinessCheck {

    private final CamelContext camelContext;
    private final String account;
    private final Duration cacheTime;
    private final Duration timeout;
    private final Clock clock;
    private volatile ApiHealthCheck check;
    private volatile String checkedTarget;

    /** {@code account} null: the component's own key. */
    public KeyHealthCheck(
            CamelContext camelContext, String account, Duration cacheTime, Duration timeout, Clock clock) {
        super(account == null ? "wooshpay" : "wooshpay-account-" + account, "wooshpay");
        this.camelContext = camelContext;
        this.account = account;
        this.cacheTime = cacheTime;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Result call(Map<String, Object> options) {
        WooshPayComponent component = camelContext.getComponent("wooshpay", WooshPayComponent.class);
        WooshPayConfiguration configuration = component.getConfiguration();
        String key = configuration.getApiKey();
        String baseUrl = configuration.getBaseUrl();
        if (account != null) {
            WooshPayAccount named = component.getAccounts().get(account);
            key = named != null ? named.getApiKey() : null;
            baseUrl = named != null && named.getBaseUrl() != null ? named.getBaseUrl() : baseUrl;
        }
        if (key == null || key.isBlank()) {
            return HealthCheckResultBuilder.on(this)
                    .unknown()
                    .message("no API key configured")
                    .build();
        }
        return checkFor(key, baseUrl).call(options);
    }

    /** The check over the key and base URL, built again only when one of them changes. */
    private ApiHealthCheck checkFor(String key, String baseUrl) {
        ApiHealthCheck current = check;
        String target = key + " " + baseUrl;
        if (current == null || !target.equals(checkedTarget)) {
            // through an endpoint of the component, so the check takes the same proxy and TLS settings as the routes;
            // the endpoint (and its client) is created once and kept by the CamelContext
            WooshPayEndpoint probe = camelContext.getEndpoint(
                    "wooshpay:paymentIntent/list?maxRetries=0&maxConnections=1&connectTimeout=" + timeout.toMillis()
                            + "&readTimeout=" + timeout.toMillis() + (account != null ? "&account=" + account : ""),
                    WooshPayEndpoint.class);
            current = new ApiHealthCheck(getId(), probe::getClient, key, baseUrl, clock, cacheTime, timeout);
            check = current;
            checkedTarget = target;
        }
        return current;
    }
}
