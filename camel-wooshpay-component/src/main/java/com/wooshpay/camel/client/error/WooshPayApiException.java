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
 * WooshPay answered with an error, or could not be reached. Carries what WooshPay said: the HTTP status, the error
 * {@code type}, {@code code}, {@code param}, {@code decline_code}, the message and the request id. Subclasses tell
 * the cases apart so a route can catch exactly what it handles.
 */
public class WooshPayApiException extends WooshPayException {

    private final int httpStatus;
    private final String type;
    private final String code;
    private final String param;
    private final String declineCode;
    private final String apiMessage;
    private final String requestId;

    public WooshPayApiException(ErrorDetails details, Throwable cause) {
        super(details.describe(), cause);
        this.httpStatus = details.httpStatus();
        this.type = details.type();
        this.code = details.code();
        this.param = details.param();
        this.declineCode = details.declineCode();
        this.apiMessage = details.message();
        this.requestId = details.requestId();
    }

    /** The HTTP status, or 0 when no answer was received. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** WooshPay's error type: {@code invalid_request_error}, {@code card_error}, {@code idempotency_error}, ... */
    public String getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    /** The request field WooshPay complained about, if any. */
    public String getParam() {
        return param;
    }

    public String getDeclineCode() {
        return declineCode;
    }

    /** The message as WooshPay wrote it. */
    public String getApiMessage() {
        return apiMessage;
    }

    /** WooshPay's request id, to quote to WooshPay support. */
    public String getRequestId() {
        return requestId;
    }

    /** True for the failures the client retries: no answer, 429 and 5xx. */
    public boolean isRetryable() {
        return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500;
    }
}
