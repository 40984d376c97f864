package com.wooshpay.camel.client.error;

/** 400 or 404 (and other 4xx): the request is invalid or names something that does not exist. */
public class WooshPayInvalidRequestException extends WooshPayApiException {

    public WooshPayInvalidRequestException(ErrorDetails details) {
        super(details, null);
    }
}
