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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.api.ApiError;

/**
 * The search language subset the sandbox understands: clauses {@code field:'value'} joined by {@code AND}, on
 * {@code merchant_order_id}, {@code status}, {@code currency}, {@code amount}, {@code customer} and
 * {@code metadata['key']}.
 */
final class SearchQuery {

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(metadata\\[['\"]([^'\"]+)['\"]\\]|[a-z_]+)\\s*:\\s*(?:'([^']*)'|\"([^\"]*)\"|(\\S+))\\s*");
    private static final List<String> FIELDS = List.of("merchant_order_id", "status", "currency", "amount", "customer");

    private record Clause(String field, String metadataKey, String value) {}

    private final List<Clause> clauses;

    private SearchQuery(List<Clause> clauses) {
        this.clauses = clauses;
    }

    /** A payment intent search: {@code merchant_order_id}, {@code status}, {@code currency}, {@code amount}, ... */
    static SearchQuery parse(String query) {
        return parse(query, FIELDS);
    }

    /** A search on another object, over the fields it can be searched by (and its metadata). */
    static SearchQuery parse(String query, List<String> fields) {
        List<Clause> clauses = new ArrayList<>();
        for (String part : query.split("(?i)\\s+AND\\s+")) {
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                throw ApiError.invalid(
                        "search_query_invalid", "query", "Cannot read the search clause: " + part.trim());
            }
            String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            if (m.group(2) != null) {
                clauses.add(new Clause("metadata", m.group(2), value));
            } else if (fields.contains(m.group(1))) {
                clauses.add(new Clause(m.group(1), null, value));
            } else {
                throw ApiError.invalid(
                        "search_query_invalid",
                        "query",
                        "Field " + m.group(1) + " cannot be searched; use one of " + fields + " or metadata['key']");
            }
        }
        return new SearchQuery(clauses);
    }

    boolean matches(JsonNode intent) {
        for (Clause clause : clauses) {
            JsonNode actual = clause.metadataKey() != null
                    ? intent.path("metadata").path(clause.metadataKey())
                    : intent.path(clause.field());
            if (actual.isMissingNode() || actual.isNull() || !actual.asText().equalsIgnoreCase(clause.value())) {
                return false;
            }
        }
        return true;
    }
}
