package com.wooshpay.camel.producer;

import java.util.Map;
import com.wooshpay.camel.client.RandomKeys;
import java.util.concurrent.ConcurrentHashMap;

import com.wooshpay.camel.WooshPayConstants;
import org.apache.camel.Exchange;

/**
 * Chooses the Idempotency-Key of a POST: the {@code CamelWooshPayIdempotencyKey} header when set, otherwise a key
 * made once per exchange and endpoint and kept in an exchange property, so a Camel redelivery of the same exchange
 * sends the same key and WooshPay replays the first answer instead of charging again.
 */
final class IdempotencyKeys {

    static final String PROPERTY = "CamelWooshPayIdempotencyKeys";

    private IdempotencyKeys() {
    }

    @SuppressWarnings("unchecked")
    static String forExchange(Exchange exchange, String endpointKey) {
        String fromHeader = exchange.getMessage().getHeader(WooshPayConstants.IDEMPOTENCY_KEY, String.class);
        if (fromHeader != null && !fromHeader.isBlank()) {
            return fromHeader;
        }
        Map<String, String> keys = exchange.getProperty(PROPERTY, Map.class);
        if (keys == null) {
            keys = new ConcurrentHashMap<>();
            exchange.setProperty(PROPERTY, keys);
        }
        return keys.computeIfAbsent(endpointKey, k -> RandomKeys.uuid());
    }
}
