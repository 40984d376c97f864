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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.wooshpay.camel.client.error.WooshPayValidationException;

/**
 * Checks a request before it is sent, so that a mistake costs no HTTP call and the error names the field. Amounts
 * given as whole numbers in any numeric type or as digit strings are normalised to {@code Long}; currencies to upper
 * case. Strict when writing: WooshPay's own rules where documented, Stripe's where WooshPay is silent.
 */
public final class RequestValidator {

    /** The presentment currencies WooshPay documents for Alipay+. */
    public static final Set<String> ALIPAYPLUS_CURRENCIES = Set.of("CNY", "HKD", "GBP", "IDR", "MYR", "PHP", "THB");

    private static final Set<String> REFUND_REASONS =
            Set.of("duplicate", "fraudulent", "requested_by_customer", "resolved_dispute");
    private static final Set<String> SESSION_MODES = Set.of("payment", "setup");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RequestValidator() {}

    /**
     * Checks the request of one call and normalises it in place (amounts to {@code Long}, currencies to upper case):
     * the id when the path needs one, {@code limit} when given, then the operation's own rule from its row of
     * {@link WooshPayOperation}.
     */
    public static void checkAndNormalise(WooshPayOperation operation, String id, Map<String, Object> params) {
        if (operation.requiresId() && (id == null || id.isBlank())) {
            throw new WooshPayValidationException("id", "is required for " + operation);
        }
        if (params.containsKey("limit")) {
            long limit = integer(params, "limit", "limit");
            if (limit < 1 || limit > 100) {
                throw new WooshPayValidationException("limit", "must be between 1 and 100, was " + limit);
            }
        }
        operation.rule().check(params);
    }

    /** What one operation requires of its body beyond the id; a column of {@link WooshPayOperation}. */
    @FunctionalInterface
    interface Rule {
        /** Nothing beyond the id: retrieve, list, expire, delete. */
        Rule NONE = params -> {};

        void check(Map<String, Object> params);
    }

    static void paymentIntentUpdate(Map<String, Object> params) {
        optionalPositiveAmount(params, "amount");
        if (params.containsKey("currency")) {
            currency(params, "currency", params.get("currency"));
        }
    }

    static void paymentIntentCancel(Map<String, Object> params) {
        requiredText(params, "cancellation_reason");
    }

    static void paymentIntentCapture(Map<String, Object> params) {
        optionalPositiveAmount(params, "amount_to_capture");
    }

    static void search(Map<String, Object> params) {
        requiredText(params, "query");
    }

    static void customerWrite(Map<String, Object> params) {
        Object email = params.get("email");
        if (email != null
                && !(email instanceof String text && EMAIL.matcher(text).matches())) {
            throw new WooshPayValidationException("email", "must be an email address, was " + email);
        }
        for (String object : List.of("address", "shipping", "metadata")) {
            Object value = params.get(object);
            if (value != null && !(value instanceof Map)) {
                throw new WooshPayValidationException(object, "must be an object of fields");
            }
        }
    }

    static void paymentMethodCreate(Map<String, Object> params) {
        String type = requiredText(params, "type");
        if (type.equals("card")) {
            if (!(params.get("card") instanceof Map<?, ?> card)) {
                throw new WooshPayValidationException(
                        "card", "is required for type card (number, exp_month, exp_year)");
            }
            Object number = card.get("number");
            if (!(number instanceof String digits) || !digits.replace(" ", "").matches("\\d{12,19}")) {
                // the number itself is never repeated in the message: it is cardholder data
                throw new WooshPayValidationException("card.number", "must be 12 to 19 digits");
            }
            expiry(card);
        }
    }

    static void paymentMethodUpdate(Map<String, Object> params) {
        if (params.get("card") instanceof Map<?, ?> card) {
            if (card.containsKey("number")) {
                throw new WooshPayValidationException("card.number", "cannot be changed; create a payment method");
            }
            expiry(card);
        }
    }

    static void paymentMethodAttach(Map<String, Object> params) {
        requiredText(params, "customer");
    }

    private static void expiry(Map<?, ?> card) {
        Object month = card.get("exp_month");
        if (month != null) {
            Long value = toLong(month);
            if (value == null || value < 1 || value > 12) {
                throw new WooshPayValidationException("card.exp_month", "must be 1 to 12, was " + month);
            }
        }
        Object year = card.get("exp_year");
        if (year != null) {
            Long value = toLong(year);
            if (value == null || value < 2000 || value > 2100) {
                throw new WooshPayValidationException("card.exp_year", "must be a four-digit year, was " + year);
            }
        }
    }

    static void webhookEndpointUpdate(Map<String, Object> params) {
        if (params.containsKey("url")) {
            absoluteHttpUrl(params, "url");
        }
    }

    static void paymentIntentCreate(Map<String, Object> params) {
        positiveAmount(params, "amount");
        if (!params.containsKey("currency")) {
            throw new WooshPayValidationException("currency", "is required (a three-letter ISO code such as HKD)");
        }
        String currency = currency(params, "currency", params.get("currency"));
        if (usesMethod(params, "alipayplus") && !ALIPAYPLUS_CURRENCIES.contains(currency)) {
            throw new WooshPayValidationException(
                    "currency", "must be one of " + sorted(ALIPAYPLUS_CURRENCIES) + " for alipayplus, was " + currency);
        }
        if (isTrue(params.get("confirm"))) {
            Object returnUrl = params.get("return_url");
            if (!(returnUrl instanceof String s) || s.isBlank()) {
                throw new WooshPayValidationException(
                        "return_url",
                        "is required when confirm is true (set returnUrl on the endpoint or return_url in the body)");
            }
        }
    }

    static void refundCreate(Map<String, Object> params) {
        requiredText(params, "payment_intent");
        optionalPositiveAmount(params, "amount");
        Object reason = params.get("reason");
        if (reason != null && !REFUND_REASONS.contains(String.valueOf(reason))) {
            throw new WooshPayValidationException(
                    "reason", "must be one of " + sorted(REFUND_REASONS) + ", was " + reason);
        }
    }

    @SuppressWarnings("unchecked")
    static void sessionCreate(Map<String, Object> params) {
        Object mode = params.get("mode");
        if (mode != null && !SESSION_MODES.contains(String.valueOf(mode))) {
            throw new WooshPayValidationException("mode", "must be one of " + sorted(SESSION_MODES) + ", was " + mode);
        }
        requiredText(params, "success_url");
        if (!(params.get("line_items") instanceof List<?> items) || items.isEmpty()) {
            throw new WooshPayValidationException("line_items", "must hold at least one line item");
        }
        String sessionCurrency = null;
        for (int i = 0; i < items.size(); i++) {
            String prefix = "line_items[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> rawItem)) {
                throw new WooshPayValidationException(prefix, "must be an object with price_data and quantity");
            }
            Map<String, Object> item = (Map<String, Object>) rawItem;
            long quantity = integer(item, "quantity", prefix + ".quantity");
            if (quantity < 1) {
                throw new WooshPayValidationException(prefix + ".quantity", "must be at least 1, was " + quantity);
            }
            if (!(item.get("price_data") instanceof Map<?, ?> rawPrice)) {
                throw new WooshPayValidationException(
                        prefix + ".price_data", "is required (one-time price with currency and unit_amount)");
            }
            Map<String, Object> price = (Map<String, Object>) rawPrice;
            if (price.get("recurring") != null) {
                throw new WooshPayValidationException(
                        prefix + ".price_data.recurring",
                        "is not supported: checkout sessions take one-time prices only");
            }
            long unitAmount = integer(price, "unit_amount", prefix + ".price_data.unit_amount");
            if (unitAmount <= 0) {
                throw new WooshPayValidationException(
                        prefix + ".price_data.unit_amount",
                        "must be a positive integer in the smallest currency unit, was " + unitAmount);
            }
            String currency = currency(price, prefix + ".price_data.currency", price.get("currency"));
            if (sessionCurrency == null) {
                sessionCurrency = currency;
            } else if (!sessionCurrency.equals(currency)) {
                throw new WooshPayValidationException(
                        prefix + ".price_data.currency",
                        "is " + currency + " but line_items[0] is " + sessionCurrency
                                + ": a session takes one currency");
            }
        }
    }

    static void webhookEndpointCreate(Map<String, Object> params) {
        absoluteHttpUrl(params, "url");
        if (!(params.get("enabled_events") instanceof List<?> events) || events.isEmpty()) {
            throw new WooshPayValidationException("enabled_events", "must list at least one event type, or \"*\"");
        }
    }

    private static void absoluteHttpUrl(Map<String, Object> params, String field) {
        String url = requiredText(params, field);
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new WooshPayValidationException(field, "must be an absolute http(s) URL, was " + url);
        }
    }

    private static boolean usesMethod(Map<String, Object> params, String method) {
        if (params.get("payment_method_data") instanceof Map<?, ?> data && method.equals(data.get("type"))) {
            return true;
        }
        return params.get("payment_method_types") instanceof List<?> types && types.contains(method);
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    private static String requiredText(Map<String, Object> params, String field) {
        Object value = params.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new WooshPayValidationException(field, "is required");
        }
        return text;
    }

    private static void positiveAmount(Map<String, Object> params, String field) {
        if (!params.containsKey(field) || params.get(field) == null) {
            throw new WooshPayValidationException(field, "is required (an integer in the smallest currency unit)");
        }
        optionalPositiveAmount(params, field);
    }

    private static void optionalPositiveAmount(Map<String, Object> params, String field) {
        if (params.get(field) == null) {
            return;
        }
        long amount = integer(params, field, field);
        if (amount <= 0) {
            throw new WooshPayValidationException(
                    field, "must be a positive integer in the smallest currency unit, was " + amount);
        }
    }

    /** Reads a whole number and writes it back as a Long. */
    private static long integer(Map<String, Object> params, String key, String field) {
        Object value = params.get(key);
        Long result = toLong(value);
        if (result == null) {
            throw new WooshPayValidationException(
                    field,
                    value == null ? "is required" : "must be an integer in the smallest currency unit, was " + value);
        }
        params.put(key, result);
        return result;
    }

    private static Long toLong(Object value) {
        try {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            if (value instanceof BigInteger big) {
                return big.longValueExact();
            }
            if (value instanceof Number number) {
                return new BigDecimal(number.toString()).longValueExact();
            }
            if (value instanceof String text && text.trim().matches("-?\\d{1,18}")) {
                return Long.parseLong(text.trim());
            }
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return null;
        }
        return null;
    }

    private static String currency(Map<String, Object> target, String field, Object value) {
        if (!(value instanceof String text) || !isThreeLetters(text)) {
            throw new WooshPayValidationException(field, "must be a three-letter ISO 4217 code, was " + value);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.equals(text)) {
            target.put("currency", upper);
        }
        return upper;
    }

    private static boolean isThreeLetters(String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
