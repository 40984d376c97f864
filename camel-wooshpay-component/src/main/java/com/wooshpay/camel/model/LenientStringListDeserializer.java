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
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/** Reads a list of strings sent as a JSON array, as a JSON-encoded string of an array, or as one plain string. */
public final class LenientStringListDeserializer extends StdDeserializer<List<String>> {

    public LenientStringListDeserializer() {
        super(List.class);
    }

    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return readArray(p); // what WooshPay sends nearly always: read from the tokens, no tree in between
        }
        JsonNode node = LenientJsonDeserializer.unwrap(LenientJsonDeserializer.TREE.deserialize(p, ctxt));
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    /** The items of an array as text, as {@link JsonNode#asText()} gives them: an object or array item is "". */
    private static List<String> readArray(JsonParser p) throws IOException {
        List<String> values = new ArrayList<>();
        // null: the input ended inside the array; Jackson reports that itself, this loop must not spin on it
        for (JsonToken token = p.nextToken(); token != null && token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                p.skipChildren();
                values.add("");
            } else {
                values.add(p.getText());
            }
        }
        return values;
    }
}
