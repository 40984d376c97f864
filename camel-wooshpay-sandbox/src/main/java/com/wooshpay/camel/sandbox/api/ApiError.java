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
        return new ApiError(404, "invalid_request_error", "resource_missing", "id", "No such " + kind + ": '" + id + "'");
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
