package com.wooshpay.camel.client.error;

/**
 * No usable answer: connection refused or reset, timeout, TLS failure, an answer larger than the size limit, or the
 * thread was interrupted while waiting to retry. Connection failures and timeouts are retried until maxRetries.
 */
public class WooshPayConnectionException extends WooshPayApiException {

    public WooshPayConnectionException(String message, Throwable cause) {
        super(new ErrorDetails(0, "api_connection_error", null, null, null, message, null), cause);
    }
}
