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

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's own properties, beside the component options of the generated {@link WooshPayComponentConfiguration}:
 * what only a Spring Boot application has (a state file, a servlet read timeout, the embedded sandbox, the readiness
 * check of the component's key). Same prefix, {@code camel.component.wooshpay}.
 */
@ConfigurationProperties(prefix = "camel.component.wooshpay")
public class WooshPayStarterProperties {

    /**
     * The file the consumers' state is kept in when no state-repository is named and the application has no single
     * DataSource.
     */
    private String stateFile = ".camel-wooshpay/state.dat";
    /**
     * On a servlet web server (Tomcat, Jetty): the time a webhook request's whole body must arrive within, else it
     * is answered 408 and the connection closed, so slow senders cannot hold request threads.
     */
    private Duration webhookReadTimeout = Duration.ofSeconds(10);

    /** The embedded sandbox. */
    private final Sandbox sandbox = new Sandbox();

    /** The readiness check of the component's key. */
    private final Health health = new Health();

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public Duration getWebhookReadTimeout() {
        return webhookReadTimeout;
    }

    public void setWebhookReadTimeout(Duration webhookReadTimeout) {
        this.webhookReadTimeout = webhookReadTimeout;
    }

    public Sandbox getSandbox() {
        return sandbox;
    }

    public Health getHealth() {
        return health;
    }

    /** The embedded WooshPay sandbox, used when no api-key is set and camel-wooshpay-sandbox is on the classpath. */
    public static class Sandbox {

        /**
         * Whether to start the embedded sandbox when no api-key is set. It never starts when a key is set.
         */
        private boolean enabled = true;
        /**
         * The port of the embedded sandbox; 0 picks a free one.
         */
        private int port;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }
    }

    /** The readiness check "wooshpay" of the component's key (shown by camel-spring-boot's camel-health indicator). */
    public static class Health {

        /**
         * Whether the check of the component's key is registered in Camel's health registry.
         */
        private boolean enabled = true;

        /**
         * How long a check of the key is reused before WooshPay is asked again.
         */
        private Duration cacheTime = Duration.ofSeconds(60);
        /**
         * The longest a check may take.
         */
        private Duration timeout = Duration.ofSeconds(5);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getCacheTime() {
            return cacheTime;
        }

        public void setCacheTime(Duration cacheTime) {
            this.cacheTime = cacheTime;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
