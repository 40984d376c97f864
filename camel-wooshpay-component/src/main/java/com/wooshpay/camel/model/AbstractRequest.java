package com.wooshpay.camel.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Common part of the request builders: an ordered parameter map plus an escape hatch for any other field. */
abstract class AbstractRequest<B extends AbstractRequest<B>> implements WooshPayRequest {

    private final Map<String, Object> params = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Sets any other WooshPay field by its snake_case name; a null value removes it. */
    public B param(String name, Object value) {
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return self();
    }

    public B metadata(String key, Object value) {
        nested("metadata").put(key, value);
        return self();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> nested(String... path) {
        Map<String, Object> current = params;
        for (String name : path) {
            current = (Map<String, Object>) current.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
        }
        return current;
    }

    @Override
    public Map<String, Object> toParams() {
        return WooshPayJson.mutableCopy(params);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + params.keySet();
    }
}
