package com.wooshpay.camel.sandbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Alipay+ presentment currencies and the wallets the cashier offers for each (WooshPay's Alipay+ page). */
public final class Wallets {

    public static final Set<String> ALIPAYPLUS_CURRENCIES = Set.of("CNY", "HKD", "GBP", "IDR", "MYR", "PHP", "THB");

    private static final List<String> ALL = List.of("AlipayHK", "DANA", "TNG", "BPI", "Rabbit LINE Pay", "GCash", "Boost",
            "Akulaku PayLater");

    private static final Map<String, List<String>> BY_CURRENCY = Map.of(
            "HKD", List.of("AlipayHK"),
            "IDR", List.of("DANA", "Akulaku PayLater"),
            "MYR", List.of("TNG", "Boost"),
            "PHP", List.of("GCash", "BPI"),
            "THB", List.of("Rabbit LINE Pay"));

    private Wallets() {
    }

    /** The wallets offered for a currency; cross-border currencies (CNY, GBP) offer every wallet. */
    public static List<String> forCurrency(String currency) {
        return BY_CURRENCY.getOrDefault(currency, ALL);
    }

    /** Methods paid on a redirect page (the cashier); {@code card} is charged at once. */
    static boolean isRedirectMethod(String type) {
        return !"card".equals(type);
    }
}
