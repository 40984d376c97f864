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
package com.wooshpay.camel.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Body of {@code session/create}: a hosted checkout page for one or more one-time line items in one currency.
 *
 * <pre>
 * new CheckoutSessionRequest()
 *         .lineItem("Tea set", "HKD", 12800, 1)
 *         .lineItem("Cups", "HKD", 2500, 4)
 *         .successUrl("https://shop.example/paid").cancelUrl("https://shop.example/cart")
 * </pre>
 */
public final class CheckoutSessionRequest extends AbstractRequest<CheckoutSessionRequest> {

    private final List<Map<String, Object>> lineItems = new ArrayList<>();

    /** Adds a one-time line item priced with {@code price_data}. */
    public CheckoutSessionRequest lineItem(String productName, String currency, long unitAmount, long quantity) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", productName);
        Map<String, Object> priceData = new LinkedHashMap<>();
        priceData.put("currency", currency == null ? null : currency.toUpperCase(Locale.ROOT));
        priceData.put("unit_amount", unitAmount);
        priceData.put("product_data", product);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("price_data", priceData);
        item.put("quantity", quantity);
        lineItems.add(item);
        return param("line_items", lineItems);
    }

    /** {@code payment} (default) or {@code setup}. */
    public CheckoutSessionRequest mode(String mode) {
        return param("mode", mode);
    }

    public CheckoutSessionRequest successUrl(String url) {
        return param("success_url", url);
    }

    public CheckoutSessionRequest cancelUrl(String url) {
        return param("cancel_url", url);
    }

    public CheckoutSessionRequest paymentMethodTypes(String... types) {
        return param("payment_method_types", List.of(types));
    }

    public CheckoutSessionRequest clientReferenceId(String reference) {
        return param("client_reference_id", reference);
    }

    public CheckoutSessionRequest customerEmail(String email) {
        return param("customer_email", email);
    }
}
