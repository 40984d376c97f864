package com.wooshpay.camel.client.error;

/** 401 or 403: the API key is missing, wrong, revoked or lacks permission. */
public class WooshPayAuthenticationException extends WooshPayApiException {

    public WooshPayAuthenticationException(ErrorDetails details) {
        super(details, null);
    }
}
