package com.wooshpay.camel.client;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for idempotency keys, from {@link ThreadLocalRandom}: a key must be unique, not secret, and
 * {@link UUID#randomUUID()} serialises every thread on one SecureRandom.
 */
public final class RandomKeys {

    private RandomKeys() {
    }

    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
