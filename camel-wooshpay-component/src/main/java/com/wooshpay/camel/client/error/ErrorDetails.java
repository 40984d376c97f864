package com.wooshpay.camel.client.error;

/** What an error answer said, read leniently from WooshPay's error envelope. */
public record ErrorDetails(int httpStatus, String type, String code, String param, String declineCode, String message,
        String requestId) {

    String describe() {
        StringBuilder sb = new StringBuilder("WooshPay ");
        sb.append(httpStatus > 0 ? "answered HTTP " + httpStatus : "could not be reached");
        if (type != null) {
            sb.append(' ').append(type);
        }
        if (code != null) {
            sb.append(" [").append(code).append(']');
        }
        if (param != null) {
            sb.append(" param=").append(param);
        }
        if (message != null) {
            sb.append(": ").append(message);
        }
        if (requestId != null) {
            sb.append(" (request ").append(requestId).append(')');
        }
        return sb.toString();
    }
}
