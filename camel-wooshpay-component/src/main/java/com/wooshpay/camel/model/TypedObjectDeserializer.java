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
