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
package com.wooshpay.camel.model;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the URL a customer must open in a {@code next_action}. WooshPay names the child object after the payment
 * method ({@code alipayplus_handle_redirect}, {@code gcash_handle_redirect}, {@code challenge_redirect}, ...) and
 * the URL field {@code url}, or {@code normalUrl} as Alipay+ does upstream.
 */
final class RedirectUrls {

    private static final String[] URL_FIELDS = {"url", "normalUrl", "normal_url", "applinkUrl", "schemeUrl"};

    private RedirectUrls() {}

    static String find(JsonNode nextAction) {
        if (nextAction == null || !nextAction.isObject()) {
            return null;
        }
        String url = firstUrl(nextAction, true);
        return url != null ? url : firstUrl(nextAction, false);
    }

    private static String firstUrl(JsonNode nextAction, boolean handleRedirectOnly) {
        for (Iterator<Map.Entry<String, JsonNode>> it = nextAction.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            String name = child.getKey();
            boolean candidate = handleRedirectOnly ? name.endsWith("_handle_redirect") : name.contains("redirect");
            if (candidate && child.getValue().isObject()) {
                for (String field : URL_FIELDS) {
                    JsonNode value = child.getValue().get(field);
                    if (value != null && value.isTextual() && !value.asText().isBlank()) {
                        return value.asText();
                    }
                }
            }
        }
        return null;
    }
}
