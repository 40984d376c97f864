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
package com.wooshpay.camel.sandbox.domain;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/** {@code /v1/webhook_endpoints}: the secret is shown once, in the answer to create. */
public final class WebhookEndpoints {

    public static final String KIND = "webhook_endpoint";

    private WebhookEndpoints() {}

    public static ObjectNode create(Call call, JsonNode body) {
        String url = Params.requiredHttpUrl(body, "url");
        ObjectNode endpoint = JsonNodeFactory.instance.objectNode();
        endpoint.put("id", Ids.next("we_"));
        endpoint.put("object", "webhook_endpoint");
        endpoint.put(
                "api_version",
                body.hasNonNull("api_version") ? body.get("api_version").asText() : EventLog.API_VERSION);
        endpoint.put("created", call.nowMillis());
        endpoint.put("description", Params.text(body, "description"));
        endpoint.set("enabled_events", enabledEvents(body, true));
        endpoint.put("livemode", false);
        Params.requireMetadata(body);
        endpoint.set("metadata", Params.metadataOf(body));
        endpoint.put("status", "enabled");
        endpoint.put("url", url);
        endpoint.put("secret", "whsec_" + Ids.secret(32));
        call.account().put(KIND, endpoint);
        return endpoint;
    }

    public static ObjectNode retrieve(Account account, String id) {
        return withoutSecret(find(account, id));
    }

    public static ObjectNode update(Call call, String id, JsonNode body) {
        ObjectNode endpoint = find(call.account(), id);
        if (body.has("url")) {
            endpoint.put("url", Params.requiredHttpUrl(body, "url"));
        }
        if (body.has("enabled_events")) {
            endpoint.set("enabled_events", enabledEvents(body, true));
        }
        if (body.has("description")) {
            endpoint.put("description", Params.text(body, "description"));
        }
        if (body.has("metadata")) {
            Params.requireMetadata(body);
            endpoint.set("metadata", body.get("metadata").deepCopy());
        }
        if (body.has("disabled")) {
            endpoint.put("status", Params.bool(body, "disabled") ? "disabled" : "enabled");
        }
        call.account().put(KIND, endpoint);
        return withoutSecret(endpoint);
    }

    public static ObjectNode delete(Call call, String id) {
        find(call.account(), id);
        call.account().remove(KIND, id);
        ObjectNode deleted = JsonNodeFactory.instance.objectNode();
        deleted.put("id", id);
        deleted.put("object", "webhook_endpoint");
        deleted.put("deleted", true);
        return deleted;
    }

    public static ObjectNode list(Account account, Function<String, String> query) {
        ObjectNode page = Listing.page(
                account.newestFirst(KIND), e -> true, Listing.Query.of(query), "/v1/webhook_endpoints", "list");
        page.withArray("data").forEach(item -> ((ObjectNode) item).remove("secret"));
        return page;
    }

    /** The ids of the enabled endpoints that subscribe to {@code eventType} (or to {@code *}). */
    public static List<String> subscriberIds(Account account, String eventType) {
        if (account.count(KIND) == 0) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(account.newestFirst(KIND).spliterator(), false)
                .filter(e -> "enabled".equals(e.path("status").asText()))
                .filter(e -> {
                    for (JsonNode type : e.path("enabled_events")) {
                        if ("*".equals(type.asText()) || eventType.equals(type.asText())) {
                            return true;
                        }
                    }
                    return false;
                })
                .map(e -> e.get("id").asText())
                .toList();
    }

    private static JsonNode enabledEvents(JsonNode body, boolean required) {
        JsonNode events = body.get("enabled_events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            if (required) {
                throw ApiError.missing("enabled_events");
            }
            return JsonNodeFactory.instance.arrayNode();
        }
        for (JsonNode type : events) {
            if (!type.isTextual() || type.asText().isBlank()) {
                throw ApiError.invalid(
                        "parameter_invalid", "enabled_events", "enabled_events must be event type names or *");
            }
        }
        return events.deepCopy();
    }

    private static ObjectNode find(Account account, String id) {
        ObjectNode endpoint = account.get(KIND, id);
        if (endpoint == null) {
            throw ApiError.notFound("webhook endpoint", id);
        }
        return endpoint;
    }

    private static ObjectNode withoutSecret(ObjectNode endpoint) {
        endpoint.remove("secret");
        return endpoint;
    }
}
