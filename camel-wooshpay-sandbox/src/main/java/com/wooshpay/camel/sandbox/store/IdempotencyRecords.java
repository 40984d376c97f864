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
package com.wooshpay.camel.sandbox.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers kept per Idempotency-Key for 24 hours, as Stripe does and WooshPay implies: the same key with the same
 * request replays the first answer; with another request it is a conflict. Guarded by the account's lock.
 */
public final class IdempotencyRecords {

    public static final Duration RETENTION = Duration.ofHours(24);

    /** What was answered the first time, and for which request. */
    public record Record(String endpoint, byte[] requestDigest, int status, byte[] body, long atMillis) {

        public Record(String endpoint, JsonNode request, int status, byte[] body, Instant at) {
            this(endpoint, digest(request), status, body, at.toEpochMilli());
        }

        /** Same endpoint and an equal JSON body (field order does not matter). */
        public boolean matches(String otherEndpoint, JsonNode otherRequest) {
            return endpoint.equals(otherEndpoint) && MessageDigest.isEqual(requestDigest, digest(otherRequest));
        }
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** SHA-256 of the body with object fields in sorted order: small to keep, equal for equal JSON. */
    static byte[] digest(JsonNode body) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        feed(body, sha);
        return sha.digest();
    }

    /** Four bytes per length, handed to the digest at once (one call per byte showed in profiles). */
    private static final ThreadLocal<byte[]> LENGTH = ThreadLocal.withInitial(() -> new byte[4]);

    /** An unambiguous encoding: a type tag, then a length before every variable-length part. */
    private static void feed(JsonNode node, MessageDigest sha) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.size());
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            sha.update((byte) 'O');
            length(names.size(), sha);
            for (String name : names) {
                text(name, sha);
                feed(node.get(name), sha);
            }
        } else if (node.isArray()) {
            sha.update((byte) 'A');
            length(node.size(), sha);
            node.forEach(item -> feed(item, sha));
        } else {
            sha.update((byte) node.getNodeType().ordinal());
            text(node.asText(), sha);
        }
    }

    private static void text(String text, MessageDigest sha) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        length(bytes.length, sha);
        sha.update(bytes);
    }

    private static void length(int length, MessageDigest sha) {
        byte[] bytes = LENGTH.get();
        bytes[0] = (byte) (length >>> 24);
        bytes[1] = (byte) (length >>> 16);
        bytes[2] = (byte) (length >>> 8);
        bytes[3] = (byte) length;
        sha.update(bytes, 0, 4);
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
        long oldestKept = now.toEpochMilli() - RETENTION.toMillis();
        for (Iterator<Record> it = records.values().iterator(); it.hasNext(); ) {
            if (it.next().atMillis() > oldestKept) {
                return;
            }
            it.remove();
        }
    }
}
