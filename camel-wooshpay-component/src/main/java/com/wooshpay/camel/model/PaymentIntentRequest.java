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

import java.util.List;
import java.util.Locale;

/**
 * Body of {@code paymentIntent/create}, {@code update} and {@code confirm}. Amounts are integers in the smallest
 * currency unit. Fields left out are filled from the endpoint's defaults (currency, return URL, payment method
 * type, terminal type, confirm).
 *
 * <pre>
 * new PaymentIntentRequest().amount(1999).currency("HKD").merchantOrderId("SO-1001")
 * </pre>
 */
public final class PaymentIntentRequest extends AbstractRequest<PaymentIntentRequest> {

    public PaymentIntentRequest amount(long amount) {
        return param("amount", amount);
    }

    public PaymentIntentRequest currency(String currency) {
        return param("currency", currency == null ? null : currency.toUpperCase(Locale.ROOT));
    }

    public PaymentIntentRequest confirm(boolean confirm) {
        return param("confirm", confirm);
    }

    public PaymentIntentRequest returnUrl(String returnUrl) {
        return param("return_url", returnUrl);
    }

    /** The payment method, for example {@code alipayplus}, {@code gcash} or {@code card}. */
    public PaymentIntentRequest paymentMethodType(String type) {
        nested("payment_method_data").put("type", type);
        return param("payment_method_types", List.of(type));
    }

    /** {@code WEB} (desktop QR code) or {@code APP}/{@code WAP} for mobile, for the wallet methods. */
    public PaymentIntentRequest terminalType(String paymentMethodType, String terminalType) {
        nested("payment_method_options", paymentMethodType).put("terminal_type", terminalType);
        return this;
    }

    /** {@code automatic} (default) or {@code manual} to authorise now and capture later. */
    public PaymentIntentRequest captureMethod(String captureMethod) {
        return param("capture_method", captureMethod);
    }

    public PaymentIntentRequest merchantOrderId(String merchantOrderId) {
        return param("merchant_order_id", merchantOrderId);
    }

    public PaymentIntentRequest description(String description) {
        return param("description", description);
    }

    public PaymentIntentRequest customer(String customerId) {
        return param("customer", customerId);
    }

    public PaymentIntentRequest cancellationReason(String reason) {
        return param("cancellation_reason", reason);
    }

    public PaymentIntentRequest amountToCapture(long amount) {
        return param("amount_to_capture", amount);
    }
}
