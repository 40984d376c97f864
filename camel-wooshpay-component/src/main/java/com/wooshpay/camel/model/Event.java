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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A WooshPay event ({@code evt_...}). {@link #getDataObject()} is typed after the resource it carries
 * ({@link PaymentIntent}, {@link Refund}, {@link CheckoutSession}, ...); {@link #getRawJson()} keeps the JSON as
 * received, for auditing and for fields this model does not know.
 */
public class Event extends WooshPayObject {

    private static final ObjectReader READER = WooshPayJson.mapper().readerFor(Event.class);

    private String type;
    private String apiVersion;
    private Long pendingWebhooks;

    @JsonDeserialize(using = LenientJsonDeserializer.class)
    private JsonNode request;

    private Data data;

    @JsonIgnore
    private String rawJson;

    /**
     * Reads an event from its JSON text and keeps that text as {@link #getRawJson()}.
     *
     * @throws java.io.UncheckedIOException when the text is not a JSON object that reads as an event
     */
    public static Event fromJson(String json) {
        return withRawJson(WooshPayJson.read(json, Event.class), json);
    }

    /** Reads an event from the bytes as received (a webhook body), without decoding them to text first. */
    public static Event fromJson(byte[] json) {
        Event event;
        try {
            event = READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withRawJson(event, new String(json, StandardCharsets.UTF_8));
    }

    private static Event withRawJson(Event event, String json) {
        if (event == null) {
            throw new UncheckedIOException(new IOException("an event must be a JSON object, was: null"));
        }
        event.rawJson = json;
        return event;
    }

    @JsonIgnore
    public WooshPayObject getDataObject() {
        return data != null ? data.getObject() : null;
    }

    /** The data object as the given model type, or null when the event carries another type. */
    public <T extends WooshPayObject> T getDataObject(Class<T> type) {
        WooshPayObject object = getDataObject();
        return type.isInstance(object) ? type.cast(object) : null;
    }

    @Override
    public String statusValue() {
        WooshPayObject object = getDataObject();
        return object != null ? object.statusValue() : null;
    }

    @Override
    public String toString() {
        return "Event[id=" + getId() + ", type=" + type + "]";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public Long getPendingWebhooks() {
        return pendingWebhooks;
    }

    public void setPendingWebhooks(Long pendingWebhooks) {
        this.pendingWebhooks = pendingWebhooks;
    }

    /** The API request that caused the event: {@code {id, idempotency_key}}. */
    public JsonNode getRequest() {
        return request;
    }

    public void setRequest(JsonNode request) {
        this.request = request;
    }

    public Data getData() {
        return data;
    }

    public void setData(Data data) {
        this.data = data;
    }

    public String getRawJson() {
        return rawJson;
    }

    public void setRawJson(String rawJson) {
        this.rawJson = rawJson;
    }

    /** The {@code data} member of an event. */
    public static class Data {

        @JsonDeserialize(using = TypedObjectDeserializer.class)
        private WooshPayObject object;

        private Map<String, Object> previousAttributes;

        public WooshPayObject getObject() {
            return object;
        }

        public void setObject(WooshPayObject object) {
            this.object = object;
        }

        public Map<String, Object> getPreviousAttributes() {
            return previousAttributes;
        }

        public void setPreviousAttributes(Map<String, Object> previousAttributes) {
            this.previousAttributes = previousAttributes;
        }
    }
}
