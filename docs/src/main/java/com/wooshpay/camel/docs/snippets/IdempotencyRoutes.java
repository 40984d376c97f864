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
package com.wooshpay.camel.docs.snippets;

import com.wooshpay.camel.WooshPayConstants;
import org.apache.camel.builder.RouteBuilder;

/** The idempotency guide. */
public class IdempotencyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::order-key[]
        from("direct:payOrder")
                // the ERP order number: a retry, a redelivery, a restart or a second instance sending the same
                // order gets the payment intent that already exists instead of a new charge
                .setHeader(WooshPayConstants.IDEMPOTENCY_KEY, simple("order-${body[merchant_order_id]}"))
                .to("wooshpay:paymentIntent/create");
        // end::order-key[]

        // tag::one-key-per-call[]
        from("direct:payThenRefund")
                .setHeader(WooshPayConstants.IDEMPOTENCY_KEY, simple("order-${header.orderId}"))
                .to("wooshpay:paymentIntent/create")
                .setHeader(WooshPayConstants.PAYMENT_INTENT_ID, header(WooshPayConstants.OBJECT_ID))
                // a key belongs to one request: give the refund its own
                .setHeader(WooshPayConstants.IDEMPOTENCY_KEY, simple("refund-${header.orderId}"))
                .setBody(constant(null))
                .to("wooshpay:refund/create");
        // end::one-key-per-call[]
    }
}
