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

import org.apache.camel.spi.Metadata;

/** Message headers of the WooshPay component. */
public final class WooshPayConstants {

    @Metadata(
            label = "producer",
            description = "The Idempotency-Key sent with a POST, for example the ERP order number."
                    + " When absent, a key is generated once per exchange and endpoint and reused"
                    + " across retries and redeliveries; the key used is set on the message after the call.",
            javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelWooshPayIdempotencyKey";

    @Metadata(
            label = "producer",
            description = "Overrides the amount of the request body, as an integer in the smallest"
                    + " currency unit (paymentIntent create/update, refund create).",
            javaType = "Long")
    public static final String AMOUNT = "CamelWooshPayAmount";

    @Metadata(
            label = "producer",
            description = "Overrides the three-letter currency of the request body.",
            javaType = "String")
    public static final String CURRENCY = "CamelWooshPayCurrency";

    @Metadata(
            label = "producer",
            description = "The payment intent id (pi_...) for paymentIntent operations that need one;"
                    + " for refund/create, the payment intent to refund.",
            javaType = "String")
    public static final String PAYMENT_INTENT_ID = "CamelWooshPayPaymentIntentId";

    @Metadata(label = "producer", description = "The refund id (re_...) for refund/retrieve.", javaType = "String")
    public static final String REFUND_ID = "CamelWooshPayRefundId";

    @Metadata(
            label = "producer",
            description = "The checkout session id (cs_...) for session retrieve, expire and lineItems.",
            javaType = "String")
    public static final String SESSION_ID = "CamelWooshPaySessionId";

    @Metadata(
            label = "producer",
            description = "The webhook endpoint id (we_...) for webhookEndpoint retrieve, update and delete.",
            javaType = "String")
    public static final String WEBHOOK_ENDPOINT_ID = "CamelWooshPayWebhookEndpointId";

    @Metadata(
            label = "producer",
            description = "The customer id (cus_...) for customer retrieve, update, delete and paymentMethods;"
                    + " for paymentMethod/attach, the customer to attach to.",
            javaType = "String")
    public static final String CUSTOMER_ID = "CamelWooshPayCustomerId";

    @Metadata(
            label = "producer",
            description = "The payment method id (pm_...) for paymentMethod retrieve, update, attach and detach.",
            javaType = "String")
    public static final String PAYMENT_METHOD_ID = "CamelWooshPayPaymentMethodId";

    @Metadata(label = "producer", description = "The charge id (ch_...) for charge/retrieve.", javaType = "String")
    public static final String CHARGE_ID = "CamelWooshPayChargeId";

    @Metadata(
            description = "The name of the account (the component's accounts option): on a producer, the account this"
                    + " message's call is made with, by name only (an unknown name fails before any call); set by the"
                    + " consumers of an endpoint with account=... on every event, so a refund in the same route goes"
                    + " to the same account.",
            javaType = "String")
    public static final String ACCOUNT = "CamelWooshPayAccount";

    @Metadata(
            description = "The event id (evt_...): input of event/retrieve; set by the webhook consumer on each event.",
            javaType = "String")
    public static final String EVENT_ID = "CamelWooshPayEventId";

    @Metadata(
            label = "producer",
            description = "The search query of paymentIntent/search and customer/search, for example"
                    + " merchant_order_id:'SO-1001' or metadata['erp_id']:'C-1001'. A query in the body wins.",
            javaType = "String")
    public static final String SEARCH_QUERY = "CamelWooshPaySearchQuery";

    @Metadata(
            description = "The id of the object returned (pi_..., re_..., cs_..., cus_..., pm_..., ch_..., we_...,"
                    + " evt_...); for the webhook"
                    + " consumer, the id of the event's data object.",
            javaType = "String")
    public static final String OBJECT_ID = "CamelWooshPayObjectId";

    @Metadata(
            label = "consumer",
            description = "The event type, for example payment_intent.succeeded.",
            javaType = "String")
    public static final String EVENT_TYPE = "CamelWooshPayEventType";

    @Metadata(
            label = "consumer",
            description = "Whether the event comes from live mode (false for test keys).",
            javaType = "Boolean")
    public static final String LIVEMODE = "CamelWooshPayLivemode";

    @Metadata(
            label = "consumer",
            description = "Which path delivered the event: webhook (wooshpay:webhook) or replay"
                    + " (wooshpay:events, read from GET /v1/events).",
            javaType = "String")
    public static final String EVENT_SOURCE = "CamelWooshPayEventSource";

    @Metadata(
            label = "consumer",
            description = "With refetchObject=true: the object as the event carried it; the body's"
                    + " data object is then the object as WooshPay returns it now.",
            javaType = "com.wooshpay.camel.model.WooshPayObject")
    public static final String EVENT_OBJECT = "CamelWooshPayEventObject";

    @Metadata(
            label = "producer",
            description = "The status of the object returned, for example requires_action or succeeded.",
            javaType = "String")
    public static final String STATUS = "CamelWooshPayStatus";

    @Metadata(
            label = "producer",
            description = "The URL the customer must open to pay: the redirect URL of the payment"
                    + " intent's next_action, or the checkout session's url.",
            javaType = "String")
    public static final String REDIRECT_URL = "CamelWooshPayRedirectUrl";

    @Metadata(
            label = "producer",
            description = "WooshPay's request id of the call, to quote to WooshPay support.",
            javaType = "String")
    public static final String REQUEST_ID = "CamelWooshPayRequestId";

    @Metadata(
            label = "producer",
            description = "For list and search without autoPaginate: whether more pages follow.",
            javaType = "Boolean")
    public static final String HAS_MORE = "CamelWooshPayHasMore";

    private WooshPayConstants() {}

    /**
     * The header naming the object an operation of {@code apiName} is about: {@code CamelWooshPay} + the api name
     * capitalised + {@code Id}, for example {@code CamelWooshPayPaymentIntentId}. By rule rather than by a table, so an
     * operation needs only its row; a new api also declares its header above, for the docs (a test checks each has one).
     */
    public static String idHeaderOf(String apiName) {
        return "CamelWooshPay" + Character.toUpperCase(apiName.charAt(0)) + apiName.substring(1) + "Id";
    }
}
