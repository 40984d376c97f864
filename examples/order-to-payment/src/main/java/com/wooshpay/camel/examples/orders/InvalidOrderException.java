package com.wooshpay.camel.examples.orders;

/** An order that cannot be accepted; it goes to the dead-letter table with this message as the reason. */
public class InvalidOrderException extends RuntimeException {

    public InvalidOrderException(String message) {
        super(message);
    }
}
