package com.wooshpay.camel.client.error;

/** 429: too many requests; retried by the client with backoff until maxRetries. */
public class WooshPayRateLimitException extends WooshPayApiException {

    public WooshPayRateLimitException(ErrorDetails details) {
        super(details, null);
    }
}
