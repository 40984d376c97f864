package com.wooshpay.camel.client;

/**
 * A successful answer: the model read from it ({@link com.wooshpay.camel.model.WooshPayObject} or
 * {@link com.wooshpay.camel.model.ListPage}), WooshPay's request id, the idempotency key sent (POST only) and how
 * many attempts it took.
 */
public record ApiResponse(Object value, int httpStatus, String requestId, String idempotencyKey, int attempts) {
}
