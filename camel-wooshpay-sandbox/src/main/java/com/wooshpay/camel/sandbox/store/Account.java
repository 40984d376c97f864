package com.wooshpay.camel.sandbox.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything one API key owns: its objects by kind, its events and its idempotency records. Each secret key is its
 * own account, so tests with different keys never see each other's objects. All access holds the account's lock.
 */
public final class Account {

    private final String apiKey;
    private final Map<String, Map<String, ObjectNode>> objectsByKind = new LinkedHashMap<>();
    private final IdempotencyRecords idempotency = new IdempotencyRecords();

    public Account(String apiKey) {
        this.apiKey = apiKey;
    }

    public String apiKey() {
        return apiKey;
    }

    public IdempotencyRecords idempotency() {
        return idempotency;
    }

    public void put(String kind, ObjectNode object) {
        objectsByKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(object.get("id").asText(), object);
    }

    public ObjectNode get(String kind, String id) {
        Map<String, ObjectNode> objects = objectsByKind.get(kind);
        return objects == null ? null : objects.get(id);
    }

    public ObjectNode remove(String kind, String id) {
        Map<String, ObjectNode> objects = objectsByKind.get(kind);
        return objects == null ? null : objects.remove(id);
    }

    /** The objects of a kind, newest first, as WooshPay lists them. */
    public List<ObjectNode> newestFirst(String kind) {
        Map<String, ObjectNode> objects = objectsByKind.get(kind);
        if (objects == null) {
            return List.of();
        }
        List<ObjectNode> list = new ArrayList<>(objects.values());
        Collections.reverse(list);
        return list;
    }

    public int count(String kind) {
        Map<String, ObjectNode> objects = objectsByKind.get(kind);
        return objects == null ? 0 : objects.size();
    }
}
