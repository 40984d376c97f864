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
package com.wooshpay.camel.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.wooshpay.camel.model.Charge;
import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.Customer;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.LineItem;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentMethod;
import com.wooshpay.camel.model.Refund;
import com.wooshpay.camel.model.WebhookEndpoint;
import com.wooshpay.camel.model.WooshPayObject;

/**
 * Every WooshPay API call the connector makes, one row each: {@code apiName/methodName}, HTTP method, path, result type,
 * whether the answer is a list, the rule its request must pass before it is sent, and whether WooshPay's docs give
 * the path or it follows Stripe's shape. Adding an operation is adding a
 * row; the endpoint URI, the reference docs and the starter follow from it. An operation that fills fields from the
 * endpoint's options (a currency, a return URL) also has a case in the Camel layer's {@code RequestDefaults}.
 */
public enum WooshPayOperation {
    // spotless:off  the operation table stays one row per operation
    PAYMENT_INTENT_CREATE("paymentIntent", "create", HttpVerb.POST, "/v1/payment_intents", PaymentIntent.class, false, RequestValidator::paymentIntentCreate, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_RETRIEVE("paymentIntent", "retrieve", HttpVerb.GET, "/v1/payment_intents/{id}", PaymentIntent.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_UPDATE("paymentIntent", "update", HttpVerb.POST, "/v1/payment_intents/{id}", PaymentIntent.class, false, RequestValidator::paymentIntentUpdate, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_CONFIRM("paymentIntent", "confirm", HttpVerb.POST, "/v1/payment_intents/{id}/confirm", PaymentIntent.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_CANCEL("paymentIntent", "cancel", HttpVerb.POST, "/v1/payment_intents/{id}/cancel", PaymentIntent.class, false, RequestValidator::paymentIntentCancel, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_CAPTURE("paymentIntent", "capture", HttpVerb.POST, "/v1/payment_intents/{id}/capture", PaymentIntent.class, false, RequestValidator::paymentIntentCapture, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_LIST("paymentIntent", "list", HttpVerb.GET, "/v1/payment_intents", PaymentIntent.class, true, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    PAYMENT_INTENT_SEARCH("paymentIntent", "search", HttpVerb.GET, "/v1/payment_intents/search", PaymentIntent.class, true, RequestValidator::search, Source.WOOSHPAY_DOCS),

    REFUND_CREATE("refund", "create", HttpVerb.POST, "/v1/refunds", Refund.class, false, RequestValidator::refundCreate, Source.WOOSHPAY_DOCS),
    REFUND_RETRIEVE("refund", "retrieve", HttpVerb.GET, "/v1/refunds/{id}", Refund.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    REFUND_LIST("refund", "list", HttpVerb.GET, "/v1/refunds", Refund.class, true, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),

    SESSION_CREATE("session", "create", HttpVerb.POST, "/v1/checkout/sessions", CheckoutSession.class, false, RequestValidator::sessionCreate, Source.WOOSHPAY_DOCS),
    SESSION_RETRIEVE("session", "retrieve", HttpVerb.GET, "/v1/checkout/sessions/{id}", CheckoutSession.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    SESSION_EXPIRE("session", "expire", HttpVerb.POST, "/v1/checkout/sessions/{id}/expire", CheckoutSession.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    SESSION_LIST("session", "list", HttpVerb.GET, "/v1/checkout/sessions/list", CheckoutSession.class, true, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    SESSION_LINE_ITEMS("session", "lineItems", HttpVerb.GET, "/v1/checkout/sessions/{id}/line_items", LineItem.class, true, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),

    WEBHOOK_ENDPOINT_CREATE("webhookEndpoint", "create", HttpVerb.POST, "/v1/webhook_endpoints", WebhookEndpoint.class, false, RequestValidator::webhookEndpointCreate, Source.WOOSHPAY_DOCS),
    WEBHOOK_ENDPOINT_RETRIEVE("webhookEndpoint", "retrieve", HttpVerb.GET, "/v1/webhook_endpoints/{id}", WebhookEndpoint.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    WEBHOOK_ENDPOINT_UPDATE("webhookEndpoint", "update", HttpVerb.POST, "/v1/webhook_endpoints/{id}", WebhookEndpoint.class, false, RequestValidator::webhookEndpointUpdate, Source.WOOSHPAY_DOCS),
    WEBHOOK_ENDPOINT_DELETE("webhookEndpoint", "delete", HttpVerb.DELETE, "/v1/webhook_endpoints/{id}", WebhookEndpoint.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    WEBHOOK_ENDPOINT_LIST("webhookEndpoint", "list", HttpVerb.GET, "/v1/webhook_endpoints", WebhookEndpoint.class, true, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),

    CUSTOMER_CREATE("customer", "create", HttpVerb.POST, "/v1/customers", Customer.class, false, RequestValidator::customerWrite, Source.WOOSHPAY_DOCS),
    CUSTOMER_RETRIEVE("customer", "retrieve", HttpVerb.GET, "/v1/customers/{id}", Customer.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    CUSTOMER_UPDATE("customer", "update", HttpVerb.POST, "/v1/customers/{id}", Customer.class, false, RequestValidator::customerWrite, Source.STRIPE_SHAPE),
    CUSTOMER_DELETE("customer", "delete", HttpVerb.DELETE, "/v1/customers/{id}", Customer.class, false, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),
    CUSTOMER_LIST("customer", "list", HttpVerb.GET, "/v1/customers", Customer.class, true, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),
    CUSTOMER_SEARCH("customer", "search", HttpVerb.GET, "/v1/customers/search", Customer.class, true, RequestValidator::search, Source.STRIPE_SHAPE),
    CUSTOMER_PAYMENT_METHODS("customer", "paymentMethods", HttpVerb.GET, "/v1/customers/{id}/payment_methods", PaymentMethod.class, true, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),

    PAYMENT_METHOD_CREATE("paymentMethod", "create", HttpVerb.POST, "/v1/payment_methods", PaymentMethod.class, false, RequestValidator::paymentMethodCreate, Source.STRIPE_SHAPE),
    PAYMENT_METHOD_RETRIEVE("paymentMethod", "retrieve", HttpVerb.GET, "/v1/payment_methods/{id}", PaymentMethod.class, false, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),
    PAYMENT_METHOD_UPDATE("paymentMethod", "update", HttpVerb.POST, "/v1/payment_methods/{id}", PaymentMethod.class, false, RequestValidator::paymentMethodUpdate, Source.STRIPE_SHAPE),
    PAYMENT_METHOD_LIST("paymentMethod", "list", HttpVerb.GET, "/v1/payment_methods", PaymentMethod.class, true, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),
    PAYMENT_METHOD_ATTACH("paymentMethod", "attach", HttpVerb.POST, "/v1/payment_methods/{id}/attach", PaymentMethod.class, false, RequestValidator::paymentMethodAttach, Source.STRIPE_SHAPE),
    PAYMENT_METHOD_DETACH("paymentMethod", "detach", HttpVerb.POST, "/v1/payment_methods/{id}/detach", PaymentMethod.class, false, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),

    CHARGE_RETRIEVE("charge", "retrieve", HttpVerb.GET, "/v1/charges/{id}", Charge.class, false, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),
    CHARGE_LIST("charge", "list", HttpVerb.GET, "/v1/charges", Charge.class, true, RequestValidator.Rule.NONE, Source.STRIPE_SHAPE),

    EVENT_RETRIEVE("event", "retrieve", HttpVerb.GET, "/v1/events/{id}", Event.class, false, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS),
    EVENT_LIST("event", "list", HttpVerb.GET, "/v1/events", Event.class, true, RequestValidator.Rule.NONE, Source.WOOSHPAY_DOCS);
    // spotless:on

    private final String apiName;
    private final String methodName;
    private final HttpVerb verb;
    private final String pathTemplate;
    private final Class<? extends WooshPayObject> resultType;
    private final boolean list;
    private final RequestValidator.Rule rule;
    private final Source source;

    /** Where the method and path of a row come from. */
    public enum Source {
        /** WooshPay's API documentation gives them. */
        WOOSHPAY_DOCS,
        /**
         * WooshPay lists the operation but does not spell out its path or fields: Stripe's, which WooshPay's API follows
         * elsewhere. The reference marks these; answers are read leniently.
         */
        STRIPE_SHAPE
    }

    WooshPayOperation(
            String apiName,
            String methodName,
            HttpVerb verb,
            String pathTemplate,
            Class<? extends WooshPayObject> resultType,
            boolean list,
            RequestValidator.Rule rule,
            Source source) {
        this.apiName = apiName;
        this.methodName = methodName;
        this.verb = verb;
        this.pathTemplate = pathTemplate;
        this.resultType = resultType;
        this.list = list;
        this.rule = rule;
        this.source = source;
    }

    public static Optional<WooshPayOperation> find(String apiName, String methodName) {
        return Arrays.stream(values())
                .filter(op -> op.apiName.equals(apiName) && op.methodName.equals(methodName))
                .findFirst();
    }

    /** The operation that retrieves one object of this model type by id, if the API has one. */
    public static Optional<WooshPayOperation> retrieveOf(Class<? extends WooshPayObject> type) {
        return Arrays.stream(values())
                .filter(op -> op.methodName.equals("retrieve") && op.resultType == type)
                .findFirst();
    }

    /** The api names, in declaration order. */
    public static Set<String> apiNames() {
        return Arrays.stream(values()).map(op -> op.apiName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The method names one api offers, in declaration order. */
    public static List<String> methodNames(String apiName) {
        return Arrays.stream(values())
                .filter(op -> op.apiName.equals(apiName))
                .map(op -> op.methodName)
                .toList();
    }

    public String apiName() {
        return apiName;
    }

    public String methodName() {
        return methodName;
    }

    public HttpVerb verb() {
        return verb;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The model of the result, or of each item of a list result. */
    public Class<? extends WooshPayObject> resultType() {
        return resultType;
    }

    /** True when the answer is a {@link com.wooshpay.camel.model.ListPage}. */
    public boolean isList() {
        return list;
    }

    /** What the operation requires of its request body (checked before any HTTP call). */
    RequestValidator.Rule rule() {
        return rule;
    }

    public Source source() {
        return source;
    }

    public boolean requiresId() {
        return pathTemplate.contains("{id}");
    }

    /** The path with the id filled in; the id is URL-encoded so it cannot change the path. */
    public String path(String id) {
        if (!requiresId()) {
            return pathTemplate;
        }
        return pathTemplate.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return apiName + "/" + methodName;
    }
}
