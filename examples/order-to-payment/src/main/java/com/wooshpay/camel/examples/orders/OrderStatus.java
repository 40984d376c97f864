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
package com.wooshpay.camel.examples.orders;

/** Where an order is in its payment's life. */
public enum OrderStatus {
    /** Stored; no payment yet (WooshPay unreachable, or the application stopped): the recovery route sends it again. */
    NEW,
    /** A payment intent or checkout session exists; the customer has the cashier link. */
    PAYMENT_PENDING,
    /** WooshPay's signed webhook said the payment succeeded. */
    PAID,
    /** WooshPay's signed webhook said the payment failed. */
    FAILED,
    /** A refund was requested from WooshPay. */
    REFUND_PENDING,
    /** WooshPay's signed webhook said the refund succeeded. */
    REFUNDED
}
