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
package com.wooshpay.camel.model;

import java.util.LinkedHashMap;
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
