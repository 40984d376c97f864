package com.wooshpay.camel.sandbox.store;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** WooshPay-style ids: a prefix and 19 digits (milliseconds and a sequence), and random secrets. */
public final class Ids {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Ids() {
    }

    /** For example {@code pi_1664204164491640832}. Unique within the JVM. */
    public static String next(String prefix) {
        long millis = System.currentTimeMillis() % 10_000_000_000_000L;
        long sequence = SEQUENCE.incrementAndGet() % 1_000_000L;
        return prefix + String.format("%013d%06d", millis, sequence);
    }

    public static String random(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(chars);
    }
}
