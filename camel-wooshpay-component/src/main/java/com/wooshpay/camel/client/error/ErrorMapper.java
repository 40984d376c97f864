package com.wooshpay.camel.client.error;

/** Chooses the exception class for an error answer. */
public final class ErrorMapper {

    private ErrorMapper() {
    }

    public static WooshPayApiException toException(ErrorDetails details) {
        int status = details.httpStatus();
        if (status == 401 || status == 403) {
            return new WooshPayAuthenticationException(details);
        }
        if (status == 409 || "idempotency_error".equals(details.type())) {
            return new WooshPayIdempotencyException(details);
        }
        if (status == 429) {
            return new WooshPayRateLimitException(details);
        }
        if (status >= 500) {
            return new WooshPayServerException(details);
        }
        if (status == 402 || "card_error".equals(details.type())) {
            return new WooshPayCardException(details);
        }
        if (status >= 400) {
            return new WooshPayInvalidRequestException(details);
        }
        return new WooshPayApiException(details, null);
    }
}
