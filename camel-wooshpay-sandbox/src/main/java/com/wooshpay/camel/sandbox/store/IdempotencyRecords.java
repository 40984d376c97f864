package com.wooshpay.camel.sandbox.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers kept per Idempotency-Key for 24 hours, as Stripe does and WooshPay implies: the same key with the same
 * request replays the first answer; with another request it is a conflict. Guarded by the account's lock.
 */
public final class IdempotencyRecords {

    public static final Duration RETENTION = Duration.ofHours(24);

    /** What was answered the first time, and for which request. */
    public record Record(String endpoint, com.fasterxml.jackson.databind.JsonNode request, int status, String body,
            Instant at) {

        /** Same endpoint and an equal JSON body (field order does not matter). */
        public boolean matches(String otherEndpoint, com.fasterxml.jackson.databind.JsonNode otherRequest) {
            return endpoint.equals(otherEndpoint) && request.equals(otherRequest);
        }
    }

    private final Map<String, Record> records = new LinkedHashMap<>();

    public Record find(String key, Instant now) {
        purge(now);
        return records.get(key);
    }

    public void remember(String key, Record record) {
        records.put(key, record);
    }

    public int size() {
        return records.size();
    }

    private void purge(Instant now) {
        // insertion order is time order: stop at the first record still inside the window
        for (Iterator<Record> it = records.values().iterator(); it.hasNext();) {
            if (it.next().at().plus(RETENTION).isAfter(now)) {
                return;
            }
            it.remove();
        }
    }
}
