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

/** What an error answer said, read leniently from WooshPay's error envelope. */
public record ErrorDetails(
        int httpStatus, String type, String code, String param, String declineCode, String message, String requestId) {

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
