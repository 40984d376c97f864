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
package com.wooshpay.camel.sandbox.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error answered in WooshPay's envelope: {@code {"error":{type, code, message, param}}}. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final String param;

    public ApiError(int status, String type, String code, String param, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    public static ApiError invalid(String code, String param, String message) {
        return new ApiError(400, "invalid_request_error", code, param, message);
    }

    public static ApiError missing(String param) {
        return invalid("parameter_missing", param, "Missing required param: " + param + ".");
    }

    public static ApiError notFound(String kind, String id) {
        return new ApiError(
                404, "invalid_request_error", "resource_missing", "id", "No such " + kind + ": '" + id + "'");
    }

    public static ApiError state(String code, String message) {
        return invalid(code, null, message);
    }

    public int status() {
        return status;
    }

    public ObjectNode toJson(String requestId) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        if (param != null) {
            error.put("param", param);
        }
        error.put("message", getMessage());
        error.put("request_id", requestId);
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.set("error", error);
        return envelope;
    }
}
