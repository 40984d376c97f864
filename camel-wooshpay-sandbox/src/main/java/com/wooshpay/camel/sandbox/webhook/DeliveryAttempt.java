package com.wooshpay.camel.sandbox.webhook;

import java.time.Instant;

/**
 * One POST of an event to an endpoint. {@code httpStatus} is 0 when no answer came (refused, timeout);
 * {@code finalAttempt} is true when no retry follows (delivered, or the schedule is used up).
 */
public record DeliveryAttempt(String eventId, String eventType, String endpointId, String url, int attempt, int httpStatus,
        String error, Instant at, boolean delivered, boolean finalAttempt) {
}
