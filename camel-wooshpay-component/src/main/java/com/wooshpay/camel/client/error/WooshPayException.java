package com.wooshpay.camel.client.error;

/** Base of every exception the WooshPay connector throws. */
public class WooshPayException extends RuntimeException {

    public WooshPayException(String message) {
        super(message);
    }

    public WooshPayException(String message, Throwable cause) {
        super(message, cause);
    }
}
