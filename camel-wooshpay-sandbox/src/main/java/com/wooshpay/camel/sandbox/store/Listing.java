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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;

/**
 * Cursor pagination over a newest-first sequence: {@code limit}, {@code starting_after}, {@code ending_before}. Reads
 * only as far into the sequence as the page needs.
 */
public final class Listing {

    private Listing() {}

    public static ObjectNode page(
            Iterable<ObjectNode> newestFirst,
            Predicate<ObjectNode> filter,
            Query query,
            String url,
            String objectName) {
        List<ObjectNode> items = new ArrayList<>();
        boolean hasMore;
        if (query.endingBefore() != null) {
            // the page is the `limit` items just before the cursor; more exist if anything comes before them
            Deque<ObjectNode> window = new ArrayDeque<>();
            boolean found = false;
            int dropped = 0;
            for (ObjectNode item : newestFirst) {
                if (query.endingBefore().equals(item.path("id").asText())) {
                    found = true;
                    break;
                }
                if (filter.test(item)) {
                    window.addLast(item);
                    if (window.size() > query.limit()) {
                        window.removeFirst();
                        dropped++;
                    }
                }
            }
            if (!found) {
                throw missingCursor("ending_before", query.endingBefore());
            }
            items.addAll(window);
            hasMore = dropped > 0;
        } else {
            boolean started = query.startingAfter() == null;
            hasMore = false;
            for (ObjectNode item : newestFirst) {
                if (!started) {
                    started = query.startingAfter().equals(item.path("id").asText());
                    continue;
                }
                if (filter.test(item)) {
                    if (items.size() == query.limit()) {
                        hasMore = true;
                        break;
                    }
                    items.add(item);
                }
            }
            if (!started) {
                throw missingCursor("starting_after", query.startingAfter());
            }
        }
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        items.forEach(data::add);
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.put("object", objectName);
        page.put("url", url);
        page.put("has_more", hasMore);
        page.set("data", data);
        return page;
    }

    /**
     * A search result page: cursor by {@code page} (the last id of the previous page), {@code next_page} when more
     * match, as Stripe's search answers.
     */
    public static ObjectNode searchPage(
            Iterable<ObjectNode> newestFirst,
            Predicate<ObjectNode> filter,
            Function<String, String> query,
            String url) {
        String page = query.apply("page");
        ObjectNode result = page(
                newestFirst,
                filter,
                Query.of(name ->
                        "starting_after".equals(name) ? page : "ending_before".equals(name) ? null : query.apply(name)),
                url,
                "search_result");
        JsonNode data = result.get("data");
        if (result.get("has_more").asBoolean() && !data.isEmpty()) {
            result.put("next_page", data.get(data.size() - 1).get("id").asText());
        } else {
            result.putNull("next_page");
        }
        return result;
    }

    private static ApiError missingCursor(String param, String id) {
        return ApiError.invalid("resource_missing", param, "No such object: '" + id + "'");
    }

    /** The paging part of a list request. */
    public record Query(int limit, String startingAfter, String endingBefore) {

        public static Query of(Function<String, String> param) {
            int limit = 10;
            String raw = param.apply("limit");
            if (raw != null) {
                try {
                    limit = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    throw ApiError.invalid("parameter_invalid_integer", "limit", "Invalid integer: " + raw);
                }
                if (limit < 1 || limit > 100) {
                    throw ApiError.invalid(
                            "parameter_invalid_integer",
                            "limit",
                            "This value must be greater than or equal to 1 and less than or equal to 100.");
                }
            }
            return new Query(limit, param.apply("starting_after"), param.apply("ending_before"));
        }
    }
}
