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
package com.wooshpay.camel.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.health.ApiHealthCheck;
import com.wooshpay.camel.webhook.WooshPayWebhookConsumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code wooshpay} dev console (Camel's developer console: {@code camel-console} on the classpath, shown by Camel
 * Main and camel-spring-boot's {@code /actuator/camel/wooshpay}): each endpoint with its operation, base
 * URL and masked key; each webhook consumer with its path, registered WooshPay endpoint and how many secrets it checks;
 * the component's recent calls and deliveries. A key is shown as its prefix and last four characters, a secret never.
 * Camel finds it through {@code META-INF/services/org/apache/camel/dev-console/wooshpay}.
 */
@DevConsole(name = "wooshpay", displayName = "WooshPay", description = "WooshPay endpoints, webhooks and recent calls")
public class WooshPayDevConsole extends AbstractDevConsole {

    public WooshPayDevConsole() {
        super("camel", "wooshpay", "WooshPay", "WooshPay endpoints, webhooks and recent calls");
    }

    /** The JSON answer as lines: one section per list, one line per item, each line a format over named fields. */
    @Override
    protected String doCallText(Map<String, Object> options) {
        JsonObject json = (JsonObject) doCallJson(options);
        StringBuilder text = new StringBuilder();
        section(
                text,
                "Endpoints",
                json,
                "endpoints",
                "%s %s %s key=%s (%s)",
                "id",
                "operation",
                "baseUrl",
                "apiKey",
                "mode");
        section(
                text,
                "Webhooks",
                json,
                "webhooks",
                "route %s on %s registered=%s secrets=%s retiring=%s",
                "routeId",
                "path",
                "registeredEndpoint",
                "secrets",
                "retiring");
        section(
                text,
                "Recent calls (newest first)",
                json,
                "calls",
                "%s [%s] %s -> %s in %s ms, %s attempt(s)",
                "at",
                "account",
                "operation",
                "status",
                "millis",
                "attempts");
        section(
                text,
                "Recent webhook deliveries (newest first)",
                json,
                "deliveries",
                "%s %s -> %s",
                "at",
                "path",
                "outcome");
        return text.toString();
    }

    private static void section(
            StringBuilder text, String title, JsonObject json, String list, String format, String... fields) {
        text.append(title).append(":\n");
        for (Object item : (JsonArray) json.get(list)) {
            JsonObject entry = (JsonObject) item;
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = entry.get(fields[i]);
            }
            text.append("    ").append(String.format(format, values)).append('\n');
        }
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray endpoints = new JsonArray();
        List<WooshPayComponent> components = new ArrayList<>();
        for (Endpoint candidate : getCamelContext().getEndpoints()) {
            if (candidate instanceof WooshPayEndpoint endpoint) {
                endpoints.add(describe(endpoint));
                if (!components.contains(endpoint.getComponent())) {
                    components.add(endpoint.getComponent());
                }
            }
        }
        root.put("endpoints", endpoints);

        JsonArray webhooks = new JsonArray();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof WooshPayWebhookConsumer consumer) {
                JsonObject webhook = new JsonObject();
                webhook.put("routeId", route.getRouteId());
                webhook.put("path", consumer.getPath());
                webhook.put("registeredEndpoint", consumer.getRegisteredEndpointId());
                webhook.put("secrets", consumer.getSecretCount());
                webhook.put("retiring", new JsonArray(consumer.getRetiringEndpointIds()));
                webhooks.add(webhook);
            }
        }
        root.put("webhooks", webhooks);

        JsonArray calls = new JsonArray();
        JsonArray deliveries = new JsonArray();
        for (WooshPayComponent component : components) {
            for (ActivityJournal.Call call : component.journal().recentCalls()) {
                JsonObject entry = new JsonObject();
                entry.put("at", call.at().toString());
                entry.put("account", call.account());
                entry.put("operation", call.operation());
                entry.put("status", call.status());
                entry.put("attempts", call.attempts());
                entry.put("millis", call.millis());
                calls.add(entry);
            }
            for (ActivityJournal.Delivery delivery : component.journal().recentDeliveries()) {
                JsonObject entry = new JsonObject();
                entry.put("at", delivery.at().toString());
                entry.put("path", delivery.path());
                entry.put("outcome", delivery.outcome());
                deliveries.add(entry);
            }
        }
        root.put("calls", calls);
        root.put("deliveries", deliveries);
        return root;
    }

    private static JsonObject describe(WooshPayEndpoint endpoint) {
        WooshPayConfiguration configuration = endpoint.getConfiguration();
        JsonObject json = new JsonObject();
        // the endpoint's id, not its URI: a URI may hold the key
        json.put("id", endpoint.getId());
        json.put("account", configuration.getAccount());
        json.put(
                "operation",
                endpoint.getOperation() != null ? endpoint.getOperation().toString() : configuration.getApiName());
        json.put("baseUrl", configuration.getBaseUrl());
        json.put("apiKey", masked(configuration.getApiKey()));
        json.put("mode", ApiHealthCheck.mode(configuration.getApiKey(), configuration.getBaseUrl()));
        json.put("maxRetries", configuration.getMaxRetries());
        return json;
    }

    /** {@code sk_test_****5678}: which key it is, without the key. Short or odd values show nothing. */
    static String masked(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        int prefix = key.startsWith("sk_live_") || key.startsWith("sk_test_") ? 8 : 0;
        if (key.length() < prefix + 12) {
            return key.substring(0, prefix) + "****";
        }
        return key.substring(0, prefix) + "****" + key.substring(key.length() - 4);
    }
}
