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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/** Records an event for every state change, and serves them at {@code /v1/events}. */
public final class EventLog {

    private EventLog() {}

    public static final String KIND = "event";
    public static final String API_VERSION = "2022-10-12";

    /**
     * Records {@code type} about the object of {@code kind} and {@code id} as it is stored now (store it first).
     * The stored JSON is shared, not copied; the event's own JSON is written when read. Delivery happens once the
     * request is answered.
     */
    public static StoredEvent emit(Call call, String type, String kind, String id) {
        byte[] object = call.account().raw(kind, id);
        if (object == null) {
            throw new IllegalStateException("emit " + type + ": " + kind + " " + id + " is not stored");
        }
        StoredEvent stored = new StoredEvent(
                Ids.next("evt_"),
                type,
                call.nowMillis(),
                call.requestId(),
                call.idempotencyKey(),
                object,
                WebhookEndpoints.subscriberIds(call.account(), type));
        call.account().putRaw(KIND, stored.id(), stored);
        call.events().add(stored);
        return stored;
    }

    public static ObjectNode retrieve(Account account, String id) {
        ObjectNode event = account.get(KIND, id);
        if (event == null) {
            throw ApiError.notFound("event", id);
        }
        return event;
    }

    public static ObjectNode list(Account account, java.util.function.Function<String, String> query) {
        String type = query.apply("type");
        CreatedFilter created = CreatedFilter.of(query);
        return Listing.page(
                account.newestFirst(KIND),
                e -> (type == null || matchesType(type, e.path("type").asText())) && created.test(e),
                Listing.Query.of(query),
                "/v1/events",
                "list");
    }

    private static boolean matchesType(String pattern, String type) {
        return pattern.endsWith(".*")
                ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(type);
    }

    /** {@code created[gt|gte|lt|lte]} filters, in milliseconds (seconds are accepted and scaled). */
    record CreatedFilter(Long gt, Long gte, Long lt, Long lte) implements java.util.function.Predicate<JsonNode> {

        static CreatedFilter of(java.util.function.Function<String, String> query) {
            return new CreatedFilter(
                    millis(query, "gt"), millis(query, "gte"), millis(query, "lt"), millis(query, "lte"));
        }

        private static Long millis(java.util.function.Function<String, String> query, String op) {
            String raw = query.apply("created[" + op + "]");
            if (raw == null) {
                return null;
            }
            try {
                long value = Long.parseLong(raw);
                return value < 100_000_000_000L ? value * 1000 : value;
            } catch (NumberFormatException e) {
                throw ApiError.invalid("parameter_invalid_integer", "created[" + op + "]", "Invalid integer: " + raw);
            }
        }

        @Override
        public boolean test(JsonNode object) {
            long created = object.path("created").asLong();
            return (gt == null || created > gt)
                    && (gte == null || created >= gte)
                    && (lt == null || created < lt)
                    && (lte == null || created <= lte);
        }
    }
}
