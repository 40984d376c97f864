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
package com.wooshpay.camel.sandbox.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.wooshpay.camel.sandbox.store.Account;

/** Authenticates requests (HTTP Basic, secret key as user name) and keeps one account per test key. */
public final class Accounts {

    private final ConcurrentMap<String, Account> byKey = new ConcurrentHashMap<>();
    /** Authorization header values already checked, so a keep-alive client costs one lookup per request. */
    private final ConcurrentMap<String, Account> byHeader = new ConcurrentHashMap<>();

    /** The account of the request's key; 401 in WooshPay's envelope when the key is missing or not a test key. */
    public Account authenticate(String authorization) {
        Account known = authorization == null ? null : byHeader.get(authorization);
        if (known != null) {
            return known;
        }
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(
                    401,
                    "invalid_request_error",
                    "api_key_missing",
                    null,
                    "You did not provide an API key. Provide your secret key as the user name of HTTP Basic auth.");
        }
        String key = keyFrom(authorization);
        if (key == null || !key.startsWith("sk_test_") || key.length() < 12) {
            throw new ApiError(
                    401,
                    "invalid_request_error",
                    "api_key_invalid",
                    null,
                    "Invalid API Key provided: " + masked(key)
                            + ". The sandbox accepts secret test keys (sk_test_...).");
        }
        Account account = byKey.computeIfAbsent(key, Account::new);
        if (byHeader.size() > 10_000) {
            byHeader.clear(); // bounded: a client sending ever-new headers cannot grow it without limit
        }
        byHeader.put(authorization, account);
        return account;
    }

    public Collection<Account> all() {
        return byKey.values();
    }

    public Account find(String key) {
        return byKey.get(key);
    }

    private static String keyFrom(String authorization) {
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2) {
            return null;
        }
        if (parts[0].equalsIgnoreCase("Basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null; // WooshPay documents Basic only
    }

    private static String masked(String key) {
        if (key == null) {
            return "(unreadable)";
        }
        return key.length() <= 8 ? "****" : key.substring(0, 8) + "****" + key.substring(key.length() - 4);
    }
}
