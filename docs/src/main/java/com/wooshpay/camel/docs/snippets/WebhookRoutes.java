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

import java.io.File;
import javax.sql.DataSource;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.Refund;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/** The webhooks guide and the several-instances guide. */
public class WebhookRoutes extends RouteBuilder {

    private final DataSource dataSource;

    public WebhookRoutes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void configure() {
        // tag::typed-events[]
        // the signing secret is the component's (camel.component.wooshpay.webhook-secret), not part of the URI
        from("wooshpay:webhook?eventTypes=payment_intent.succeeded,payment_intent.payment_failed,charge.refund.updated")
                .choice()
                .when(header("CamelWooshPayEventType").isEqualTo("payment_intent.succeeded"))
                .process(e -> {
                    Event event = e.getMessage().getBody(Event.class);
                    PaymentIntent paid = event.getDataObject(PaymentIntent.class);
                    e.getMessage().setHeader("orderId", paid.getMerchantOrderId());
                })
                .to("direct:markPaid")
                .when(header("CamelWooshPayEventType").isEqualTo("charge.refund.updated"))
                .process(e -> e.getMessage()
                        .setHeader("refund", e.getMessage().getBody(Event.class).getDataObject(Refund.class)))
                .to("direct:markRefunded")
                .otherwise()
                .to("direct:markFailed");
        // end::typed-events[]

        // tag::auto-register[]
        // registers https://erp.example.com/wooshpay/webhook with WooshPay on start, or reuses the endpoint
        // registered by an earlier start; the signing secret WooshPay returns is kept in the state repository
        from("wooshpay:webhook?webhookAutoRegister=true&webhookExternalUrl=https://erp.example.com"
                        + "&eventTypes=payment_intent.succeeded"
                        + "&webhookSecretRepository=#webhookSecrets")
                .to("direct:markPaid");
        // end::auto-register[]

        // tag::cluster[]
        // every instance behind the load balancer uses the same table (CAMEL_MESSAGEPROCESSED with PRIMARY KEY
        // (processorName, messageId)): completed events under one processor name, claims under another
        getContext().getRegistry().bind("processedEvents", new JdbcMessageIdRepository(dataSource, "wooshpay-webhook"));
        JdbcOrphanLockAwareIdempotentRepository claims =
                new JdbcOrphanLockAwareIdempotentRepository(dataSource, "wooshpay-claims", getContext());
        claims.setLockMaxAgeMillis(300_000); // the lease: a claim not kept alive this long is taken over
        claims.setLockKeepAliveIntervalMillis(30_000); // the owner keeps its claims alive this often
        getContext().getRegistry().bind("eventClaims", claims);
        from("wooshpay:webhook?webhookPath=/wooshpay/cluster-webhook"
                        + "&idempotentRepository=#processedEvents&claimRepository=#eventClaims")
                .to("direct:markPaid");
        // end::cluster[]

        // tag::replay[]
        // the safety net: every minute, route the events since the checkpoint that no route has completed (the
        // webhook missed them, or they are still being retried); same repositories, so each event is routed once
        getContext()
                .getRegistry()
                .bind("checkpoints", FileStateRepository.fileStateRepository(new File("data/wooshpay-checkpoints")));
        from("wooshpay:events?delay=60s&stateRepository=#checkpoints"
                        + "&idempotentRepository=#processedEvents&claimRepository=#eventClaims")
                .to("direct:markPaid");
        // end::replay[]

        from("direct:markPaid").log("paid ${header.orderId}");
        from("direct:markRefunded").log("refunded");
        from("direct:markFailed").log("failed");
    }
}
