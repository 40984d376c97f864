package com.wooshpay.camel.client.error;

/** 5xx: WooshPay failed; retried by the client with backoff until maxRetries. */
public class WooshPayServerException extends WooshPayApiException {

    public WooshPayServerException(ErrorDetails details) {
        super(details, null);
    }
}
