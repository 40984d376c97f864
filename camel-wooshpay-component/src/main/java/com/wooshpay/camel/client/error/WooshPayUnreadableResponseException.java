/*
 * Copyright 2026 the camel-wooshpay authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package com.wooshpay.camel.client.error;

/**
 * WooshPay answered, but the answer cannot be used: larger than {@code maxResponseSize}, or not the JSON the operation
 * returns. Not retryable, unlike a {@link WooshPayConnectionException}: the call reached WooshPay and may well have
 * taken effect (a payment intent created, a refund issued), and asking again would most likely bring the same answer.
 * Look the object up instead, or send the call again with the same idempotency key once the cause is fixed.
 */
public class WooshPayUnreadableResponseException extends WooshPayApiException {

    public WooshPayUnreadableResponseException(int httpStatus, String message, String requestId, Throwable cause) {
        super(new ErrorDetails(httpStatus, "api_error", "unreadable_response", null, null, message, requestId), cause);
    }

    /** Never: see the class comment. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
