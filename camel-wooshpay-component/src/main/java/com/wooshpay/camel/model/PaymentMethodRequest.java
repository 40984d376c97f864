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

/**
 * Body of {@code paymentMethod/create} and {@code paymentMethod/update}, and of {@code paymentMethod/attach}
 * ({@link #customer}). A card number sent from your own systems puts them in PCI DSS scope: prefer a checkout session
 * or WooshPay's hosted fields, and use this for tests and for wallets.
 *
 * <pre>
 * new PaymentMethodRequest().type("card").card("4111111111111111", 3, 2027, "123")
 * </pre>
 */
public final class PaymentMethodRequest extends AbstractRequest<PaymentMethodRequest> {

    /** {@code card}, {@code alipayplus}, or a wallet name. */
    public PaymentMethodRequest type(String type) {
        return param("type", type);
    }

    public PaymentMethodRequest card(String number, int expMonth, int expYear, String cvc) {
        nested("card").put("number", number);
        nested("card").put("exp_month", expMonth);
        nested("card").put("exp_year", expYear);
        nested("card").put("cvc", cvc);
        return this;
    }

    public PaymentMethodRequest billingName(String name) {
        nested("billing_details").put("name", name);
        return this;
    }

    public PaymentMethodRequest billingEmail(String email) {
        nested("billing_details").put("email", email);
        return this;
    }

    /** For {@code paymentMethod/attach}: the customer ({@code cus_...}) to attach it to. */
    public PaymentMethodRequest customer(String customerId) {
        return param("customer", customerId);
    }
}
