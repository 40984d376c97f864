package com.wooshpay.camel.client.error;

/**
 * WooshPay answered, but the answer cannot be used: larger than {@code maxResponseSize}, or not the JSON the operation
 * returns. Not retryable, unlike a {@link WooshPayConnectionException}: the call reached WooshPay and may well have
 * taken effect (a payment intent created, a refund issued), and asking again would most likely bring the same answer.
 * Look the object up instead, or send the call again with the same idempotency key once the cause is fixed.
 */
public class WooshPayUnreadableResponseException extends WooshPayApiException {

    public WooshPayUnreadableResponseException(int httpStatus, String message, String requestId, Throwable cause) {
        super(new ErrorDetails(httpStatus, "api_error", "unreadable_response", null, null, message, requestId), cause);
    }

    /** Never: see the class comment. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
