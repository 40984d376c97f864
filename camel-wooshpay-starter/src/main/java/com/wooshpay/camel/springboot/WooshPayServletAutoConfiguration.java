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

import jakarta.servlet.http.HttpFilter;
import org.apache.camel.CamelContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * On a servlet web server, bounds webhook requests before they are read: see {@link WebhookBodyGuard}. (Vert.x, under
 * Camel Main, bounds bodies itself with the server's maxBodySize.)
 */
@AutoConfiguration(after = WooshPayComponentAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpFilter.class)
@ConditionalOnProperty(
        prefix = "camel.component.wooshpay",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
public class WooshPayServletAutoConfiguration {

    @Bean
    HttpFilter wooshPayWebhookBodyGuard(CamelContext camelContext, WooshPayStarterProperties properties) {
        return new WebhookBodyGuard(camelContext, properties.getWebhookReadTimeout());
    }
}
