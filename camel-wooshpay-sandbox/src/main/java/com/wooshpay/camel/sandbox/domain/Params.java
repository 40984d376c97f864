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

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;

/** Reads request fields the way WooshPay validates them, answering 400 with the field named in {@code param}. */
final class Params {

    private Params() {}

    static long requiredAmount(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.missing(field);
        }
        return positiveAmount(value, field);
    }

    static Long optionalAmount(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : positiveAmount(value, field);
    }

    private static long positiveAmount(JsonNode value, String field) {
        long amount;
        if (value.isIntegralNumber()) {
            amount = value.asLong();
        } else if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            amount = Long.parseLong(value.asText());
        } else {
            throw ApiError.invalid("parameter_invalid_integer", field, "Invalid integer: " + value);
        }
        if (amount <= 0) {
            throw ApiError.invalid(
                    "amount_too_small", field, "Amount must be at least 1 " + "(smallest currency unit).");
        }
        return amount;
    }

    static String requiredCurrency(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.missing(field);
        }
        String text = value.asText();
        if (!text.matches("[A-Za-z]{3}")) {
            throw ApiError.invalid("parameter_invalid", field, "Invalid currency: " + text);
        }
        return text.toUpperCase(Locale.ROOT);
    }

    static String requiredText(JsonNode body, String field) {
        String text = text(body, field);
        if (text == null || text.isBlank()) {
            throw ApiError.missing(field);
        }
        return text;
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static boolean bool(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && (value.asBoolean() || "true".equalsIgnoreCase(value.asText()));
    }

    static void copyIfPresent(JsonNode body, ObjectNode target, String... fields) {
        for (String field : fields) {
            JsonNode value = body.get(field);
            if (value != null) {
                target.set(field, value.deepCopy());
            }
        }
    }

    /** A copy of the body's metadata, or an empty object: what every object stores. */
    static ObjectNode metadataOf(JsonNode body) {
        return body.hasNonNull("metadata")
                ? (ObjectNode) body.get("metadata").deepCopy()
                : JsonNodeFactory.instance.objectNode();
    }

    static void requireMetadata(JsonNode body) {
        JsonNode metadata = body.get("metadata");
        if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
            throw ApiError.invalid("parameter_invalid", "metadata", "metadata must be an object of key-value pairs.");
        }
    }

    static String requiredHttpUrl(JsonNode body, String field) {
        String url = requiredText(body, field);
        if (!url.matches("https?://[^\\s/]+.*")) {
            throw ApiError.invalid("url_invalid", field, "Invalid URL: " + url);
        }
        return url;
    }
}
