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

import java.util.Optional;

import com.wooshpay.camel.client.WooshPayOperation;

/**
 * What an endpoint URI's path names: an API operation ({@code paymentIntent/create}), the webhook consumer
 * ({@code webhook}) or the replay consumer ({@code events}). Unknown names fail here, when the endpoint is created, with the valid names in the message.
 */
record EndpointTarget(String apiName, String methodName, WooshPayOperation operation) {

    static final String WEBHOOK = "webhook";
    static final String EVENTS = "events";

    static EndpointTarget parse(String remaining) {
        String path = remaining == null ? "" : remaining;
        int slash = path.indexOf('/');
        String apiName = slash < 0 ? path : path.substring(0, slash);
        String methodName = slash < 0 ? null : path.substring(slash + 1);
        if (WEBHOOK.equals(apiName) || EVENTS.equals(apiName)) {
            if (methodName != null && !methodName.isEmpty()) {
                throw new IllegalArgumentException(
                        "wooshpay:" + apiName + " takes no method name, was wooshpay:" + path);
            }
            return new EndpointTarget(apiName, null, null);
        }
        if (!WooshPayOperation.apiNames().contains(apiName)) {
            throw new IllegalArgumentException("Unknown WooshPay API '" + apiName + "' in wooshpay:" + path
                    + ". Valid API names: " + String.join(", ", WooshPayOperation.apiNames())
                    + ", and webhook or events for the consumers.");
        }
        Optional<WooshPayOperation> operation = WooshPayOperation.find(apiName, methodName);
        if (operation.isEmpty()) {
            throw new IllegalArgumentException((methodName == null || methodName.isEmpty()
                            ? "Missing method name"
                            : "Unknown method '" + methodName + "'")
                    + " for WooshPay API '" + apiName + "' in wooshpay:" + path
                    + ". Valid method names: "
                    + String.join(", ", WooshPayOperation.methodNames(apiName)) + ".");
        }
        return new EndpointTarget(apiName, methodName, operation.get());
    }

    /** A consumer: {@code wooshpay:webhook} or {@code wooshpay:events}. */
    boolean isConsumer() {
        return operation == null;
    }

    boolean isWebhook() {
        return WEBHOOK.equals(apiName);
    }

    boolean isReplay() {
        return EVENTS.equals(apiName);
    }
}
