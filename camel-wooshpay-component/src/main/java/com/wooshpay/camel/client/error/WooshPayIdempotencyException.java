package com.wooshpay.camel.client.error;

/** 409: the Idempotency-Key was already used with another request body or endpoint. */
public class WooshPayIdempotencyException extends WooshPayApiException {

    public WooshPayIdempotencyException(ErrorDetails details) {
        super(details, null);
    }
}
