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
