package com.wooshpay.camel.model;

import java.util.Map;

/** Maps WooshPay's {@code object} names to model classes; unknown names read as {@link GenericObject}. */
public final class ObjectTypes {

    private static final Map<String, Class<? extends WooshPayObject>> TYPES = Map.of(
            "payment_intent", PaymentIntent.class,
            "refund", Refund.class,
            "checkout.session", CheckoutSession.class,
            "webhook_endpoint", WebhookEndpoint.class,
            "event", Event.class,
            "item", LineItem.class,
            "line_item", LineItem.class);

    private ObjectTypes() {
    }

    public static Class<? extends WooshPayObject> forName(String objectName) {
        return objectName == null ? GenericObject.class : TYPES.getOrDefault(objectName, GenericObject.class);
    }
}
