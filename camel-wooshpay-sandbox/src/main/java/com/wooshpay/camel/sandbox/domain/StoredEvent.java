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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An event as recorded: its envelope fields and the JSON of its object as stored at that moment (the same immutable
 * array the store holds, not a copy). The event's JSON is written only when someone reads or receives it, so a
 * sandbox that records millions of events under load spends almost nothing on them.
 */
public final class StoredEvent {

    private static final JsonFactory JSON = new JsonFactory();

    private final String id;
    private final String type;
    private final long created;
    private final String requestId;
    private final String idempotencyKey;
    private final byte[] object;
    /** The endpoints subscribed to this event when it happened: the ones it is delivered to. */
    private final List<String> subscriberIds;
    /** Updated through {@link #PENDING}: one int per event instead of an AtomicInteger, millions of events under load. */
    private volatile int pendingWebhooks;

    private static final AtomicIntegerFieldUpdater<StoredEvent> PENDING =
            AtomicIntegerFieldUpdater.newUpdater(StoredEvent.class, "pendingWebhooks");

    StoredEvent(
            String id,
            String type,
            long created,
            String requestId,
            String idempotencyKey,
            byte[] object,
            List<String> subscriberIds) {
        this.id = id;
        this.type = type;
        this.created = created;
        this.requestId = requestId;
        this.idempotencyKey = idempotencyKey;
        this.object = object;
        this.subscriberIds = subscriberIds;
        this.pendingWebhooks = subscriberIds.size();
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public long created() {
        return created;
    }

    public List<String> subscriberIds() {
        return subscriberIds;
    }

    /** One endpoint acknowledged the event. */
    public void delivered() {
        PENDING.updateAndGet(this, n -> Math.max(0, n - 1));
    }

    public byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(object.length + 400);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("object", "event");
            g.writeStringField("api_version", EventLog.API_VERSION);
            g.writeNumberField("created", created);
            g.writeObjectFieldStart("data");
            g.writeFieldName("object");
            g.writeRawValue(new String(object, StandardCharsets.UTF_8));
            g.writeEndObject();
            g.writeBooleanField("livemode", false);
            g.writeNumberField("pending_webhooks", pendingWebhooks);
            g.writeObjectFieldStart("request");
            g.writeStringField("id", requestId);
            g.writeStringField("idempotency_key", idempotencyKey);
            g.writeEndObject();
            g.writeStringField("type", type);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String payload() {
        return new String(json(), StandardCharsets.UTF_8);
    }
}
