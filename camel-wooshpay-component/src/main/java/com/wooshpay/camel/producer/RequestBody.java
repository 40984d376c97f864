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
package com.wooshpay.camel.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.wooshpay.camel.client.error.WooshPayValidationException;
import com.wooshpay.camel.model.WooshPayJson;
import com.wooshpay.camel.model.WooshPayObject;
import com.wooshpay.camel.model.WooshPayRequest;

/**
 * Reads the message body into WooshPay parameters. Accepted: a typed request ({@link WooshPayRequest}), a
 * {@code Map} in WooshPay's snake_case names, a JSON object as text or bytes, nothing, or a WooshPay object from an
 * earlier call (only its id is used, so {@code paymentIntent/create} can be followed by {@code retrieve}).
 */
record RequestBody(Map<String, Object> params, String objectId) {

    static RequestBody of(Object body) {
        if (body == null) {
            return new RequestBody(new LinkedHashMap<>(), null);
        }
        if (body instanceof WooshPayRequest request) {
            return new RequestBody(request.toParams(), null);
        }
        if (body instanceof WooshPayObject object) {
            return new RequestBody(new LinkedHashMap<>(), object.getId());
        }
        if (body instanceof Map<?, ?> map) {
            return new RequestBody(WooshPayJson.mutableCopy(map), null);
        }
        if (body instanceof byte[] bytes) {
            return ofJson(new String(bytes, StandardCharsets.UTF_8));
        }
        if (body instanceof InputStream in) {
            try {
                return ofJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WooshPayValidationException("body", "cannot be read: " + e.getMessage());
            }
        }
        if (body instanceof CharSequence text) {
            return ofJson(text.toString());
        }
        throw new WooshPayValidationException(
                "body",
                "must be a WooshPay request object, a Map or a JSON object, was "
                        + body.getClass().getName());
    }

    private static RequestBody ofJson(String json) {
        if (json.isBlank()) {
            return new RequestBody(new LinkedHashMap<>(), null);
        }
        try {
            return new RequestBody(WooshPayJson.readObject(json), null);
        } catch (IOException e) {
            throw new WooshPayValidationException("body", "is not a JSON object");
        }
    }
}
