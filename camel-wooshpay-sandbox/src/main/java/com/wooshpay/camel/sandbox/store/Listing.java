package com.wooshpay.camel.sandbox.store;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.ApiError;

/** Cursor pagination over a newest-first list: {@code limit}, {@code starting_after}, {@code ending_before}. */
public final class Listing {

    private Listing() {
    }

    public static ObjectNode page(List<ObjectNode> newestFirst, Predicate<ObjectNode> filter, Query query, String url,
            String objectName) {
        List<ObjectNode> items = newestFirst.stream().filter(filter).toList();
        int limit = query.limit();
        int from = 0;
        int to = items.size();
        if (query.startingAfter() != null) {
            from = indexOf(items, query.startingAfter(), "starting_after") + 1;
        } else if (query.endingBefore() != null) {
            to = indexOf(items, query.endingBefore(), "ending_before");
            from = Math.max(0, to - limit);
        }
        int end = Math.min(to, from + limit);
        boolean hasMore = query.endingBefore() != null ? from > 0 : end < to;
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : items.subList(from, Math.max(from, end))) {
            data.add(item.deepCopy());
        }
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.put("object", objectName);
        page.put("url", url);
        page.put("has_more", hasMore);
        page.set("data", data);
        return page;
    }

    private static int indexOf(List<ObjectNode> items, String id, String param) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                return i;
            }
        }
        throw ApiError.invalid("resource_missing", param, "No such object: '" + id + "'");
    }

    /** The paging part of a list request. */
    public record Query(int limit, String startingAfter, String endingBefore) {

        public static Query of(java.util.function.Function<String, String> param) {
            int limit = 10;
            String raw = param.apply("limit");
            if (raw != null) {
                try {
                    limit = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    throw ApiError.invalid("parameter_invalid_integer", "limit", "Invalid integer: " + raw);
                }
                if (limit < 1 || limit > 100) {
                    throw ApiError.invalid("parameter_invalid_integer", "limit",
                            "This value must be greater than or equal to 1 and less than or equal to 100.");
                }
            }
            return new Query(limit, param.apply("starting_after"), param.apply("ending_before"));
        }
    }
}
