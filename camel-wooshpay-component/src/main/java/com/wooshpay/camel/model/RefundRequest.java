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

/**
 * Body of {@code refund/create}. Leave the amount out to refund the whole captured amount.
 *
 * <pre>
 * new RefundRequest().paymentIntent("pi_1664204164491640832").amount(500).reason("requested_by_customer")
 * </pre>
 */
public final class RefundRequest extends AbstractRequest<RefundRequest> {

    public RefundRequest paymentIntent(String paymentIntentId) {
        return param("payment_intent", paymentIntentId);
    }

    public RefundRequest amount(long amount) {
        return param("amount", amount);
    }

    /** {@code duplicate}, {@code fraudulent}, {@code requested_by_customer} or {@code resolved_dispute}. */
    public RefundRequest reason(String reason) {
        return param("reason", reason);
    }
}
