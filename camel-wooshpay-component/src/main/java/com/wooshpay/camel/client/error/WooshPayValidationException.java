package com.wooshpay.camel.client.error;

/** A request was refused before any HTTP call because a field is missing or wrong; {@link #getField()} names it. */
public class WooshPayValidationException extends WooshPayException {

    private final String field;

    public WooshPayValidationException(String field, String problem) {
        super("Invalid WooshPay request: '" + field + "' " + problem);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
