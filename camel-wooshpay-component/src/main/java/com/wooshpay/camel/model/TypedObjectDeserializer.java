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

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/** Reads an embedded resource (an event's {@code data.object}) as the model its {@code object} field names. */
public final class TypedObjectDeserializer extends StdDeserializer<WooshPayObject> {

    public TypedObjectDeserializer() {
        super(WooshPayObject.class);
    }

    @Override
    public WooshPayObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode objectName = node.get("object");
        Class<? extends WooshPayObject> type = ObjectTypes.forName(objectName != null ? objectName.asText() : null);
        return WooshPayJson.mapper().treeToValue(node, type);
    }
}
