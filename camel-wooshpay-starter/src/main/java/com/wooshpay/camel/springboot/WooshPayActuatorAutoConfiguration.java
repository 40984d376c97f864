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
package com.wooshpay.camel.springboot;

import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Actuator support, when Actuator is on the classpath: the key and the webhook secret masked in /env and /configprops. */
@AutoConfiguration(after = WooshPayComponentAutoConfiguration.class)
@ConditionalOnProperty(
        prefix = "camel.component.wooshpay",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
public class WooshPayActuatorAutoConfiguration {

    /** api-key and webhook-secret, in /env's property names and /configprops' bean property names. */
    static final Pattern SECRET_KEYS = Pattern.compile("(?i).*(api[-_]?key|webhook[-_]?secret)$");

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class Masking {

        /** Masks the key and the webhook secret even where an application shows other property values. */
        @Bean
        SanitizingFunction wooshpaySecretsSanitizer() {
            return data -> SECRET_KEYS.matcher(data.getKey()).matches() && data.getValue() != null
                    ? data.withSanitizedValue()
                    : data;
        }
    }
}
