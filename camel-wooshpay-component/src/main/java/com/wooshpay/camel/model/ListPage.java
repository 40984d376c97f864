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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * One page of a list or search answer: {@code {object:"list", url, has_more, data:[...]}}. A {@code has_more} of
 * {@code null}, as some WooshPay examples show, reads as false.
 */
public class ListPage<T> implements WooshPayModel {

    private String object;
    private String url;
    private boolean hasMore;
    private String nextPage;
    private List<T> data = new ArrayList<>();
    private final Map<String, Object> extraFields = new LinkedHashMap<>();

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isHasMore() {
        return hasMore;
    }

    public void setHasMore(Boolean hasMore) {
        this.hasMore = Boolean.TRUE.equals(hasMore);
    }

    /** The cursor of the next page of a search, where WooshPay sends one. */
    public String getNextPage() {
        return nextPage;
    }

    public void setNextPage(String nextPage) {
        this.nextPage = nextPage;
    }

    public List<T> getData() {
        return data;
    }

    public void setData(List<T> data) {
        this.data = data != null ? data : new ArrayList<>();
    }

    @JsonAnyGetter
    public Map<String, Object> getExtraFields() {
        return extraFields;
    }

    @JsonAnySetter
    public void setExtraField(String name, Object value) {
        extraFields.put(name, value);
    }

    @Override
    public String toString() {
        return "ListPage[size=" + data.size() + ", hasMore=" + hasMore + "]";
    }
}
