package com.wooshpay.camel.converter;

import java.util.Map;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.WooshPayJson;
import com.wooshpay.camel.model.WooshPayModel;
import org.apache.camel.Converter;

/** Converts WooshPay answers to a JSON string and to a map, both in WooshPay's own field names. */
@Converter(generateLoader = true)
public final class WooshPayConverters {

    private WooshPayConverters() {
    }

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
