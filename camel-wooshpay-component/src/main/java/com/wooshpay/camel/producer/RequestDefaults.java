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
package com.wooshpay.camel.producer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.WooshPayOperation;
import org.apache.camel.Message;

/**
 * Fills what the body leaves out from the endpoint's options, then applies the header overrides
 * ({@code CamelWooshPayAmount}, {@code CamelWooshPayCurrency}, ...). The body always wins over an option; a header
 * always wins over the body.
 */
final class RequestDefaults {

    /** Wallet methods that take {@code payment_method_options.<type>.terminal_type}, per WooshPay's guides. */
    private static final Set<String> TERMINAL_TYPE_METHODS = Set.of("alipayplus", "alipay", "gcash");

    private RequestDefaults() {}

    static void apply(
            WooshPayOperation operation, WooshPayConfiguration config, Message message, Map<String, Object> params) {
        switch (operation) {
            case PAYMENT_INTENT_CREATE -> {
                overrideAmountAndCurrency(message, params, "amount");
                putIfAbsent(params, "currency", config.getCurrency());
                params.putIfAbsent("confirm", config.isConfirm());
                paymentMethod(config, params);
                if (Boolean.TRUE.equals(params.get("confirm"))
                        || "true".equals(String.valueOf(params.get("confirm")))) {
                    putIfAbsent(params, "return_url", config.getReturnUrl());
                }
            }
            case PAYMENT_INTENT_UPDATE -> overrideAmountAndCurrency(message, params, "amount");
            case PAYMENT_INTENT_CONFIRM -> putIfAbsent(params, "return_url", config.getReturnUrl());
            case PAYMENT_INTENT_SEARCH, CUSTOMER_SEARCH ->
                putIfAbsent(params, "query", message.getHeader(WooshPayConstants.SEARCH_QUERY, String.class));
            case PAYMENT_METHOD_ATTACH ->
                putIfAbsent(params, "customer", message.getHeader(WooshPayConstants.CUSTOMER_ID, String.class));
            case REFUND_CREATE -> {
                putIfAbsent(
                        params, "payment_intent", message.getHeader(WooshPayConstants.PAYMENT_INTENT_ID, String.class));
                Long amount = message.getHeader(WooshPayConstants.AMOUNT, Long.class);
                if (amount != null) {
                    params.put("amount", amount);
                }
            }
            case SESSION_CREATE -> session(config, params);
            default -> {
                // the other operations take their body as it is
            }
        }
    }

    private static void overrideAmountAndCurrency(Message message, Map<String, Object> params, String amountField) {
        Object amount = message.getHeader(WooshPayConstants.AMOUNT);
        if (amount != null) {
            Long asLong = message.getHeader(WooshPayConstants.AMOUNT, Long.class);
            params.put(amountField, asLong != null ? asLong : amount);
        }
        String currency = message.getHeader(WooshPayConstants.CURRENCY, String.class);
        if (currency != null) {
            params.put("currency", currency);
        }
    }

    @SuppressWarnings("unchecked")
    private static void paymentMethod(WooshPayConfiguration config, Map<String, Object> params) {
        String type = config.getPaymentMethodType();
        boolean named = params.containsKey("payment_method_data")
                || params.containsKey("payment_method_types")
                || params.containsKey("payment_method");
        if (!named && type != null) {
            // immutable: nothing downstream changes these nested defaults, so they need no copy per call
            params.put("payment_method_data", Map.of("type", type));
            params.put("payment_method_types", List.of(type));
        }
        if (params.get("payment_method_data") instanceof Map<?, ?> data
                && data.get("type") instanceof String method
                && TERMINAL_TYPE_METHODS.contains(method)
                && config.getTerminalType() != null) {
            Object options = params.get("payment_method_options");
            if (options == null) {
                params.put("payment_method_options", Map.of(method, Map.of("terminal_type", config.getTerminalType())));
            } else if (options instanceof Map<?, ?> optionMap) {
                // the caller's own options (a copy): add the terminal type only where it is missing
                Map<String, Object> methodOptions = (Map<String, Object>) ((Map<String, Object>) optionMap)
                        .computeIfAbsent(method, k -> new LinkedHashMap<String, Object>());
                methodOptions.putIfAbsent("terminal_type", config.getTerminalType());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void session(WooshPayConfiguration config, Map<String, Object> params) {
        params.putIfAbsent("mode", "payment");
        putIfAbsent(params, "success_url", config.getReturnUrl());
        if (config.getPaymentMethodType() != null) {
            params.putIfAbsent("payment_method_types", List.of(config.getPaymentMethodType()));
        }
        if (config.getCurrency() != null && params.get("line_items") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> line && line.get("price_data") instanceof Map<?, ?> price) {
                    ((Map<String, Object>) price).putIfAbsent("currency", config.getCurrency());
                }
            }
        }
    }

    private static void putIfAbsent(Map<String, Object> params, String field, Object value) {
        if (value != null && params.get(field) == null) {
            params.put(field, value);
        }
    }
}
