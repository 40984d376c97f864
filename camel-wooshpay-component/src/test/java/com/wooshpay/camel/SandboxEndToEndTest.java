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
package com.wooshpay.camel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wooshpay.camel.client.error.WooshPayIdempotencyException;
import com.wooshpay.camel.client.error.WooshPayInvalidRequestException;
import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.CheckoutSessionRequest;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.LineItem;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.model.Refund;
import com.wooshpay.camel.model.RefundRequest;
import com.wooshpay.camel.model.WebhookEndpoint;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component against the embedded sandbox over loopback: whole flows, idempotency and faults. */
class SandboxEndToEndTest extends SandboxTestSupport {

    private static void customerPays(PaymentIntent intent) throws Exception {
        HttpResponse<String> paid = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(intent.getRedirectUrl() + "/pay"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"wallet\":\"AlipayHK\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(200);
    }

    @Test
    void paymentRefundAndEvents() throws Exception {
        Exchange created = template.request("wooshpay:paymentIntent/create", e -> {
            e.getMessage()
                    .setBody(new PaymentIntentRequest()
                            .amount(1999)
                            .currency("HKD")
                            .merchantOrderId("SO-1"));
            e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, "SO-1");
        });
        PaymentIntent intent = created.getMessage().getBody(PaymentIntent.class);
        assertThat(intent.getStatus()).isEqualTo("requires_action");
        assertThat(created.getMessage().getHeader(WooshPayConstants.REDIRECT_URL, String.class))
                .isEqualTo(sandbox.get().baseUrl() + "/cashier/" + intent.getId());

        customerPays(intent);
        PaymentIntent paid = template.requestBodyAndHeader(
                "wooshpay:paymentIntent/retrieve",
                null,
                WooshPayConstants.PAYMENT_INTENT_ID,
                intent.getId(),
                PaymentIntent.class);
        assertThat(paid.getStatus()).isEqualTo("succeeded");
        assertThat(paid.getAmountReceived()).isEqualTo(1999L);

        Refund partial = template.requestBody(
                "wooshpay:refund/create",
                new RefundRequest().paymentIntent(intent.getId()).amount(500).reason("requested_by_customer"),
                Refund.class);
        assertThat(partial.getAmount()).isEqualTo(500L);
        Refund rest = template.requestBodyAndHeader(
                "wooshpay:refund/create", null, WooshPayConstants.PAYMENT_INTENT_ID, intent.getId(), Refund.class);
        assertThat(rest.getAmount()).isEqualTo(1499L);
        Exchange tooMuch = template.request(
                "wooshpay:refund/create",
                e -> e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, intent.getId()));
        assertThat(tooMuch.getException())
                .isInstanceOf(WooshPayInvalidRequestException.class)
                .hasMessageContaining("charge_already_refunded");

        ListPage<?> events =
                template.requestBody("wooshpay:event/list", Map.of("type", "charge.refund.updated"), ListPage.class);
        assertThat(events.getData()).hasSize(2);
        Event event = (Event) events.getData().get(0);
        assertThat(event.getDataObject(Refund.class).getPaymentIntent()).isEqualTo(intent.getId());
        Event again = template.requestBodyAndHeader(
                "wooshpay:event/retrieve", null, WooshPayConstants.EVENT_ID, event.getId(), Event.class);
        assertThat(again.getType()).isEqualTo("charge.refund.updated");

        PaymentIntent found = (PaymentIntent) template.requestBodyAndHeader(
                        "wooshpay:paymentIntent/search",
                        null,
                        WooshPayConstants.SEARCH_QUERY,
                        "merchant_order_id:'SO-1'",
                        ListPage.class)
                .getData()
                .get(0);
        assertThat(found.getId()).isEqualTo(intent.getId());
    }

    @Test
    void theOrderNumberAsIdempotencyKeyChargesOnce() {
        for (int i = 0; i < 3; i++) {
            template.request("wooshpay:paymentIntent/create", e -> {
                e.getMessage().setBody(Map.of("amount", 700, "currency", "THB"));
                e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, "SO-42");
            });
        }
        assertThat(sandbox.get().count(apiKey, "payment_intent")).isEqualTo(1);
        Exchange changed = template.request("wooshpay:paymentIntent/create", e -> {
            e.getMessage().setBody(Map.of("amount", 900, "currency", "THB"));
            e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, "SO-42");
        });
        assertThat(changed.getException()).isInstanceOf(WooshPayIdempotencyException.class);
    }

    @Test
    void resetsAfterCommitAreRetriedWithoutChargingTwice() {
        sandbox.get()
                .faults()
                .set(List.of(FaultRule.forPath("/v1/payment_intents")
                        .method("POST")
                        .resetAfterCommit(0.5)
                        .error500(0.2)));
        Set<String> ids = new HashSet<>();
        List<String> failedOrders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String order = "SO-" + i;
            Exchange out = send(order);
            if (out.getException() == null) {
                ids.add(out.getMessage().getBody(PaymentIntent.class).getId());
            } else {
                failedOrders.add(order);
            }
        }
        assertThat(sandbox.get().faults().injected()).isGreaterThan(10);
        // an exchange whose answers were all lost failed with a clear error; sent again with its order number,
        // it gets the intent that may already exist instead of a second one
        sandbox.get().faults().clear();
        for (String order : failedOrders) {
            Exchange out = send(order);
            assertThat(out.getException()).isNull();
            ids.add(out.getMessage().getBody(PaymentIntent.class).getId());
        }
        assertThat(ids).hasSize(40);
        assertThat(sandbox.get().count(apiKey, "payment_intent")).isEqualTo(40);
    }

    private Exchange send(String order) {
        return template.request("wooshpay:paymentIntent/create?maxRetries=5", e -> {
            e.getMessage().setBody(Map.of("amount", 100, "currency", "HKD", "merchant_order_id", order));
            e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, order);
        });
    }

    @Test
    void checkoutSessionAndWebhookEndpoints() {
        CheckoutSession session = template.requestBody(
                "wooshpay:session/create",
                new CheckoutSessionRequest().lineItem("Tea", "HKD", 1200, 2).lineItem("Cup", "HKD", 300, 1),
                CheckoutSession.class);
        assertThat(session.getAmountTotal()).isEqualTo(2700L);
        assertThat(session.getUrl()).startsWith(sandbox.get().baseUrl() + "/checkout/");
        ListPage<?> items = template.requestBodyAndHeader(
                "wooshpay:session/lineItems", null, WooshPayConstants.SESSION_ID, session.getId(), ListPage.class);
        assertThat(items.getData()).hasSize(2).allSatisfy(i -> assertThat(i).isInstanceOf(LineItem.class));
        CheckoutSession expired = template.requestBodyAndHeader(
                "wooshpay:session/expire", null, WooshPayConstants.SESSION_ID, session.getId(), CheckoutSession.class);
        assertThat(expired.getStatus()).isEqualTo("expired");
        assertThat(template.requestBody("wooshpay:session/list", null, ListPage.class)
                        .getData())
                .hasSize(1);

        WebhookEndpoint endpoint = template.requestBody(
                "wooshpay:webhookEndpoint/create",
                Map.of(
                        "url",
                        "https://shop.example/wooshpay/webhook",
                        "enabled_events",
                        List.of("payment_intent.succeeded")),
                WebhookEndpoint.class);
        assertThat(endpoint.getSecret()).startsWith("whsec_");
        assertThat(endpoint.toString()).doesNotContain(endpoint.getSecret());
        WebhookEndpoint updated = template.requestBodyAndHeader(
                "wooshpay:webhookEndpoint/update",
                Map.of("enabled_events", List.of("*")),
                WooshPayConstants.WEBHOOK_ENDPOINT_ID,
                endpoint.getId(),
                WebhookEndpoint.class);
        assertThat(updated.getEnabledEvents()).containsExactly("*");
        assertThat(updated.getSecret()).isNull();
        assertThat(template.requestBody("wooshpay:webhookEndpoint/list", null, ListPage.class)
                        .getData())
                .hasSize(1);
        WebhookEndpoint deleted = template.requestBodyAndHeader(
                "wooshpay:webhookEndpoint/delete",
                null,
                WooshPayConstants.WEBHOOK_ENDPOINT_ID,
                endpoint.getId(),
                WebhookEndpoint.class);
        assertThat(deleted.getDeleted()).isTrue();
    }
}
