package com.wooshpay.camel.sandbox.domain;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.store.Listing;

/** Records an event for every state change, and serves them at {@code /v1/events}. */
public final class EventLog {

    private EventLog() {
    }

    public static final String KIND = "event";
    public static final String API_VERSION = "2022-10-12";

    /** Records {@code type} about a snapshot of {@code object}; delivery happens once the request is answered. */
    public static ObjectNode emit(Call call, String type, ObjectNode object) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("id", Ids.next("evt_"));
        event.put("object", "event");
        event.put("api_version", API_VERSION);
        event.put("created", call.nowMillis());
        ObjectNode data = event.putObject("data");
        data.set("object", object.deepCopy());
        event.put("livemode", false);
        event.put("pending_webhooks", WebhookEndpoints.subscribers(call.account(), type).size());
        ObjectNode request = event.putObject("request");
        request.put("id", call.requestId());
        if (call.idempotencyKey() != null) {
            request.put("idempotency_key", call.idempotencyKey());
        } else {
            request.putNull("idempotency_key");
        }
        event.put("type", type);
        call.account().put(KIND, event);
        call.events().add(event);
        return event;
    }

    public static ObjectNode retrieve(Account account, String id) {
        ObjectNode event = account.get(KIND, id);
        if (event == null) {
            throw ApiError.notFound("event", id);
        }
        return event.deepCopy();
    }

    public static ObjectNode list(Account account, java.util.function.Function<String, String> query) {
        String type = query.apply("type");
        CreatedFilter created = CreatedFilter.of(query);
        List<ObjectNode> events = account.newestFirst(KIND);
        return Listing.page(events, e -> (type == null || matchesType(type, e.path("type").asText())) && created.test(e),
                Listing.Query.of(query), "/v1/events", "list");
    }

    private static boolean matchesType(String pattern, String type) {
        return pattern.endsWith(".*") ? type.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(type);
    }

    /** {@code created[gt|gte|lt|lte]} filters, in milliseconds (seconds are accepted and scaled). */
    record CreatedFilter(Long gt, Long gte, Long lt, Long lte) implements java.util.function.Predicate<JsonNode> {

        static CreatedFilter of(java.util.function.Function<String, String> query) {
            return new CreatedFilter(millis(query, "gt"), millis(query, "gte"), millis(query, "lt"), millis(query, "lte"));
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
            return (gt == null || created > gt) && (gte == null || created >= gte) && (lt == null || created < lt)
                   && (lte == null || created <= lte);
        }
    }
}
