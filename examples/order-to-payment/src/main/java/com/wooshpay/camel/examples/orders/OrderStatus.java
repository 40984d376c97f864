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
