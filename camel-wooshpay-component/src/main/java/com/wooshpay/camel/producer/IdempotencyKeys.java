package com.wooshpay.camel.producer;

import com.wooshpay.camel.client.RandomKeys;

import com.wooshpay.camel.WooshPayConstants;
import org.apache.camel.Exchange;

/**
 * Chooses the Idempotency-Key of a POST: the {@code CamelWooshPayIdempotencyKey} header when set, otherwise a key
 * made once per exchange and endpoint and kept in an exchange property, so a Camel redelivery of the same exchange
 * sends the same key and WooshPay replays the first answer instead of charging again.
 */
final class IdempotencyKeys {

    static final String PROPERTY_PREFIX = "CamelWooshPayIdempotencyKey.";

    private IdempotencyKeys() {
    }

    /** {@code propertyName} is {@link #propertyName(String)} of the endpoint, computed once per producer. */
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

    static String propertyName(String endpointKey) {
        return PROPERTY_PREFIX + endpointKey;
    }
}
