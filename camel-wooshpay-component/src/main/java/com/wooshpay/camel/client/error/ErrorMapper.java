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

/** Chooses the exception class for an error answer. */
public final class ErrorMapper {

    private ErrorMapper() {}

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
