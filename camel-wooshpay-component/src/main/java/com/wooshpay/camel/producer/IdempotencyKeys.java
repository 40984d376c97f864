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
package com.wooshpay.camel.producer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.RandomKeys;
import com.wooshpay.camel.client.WooshPayOperation;
import org.apache.camel.Exchange;

/**
 * Chooses the Idempotency-Key of a POST: the {@code CamelWooshPayIdempotencyKey} header when set, otherwise a key
 * made once per exchange and endpoint and kept in an exchange property, so a Camel redelivery of the same exchange
 * sends the same key and WooshPay replays the first answer instead of charging again.
 */
final class IdempotencyKeys {

    static final String PROPERTY_PREFIX = "CamelWooshPayIdempotencyKey.";

    /**
     * Exchange properties are printed by tracers, {@code log:?showAll=true} and dumps, and the endpoint key holds the
     * endpoint's whole URI, API key included: the name carries an HMAC of it under a key that never leaves this JVM.
     * The same endpoint gets the same name for as long as the JVM lives (exchange properties live no longer), two
     * endpoints get two names, and nothing in the name helps to guess the API key, however short.
     */
    private static final byte[] NAME_KEY = randomBytes(32);

    private IdempotencyKeys() {}

    /** {@code propertyName} is {@link #propertyName} of the endpoint, computed once per producer. */
    static String forExchange(Exchange exchange, String propertyName) {
        String fromHeader = exchange.getMessage().getHeader(WooshPayConstants.IDEMPOTENCY_KEY, String.class);
        if (fromHeader != null && !fromHeader.isBlank()) {
            return fromHeader;
        }
        String key = exchange.getProperty(propertyName, String.class);
        if (key == null) {
            key = RandomKeys.uuid();
            exchange.setProperty(propertyName, key);
        }
        return key;
    }

    /** For example {@code CamelWooshPayIdempotencyKey.paymentIntent/create.3f9a0c1d7e2b4a65}. */
    static String propertyName(WooshPayOperation operation, String endpointKey) {
        return PROPERTY_PREFIX + operation + "." + endpointDigest(endpointKey);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String endpointDigest(String endpointKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(NAME_KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(endpointKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
