package com.wooshpay.camel.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
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
        JsonNode node = LenientJsonDeserializer.unwrap(ctxt.readTree(p));
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
}
