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
import java.time.Instant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads WooshPay timestamps leniently. WooshPay returns epoch milliseconds although parts of its reference (copied
 * from Stripe) say seconds, so the unit is told by magnitude: values above 10^12 are milliseconds.
 */
public final class EpochInstantDeserializer extends StdDeserializer<Instant> {

    static final long MILLIS_THRESHOLD = 1_000_000_000_000L;

    public EpochInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        long value;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            value = p.getValueAsLong();
        } else if (token == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                return Instant.parse(text);
            }
        } else {
            return null;
        }
        return toInstant(value);
    }

    /** Seconds or milliseconds since the epoch, told apart by magnitude (WooshPay writes both): the one home of that rule. */
    public static Instant toInstant(long epoch) {
        return epoch > MILLIS_THRESHOLD ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
    }
}
