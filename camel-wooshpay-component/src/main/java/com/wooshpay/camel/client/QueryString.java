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
package com.wooshpay.camel.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes GET parameters the way WooshPay's Stripe-style API reads them: nested maps as {@code created[gte]=...},
 * lists as {@code key[0]=...}.
 */
final class QueryString {

    private QueryString() {}

    static String encode(Map<String, Object> params) {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((key, value) -> append(joiner, key, value));
        return joiner.toString();
    }

    private static void append(StringJoiner joiner, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> append(joiner, key + "[" + k + "]", v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                append(joiner, key + "[" + i + "]", list.get(i));
            }
        } else {
            joiner.add(encodeComponent(key) + "=" + encodeComponent(String.valueOf(value)));
        }
    }

    private static String encodeComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("%5B", "[")
                .replace("%5D", "]");
    }
}
