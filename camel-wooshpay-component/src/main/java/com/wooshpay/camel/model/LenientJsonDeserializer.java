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
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Reads a field that WooshPay sends as an object, as a JSON-encoded string, or as an empty string (seen for
 * {@code next_action}, {@code payment_method_types} and {@code payment_method_options}). An empty value becomes
 * {@code null}; a string that holds JSON becomes that JSON; any other string is kept as text.
 */
public final class LenientJsonDeserializer extends StdDeserializer<JsonNode> {

    /** Jackson's own tree reader, held here: looking it up for every field of every answer showed in profiles. */
    static final JsonDeserializer<? extends JsonNode> TREE = JsonNodeDeserializer.getDeserializer(JsonNode.class);

    public LenientJsonDeserializer() {
        super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return unwrapText(p.getText());
        }
        return unwrap(TREE.deserialize(p, ctxt));
    }

    @Override
    public JsonNode getNullValue(DeserializationContext ctxt) {
        return null;
    }

    static JsonNode unwrap(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isTextual() ? unwrapText(node.asText()) : node;
    }

    /** A string value: empty or "null" is null, JSON text is that JSON, anything else stays text. */
    static JsonNode unwrapText(String value) {
        String text = value.trim();
        if (text.isEmpty() || "null".equals(text)) {
            return null;
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return WooshPayJson.mapper().readTree(text);
            } catch (IOException notJson) {
                return TextNode.valueOf(value);
            }
        }
        return TextNode.valueOf(value);
    }
}
