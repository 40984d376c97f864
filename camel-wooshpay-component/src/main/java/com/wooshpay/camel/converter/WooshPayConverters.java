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
package com.wooshpay.camel.converter;

import java.util.Map;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.WooshPayJson;
import com.wooshpay.camel.model.WooshPayModel;
import org.apache.camel.Converter;

/** Converts WooshPay answers to a JSON string and to a map, both in WooshPay's own field names. */
@Converter(generateLoader = true)
public final class WooshPayConverters {

    private WooshPayConverters() {}

    @Converter
    public static String toJson(WooshPayModel model) {
        if (model instanceof Event event && event.getRawJson() != null) {
            return event.getRawJson();
        }
        return WooshPayJson.write(model);
    }

    @Converter
    public static Map<String, Object> toMap(WooshPayModel model) {
        return WooshPayJson.toMap(model);
    }
}
