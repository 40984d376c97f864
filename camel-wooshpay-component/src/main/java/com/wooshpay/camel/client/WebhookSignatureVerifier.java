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
package com.wooshpay.camel.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.wooshpay.camel.model.EpochInstantDeserializer;

/**
 * Verifies the {@code Wooshpay-Signature} header ({@code t=...,v1=...}) over the raw request bytes: HMAC-SHA256 of
 * {@code t + "." + body}, keyed with each configured secret (so a secret can be rotated without downtime), compared in
 * constant time against every {@code v1}, with {@code t} in seconds or milliseconds (told by magnitude) within the
 * tolerance. Thread-safe: each thread reuses its own {@link Mac} per secret.
 */
public final class WebhookSignatureVerifier {

    public static final String HEADER = "Wooshpay-Signature";

    /** Why a delivery was refused; {@link #OK} when it was not. */
    public enum Outcome {
        OK("ok"),
        MISSING_HEADER("missing Wooshpay-Signature header"),
        MALFORMED_HEADER("malformed Wooshpay-Signature header"),
        STALE_TIMESTAMP("timestamp outside the tolerance"),
        NO_MATCHING_SIGNATURE("no signature matches");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        /** A short reason, safe to answer and log: it never holds the body or a secret. */
        public String reason() {
            return reason;
        }
    }

    /** The parts of the header that matter: the raw {@code t} text and every {@code v1}. */
    public record ParsedHeader(String timestamp, List<String> signatures) {}

    private final List<byte[]> secrets;
    private final Duration tolerance;
    private final Clock clock;
    private final ThreadLocal<Mac[]> macs;

    public WebhookSignatureVerifier(List<String> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("at least one non-blank webhook secret is required");
        }
        this.secrets = secrets.stream()
                .map(s -> s.trim().getBytes(StandardCharsets.UTF_8))
                .toList();
        this.tolerance = tolerance;
        this.clock = clock;
        this.macs = ThreadLocal.withInitial(this::newMacs);
    }

    public Outcome verify(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return Outcome.MISSING_HEADER;
        }
        ParsedHeader parsed = parse(header);
        if (parsed == null) {
            return Outcome.MALFORMED_HEADER;
        }
        long t = Long.parseLong(parsed.timestamp());
        if (!tolerance.isZero()) {
            long sentMillis = EpochInstantDeserializer.toInstant(t).toEpochMilli();
            if (Math.abs(clock.millis() - sentMillis) > tolerance.toMillis()) {
                return Outcome.STALE_TIMESTAMP;
            }
        }
        for (Mac mac : macs.get()) {
            mac.update(parsed.timestamp().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            for (String signature : parsed.signatures()) {
                if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
                    return Outcome.OK;
                }
            }
        }
        return Outcome.NO_MATCHING_SIGNATURE;
    }

    /**
     * Reads {@code t=...,v1=...[,v1=...]}; other keys are ignored. Null when there is not exactly one numeric
     * {@code t} or no non-empty {@code v1}.
     */
    public static ParsedHeader parse(String header) {
        if (header == null || header.length() > 4096) {
            return null;
        }
        String timestamp = null;
        List<String> signatures = new ArrayList<>(2);
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.equals("t")) {
                if (timestamp != null || !value.matches("\\d{1,15}")) {
                    return null;
                }
                timestamp = value;
            } else if (key.equals("v1") && !value.isEmpty()) {
                signatures.add(value.toLowerCase(Locale.ROOT));
            }
        }
        return timestamp == null || signatures.isEmpty() ? null : new ParsedHeader(timestamp, signatures);
    }

    /** The header WooshPay would send for {@code body} at {@code timestampSeconds}; for tests and tools. */
    public static String sign(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + timestampSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private Mac[] newMacs() {
        try {
            Mac[] result = new Mac[secrets.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = Mac.getInstance("HmacSHA256");
                result[i].init(new SecretKeySpec(secrets.get(i), "HmacSHA256"));
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignatureVerifier[" + secrets.size() + " secret(s), tolerance=" + tolerance + "]";
    }
}
