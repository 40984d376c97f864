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

import org.apache.camel.builder.RouteBuilder;

/** The README's first route: an order becomes an Alipay+ payment; the signed webhook says it is paid. */
public class FirstRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::first-route[]
        // the API key and the webhook secret are set on the component (camel.component.wooshpay.api-key and
        // camel.component.wooshpay.webhook-secret), never in a URI: Camel shows endpoint URIs in dumps, JMX and logs

        // an ERP order as a map: {"amount":1999,"currency":"HKD","merchant_order_id":"SO-1001"}
        from("direct:order")
                .setHeader("CamelWooshPayIdempotencyKey", simple("${body[merchant_order_id]}"))
                .to("wooshpay:paymentIntent/create?returnUrl=https://shop.example/back")
                .log("Send the customer to ${header.CamelWooshPayRedirectUrl}");

        // WooshPay's signed events: routed once each, acknowledged only after this route succeeded
        from("wooshpay:webhook?eventTypes=payment_intent.succeeded")
                .log("Order ${body.dataObject.merchantOrderId} is paid")
                .to("direct:markPaid");
        // end::first-route[]
    }
}
