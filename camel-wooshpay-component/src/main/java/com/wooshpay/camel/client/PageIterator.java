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

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.WooshPayObject;

/**
 * Walks every item of a list or search, fetching the next page only when the current one is used up, so a
 * {@code split()} can stream a large result. The filters of the first request are kept on every page.
 */
final class PageIterator<T extends WooshPayObject> implements Iterator<T> {

    private final WooshPayClient client;
    private final WooshPayOperation operation;
    private final String id;
    private final Map<String, Object> params;
    private ListPage<T> page;
    private Iterator<T> items;

    PageIterator(WooshPayClient client, WooshPayOperation operation, String id, Map<String, Object> params) {
        this.client = client;
        this.operation = operation;
        this.id = id;
        this.params = new LinkedHashMap<>(params);
    }

    @Override
    public boolean hasNext() {
        if (items == null) {
            fetch();
        }
        while (!items.hasNext() && page.isHasMore() && !page.getData().isEmpty()) {
            advanceCursor();
            fetch();
        }
        return items.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }

    private void advanceCursor() {
        if (page.getNextPage() != null) {
            params.put("page", page.getNextPage());
        } else {
            params.remove("ending_before");
            params.put(
                    "starting_after",
                    page.getData().get(page.getData().size() - 1).getId());
        }
    }

    @SuppressWarnings("unchecked")
    private void fetch() {
        page = (ListPage<T>) client.execute(operation, id, params, null).value();
        items = page.getData().iterator();
    }
}
