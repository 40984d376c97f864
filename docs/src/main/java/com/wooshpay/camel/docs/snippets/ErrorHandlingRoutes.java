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

import com.wooshpay.camel.client.error.WooshPayAuthenticationException;
import com.wooshpay.camel.client.error.WooshPayCardException;
import com.wooshpay.camel.client.error.WooshPayConnectionException;
import com.wooshpay.camel.client.error.WooshPayServerException;
import com.wooshpay.camel.client.error.WooshPayValidationException;
import org.apache.camel.builder.RouteBuilder;

/** The errors guide: what each exception means for a route. */
public class ErrorHandlingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::on-exception[]
        // bad input never reached WooshPay: fix the order, do not retry
        onException(WooshPayValidationException.class)
                .handled(true)
                .log("Order ${header.orderId} refused: ${exception.message}")
                .to("direct:rejectOrder");

        // declined by the wallet or card: tell the customer, do not retry
        onException(WooshPayCardException.class)
                .handled(true)
                .setHeader("declineCode", simple("${exception.declineCode}"))
                .to("direct:paymentDeclined");

        // wrong or revoked key: page someone, retrying cannot help
        onException(WooshPayAuthenticationException.class).handled(false).to("direct:alertOperations");

        // WooshPay down or unreachable after the connector's own retries: try again later with the SAME
        // exchange, so the same idempotency key is sent and nothing is charged twice
        onException(WooshPayServerException.class, WooshPayConnectionException.class)
                .maximumRedeliveries(5)
                .redeliveryDelay(10_000)
                .useExponentialBackOff()
                .asyncDelayedRedelivery() // the wait is scheduled: no thread sleeps through it
                .handled(false);
        // end::on-exception[]

        from("direct:rejectOrder").log("rejected");
        from("direct:paymentDeclined").log("declined ${header.declineCode}");
        from("direct:alertOperations").log("alert");

        // tag::retry-options[]
        from("direct:charge")
                // up to 4 retries of connection failures, timeouts, 429 and 5xx; the first after ~200 ms, then doubling
                // (with jitter) up to 5 s; a Retry-After answer is honoured; other 4xx are never retried
                .to("wooshpay:paymentIntent/create?maxRetries=4&retryInitialDelay=200&retryMaxDelay=5s"
                        + "&connectTimeout=5s&readTimeout=20s");
        // end::retry-options[]
    }
}
