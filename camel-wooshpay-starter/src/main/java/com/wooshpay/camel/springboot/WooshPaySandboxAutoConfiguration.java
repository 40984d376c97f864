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

import com.wooshpay.camel.sandbox.WooshPaySandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded WooshPay sandbox when no API key is configured and the sandbox jar is on the classpath, so an
 * application runs end to end on a laptop with no WooshPay account. With a key set it never starts.
 */
@AutoConfiguration(before = WooshPayComponentAutoConfiguration.class)
@ConditionalOnClass(name = "com.wooshpay.camel.sandbox.WooshPaySandbox")
@ConditionalOnProperty(
        prefix = "camel.component.wooshpay",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@Conditional(OnNoApiKeyCondition.class)
@EnableConfigurationProperties(WooshPayStarterProperties.class)
public class WooshPaySandboxAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WooshPaySandboxAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(EmbeddedSandbox.class)
    public RunningSandbox wooshPayEmbeddedSandbox(WooshPayStarterProperties properties) {
        WooshPaySandbox sandbox = WooshPaySandbox.start(properties.getSandbox().getPort());
        LOG.info(
                "No camel.component.wooshpay.api-key is set: WooshPay calls go to the embedded sandbox at {} (test key {},"
                        + " cashier at {}/cashier/<payment intent id>). Set an API key to talk to WooshPay.",
                sandbox.baseUrl(),
                sandbox.apiKey(),
                sandbox.baseUrl());
        return new RunningSandbox(sandbox);
    }

    /** The started sandbox, closed with the application context. */
    public static final class RunningSandbox implements EmbeddedSandbox, AutoCloseable {

        private final WooshPaySandbox sandbox;

        RunningSandbox(WooshPaySandbox sandbox) {
            this.sandbox = sandbox;
        }

        public WooshPaySandbox sandbox() {
            return sandbox;
        }

        @Override
        public String baseUrl() {
            return sandbox.baseUrl();
        }

        @Override
        public String apiKey() {
            return sandbox.apiKey();
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
