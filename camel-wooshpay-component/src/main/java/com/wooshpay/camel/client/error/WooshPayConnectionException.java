package com.wooshpay.camel.client.error;

/**
 * No answer: connection refused or reset, timeout, TLS failure, no free connection in the pool, or the
 * thread was interrupted while waiting. Connection failures and timeouts are retried until maxRetries. An answer that
 * arrived but cannot be read is a {@link WooshPayUnreadableResponseException} instead.
 */
public class WooshPayConnectionException extends WooshPayApiException {

    public WooshPayConnectionException(String message, Throwable cause) {
        super(new ErrorDetails(0, "api_connection_error", null, null, null, message, null), cause);
    }
}
