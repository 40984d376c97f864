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

import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.ApiResponse;
import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.WooshPayObject;
import org.apache.camel.Message;

/** Sets the output headers; each is removed when the answer has no value for it, so no stale value survives. */
final class ResponseHeaders {

    private ResponseHeaders() {}

    static void apply(Message message, ApiResponse response) {
        Object value = response.value();
        String objectId = null;
        String status = null;
        String redirectUrl = null;
        Boolean hasMore = null;
        if (value instanceof WooshPayObject object) {
            objectId = object.getId();
            status = object.statusValue();
        }
        if (value instanceof PaymentIntent intent) {
            redirectUrl = intent.getRedirectUrl();
        } else if (value instanceof CheckoutSession session) {
            redirectUrl = session.getUrl();
        } else if (value instanceof ListPage<?> page) {
            hasMore = page.isHasMore();
        }
        set(message, WooshPayConstants.OBJECT_ID, objectId);
        set(message, WooshPayConstants.STATUS, status);
        set(message, WooshPayConstants.REDIRECT_URL, redirectUrl);
        set(message, WooshPayConstants.HAS_MORE, hasMore);
        set(message, WooshPayConstants.REQUEST_ID, response.requestId());
    }

    private static void set(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
