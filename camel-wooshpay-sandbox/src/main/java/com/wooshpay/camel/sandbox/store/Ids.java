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
package com.wooshpay.camel.sandbox.store;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** WooshPay-style ids: a prefix and 19 digits (milliseconds and a sequence), and random secrets. */
public final class Ids {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Ids() {}

    /** For example {@code pi_1664204164491640832}. Unique within the JVM. */
    public static String next(String prefix) {
        long millis = System.currentTimeMillis() % 10_000_000_000_000L;
        long sequence = SEQUENCE.incrementAndGet() % 1_000_000L;
        StringBuilder id = new StringBuilder(prefix.length() + 19).append(prefix);
        pad(id, millis, 13);
        pad(id, sequence, 6);
        return id.toString();
    }

    private static void pad(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /** Unpredictable text for secrets (webhook signing secrets). */
    public static String secret(int length) {
        return random(length, RANDOM);
    }

    /** Random text where unpredictability does not matter (client secrets, receipt numbers): fast, no lock. */
    public static String random(int length) {
        return random(length, java.util.concurrent.ThreadLocalRandom.current());
    }

    private static String random(int length, java.util.Random random) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
        }
        return new String(chars);
    }
}
