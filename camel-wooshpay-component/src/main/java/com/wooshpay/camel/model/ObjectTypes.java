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

import java.util.Map;

/** Maps WooshPay's {@code object} names to model classes; unknown names read as {@link GenericObject}. */
public final class ObjectTypes {

    // Map.ofEntries: Map.of stops at ten pairs, which this table has reached
    private static final Map<String, Class<? extends WooshPayObject>> TYPES = Map.ofEntries(
            Map.entry("payment_intent", PaymentIntent.class),
            Map.entry("refund", Refund.class),
            Map.entry("checkout.session", CheckoutSession.class),
            Map.entry("webhook_endpoint", WebhookEndpoint.class),
            Map.entry("customer", Customer.class),
            Map.entry("payment_method", PaymentMethod.class),
            Map.entry("charge", Charge.class),
            Map.entry("event", Event.class),
            Map.entry("item", LineItem.class),
            Map.entry("line_item", LineItem.class));

    private ObjectTypes() {}

    public static Class<? extends WooshPayObject> forName(String objectName) {
        return objectName == null ? GenericObject.class : TYPES.getOrDefault(objectName, GenericObject.class);
    }
}
