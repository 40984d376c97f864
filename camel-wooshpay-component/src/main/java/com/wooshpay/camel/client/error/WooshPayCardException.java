package com.wooshpay.camel.client.error;

/** 402 or card_error: valid parameters but the payment method was declined. */
public class WooshPayCardException extends WooshPayApiException {

    public WooshPayCardException(ErrorDetails details) {
        super(details, null);
    }
}
