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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Fields every WooshPay resource has. Fields this model does not know are kept in {@link #getExtraFields()} and
 * written back unchanged, so nothing WooshPay adds is lost on the way through a route.
 */
public abstract class WooshPayObject implements WooshPayModel {

    private String id;
    private String object;

    @JsonDeserialize(using = EpochInstantDeserializer.class)
    @JsonSerialize(using = EpochMillisSerializer.class)
    private Instant created;

    private Boolean livemode;
    private Map<String, Object> metadata;
    private final Map<String, Object> extraFields = new LinkedHashMap<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The object type name as WooshPay sends it, for example {@code payment_intent}. */
    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public Instant getCreated() {
        return created;
    }

    public void setCreated(Instant created) {
        this.created = created;
    }

    public Boolean getLivemode() {
        return livemode;
    }

    public void setLivemode(Boolean livemode) {
        this.livemode = livemode;
    }

    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtraFields() {
        return extraFields;
    }

    @JsonAnySetter
    public void setExtraField(String name, Object value) {
        extraFields.put(name, value);
    }

    /** The status of the resource where it has one; used for the {@code CamelWooshPayStatus} header. */
    public String statusValue() {
        return null;
    }

    @Override
    public String toString() {
        // deliberately short: ids and status only, never secrets, client secrets or personal data
        String status = statusValue();
        return getClass().getSimpleName() + "[id=" + id + (status != null ? ", status=" + status : "") + "]";
    }
}
