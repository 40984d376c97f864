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
package com.wooshpay.camel.sandbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Alipay+ presentment currencies and the wallets the cashier offers for each (WooshPay's Alipay+ page). */
public final class Wallets {

    public static final Set<String> ALIPAYPLUS_CURRENCIES = Set.of("CNY", "HKD", "GBP", "IDR", "MYR", "PHP", "THB");

    private static final List<String> ALL =
            List.of("AlipayHK", "DANA", "TNG", "BPI", "Rabbit LINE Pay", "GCash", "Boost", "Akulaku PayLater");

    private static final Map<String, List<String>> BY_CURRENCY = Map.of(
            "HKD", List.of("AlipayHK"),
            "IDR", List.of("DANA", "Akulaku PayLater"),
            "MYR", List.of("TNG", "Boost"),
            "PHP", List.of("GCash", "BPI"),
            "THB", List.of("Rabbit LINE Pay"));

    private Wallets() {}

    /** The wallets offered for a currency; cross-border currencies (CNY, GBP) offer every wallet. */
    public static List<String> forCurrency(String currency) {
        return BY_CURRENCY.getOrDefault(currency, ALL);
    }

    /** Methods paid on a redirect page (the cashier); {@code card} is charged at once. */
    static boolean isRedirectMethod(String type) {
        return !"card".equals(type);
    }
}
