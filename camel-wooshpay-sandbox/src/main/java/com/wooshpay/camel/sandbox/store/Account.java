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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.domain.StoredEvent;

/**
 * Everything one API key owns: its objects by kind, its events and its idempotency records. Each secret key is its
 * own account, so tests with different keys never see each other's objects. All access holds the account's lock.
 *
 * <p>Objects are kept as their JSON bytes: one array per object instead of a tree of small nodes, so a sandbox
 * holding hundreds of thousands of objects (a benchmark run) stays cheap for the garbage collector. {@link #get}
 * returns a fresh tree; a change is kept only once it is {@link #put} back.
 */
public final class Account {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiKey;
    private final Map<String, Kind> kinds = new HashMap<>();
    private final IdempotencyRecords idempotency = new IdempotencyRecords();
    private final Map<String, Long> openSessionExpiry = new HashMap<>();

    /** The objects of one kind, in creation order. */
    private static final class Kind {
        /** JSON bytes, or a {@link StoredEvent} whose JSON is written when read. */
        final Map<String, Object> byId = new HashMap<>();

        final List<String> order = new ArrayList<>();
    }

    public Account(String apiKey) {
        this.apiKey = apiKey;
    }

    public String apiKey() {
        return apiKey;
    }

    public IdempotencyRecords idempotency() {
        return idempotency;
    }

    /** Open checkout sessions by id with their expiry (epoch ms), so expiry checks need not read every session. */
    public Map<String, Long> openSessionExpiry() {
        return openSessionExpiry;
    }

    /** Stores the object (new, or replacing the one with its id). */
    public void put(String kind, ObjectNode object) {
        try {
            putRaw(kind, object.get("id").asText(), JSON.writeValueAsBytes(object));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores an object already written as JSON, or an event. */
    public void putRaw(String kind, String id, Object json) {
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        if (k.byId.put(id, json) == null) {
            k.order.add(id);
        }
    }

    /** The stored JSON of an object, or null; the array must not be changed. */
    public byte[] raw(String kind, String id) {
        Kind k = kinds.get(kind);
        Object stored = k == null ? null : k.byId.get(id);
        return stored == null ? null : bytes(stored);
    }

    /** The stored event, or null. */
    public StoredEvent event(String kind, String id) {
        Kind k = kinds.get(kind);
        return k != null && k.byId.get(id) instanceof StoredEvent event ? event : null;
    }

    private static byte[] bytes(Object stored) {
        return stored instanceof StoredEvent event ? event.json() : (byte[]) stored;
    }

    /** A fresh, mutable copy of the object, or null. */
    public ObjectNode get(String kind, String id) {
        byte[] json = raw(kind, id);
        return json == null ? null : parse(json);
    }

    public boolean contains(String kind, String id) {
        Kind k = kinds.get(kind);
        return k != null && k.byId.containsKey(id);
    }

    public void remove(String kind, String id) {
        Kind k = kinds.get(kind);
        if (k != null && k.byId.remove(id) != null) {
            k.order.remove(id);
        }
    }

    /** The objects of a kind, newest first as WooshPay lists them, read one at a time as the iteration goes. */
    public Iterable<ObjectNode> newestFirst(String kind) {
        Kind k = kinds.get(kind);
        if (k == null) {
            return List.of();
        }
        return () -> new Iterator<>() {
            private int next = k.order.size() - 1;

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public ObjectNode next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                return parse(bytes(k.byId.get(k.order.get(next--))));
            }
        };
    }

    public int count(String kind) {
        Kind k = kinds.get(kind);
        return k == null ? 0 : k.order.size();
    }

    private static ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
