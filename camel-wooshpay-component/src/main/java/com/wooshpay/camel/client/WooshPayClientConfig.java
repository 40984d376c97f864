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
package com.wooshpay.camel.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Settings of one {@link WooshPayClient}. Immutable; {@link #toString()} never shows the API key.
 */
public final class WooshPayClientConfig {

    public static final String LIVE_BASE_URL = "https://api.wooshpay.com";
    /**
     * Connections per client. A call in flight holds one connection and no thread, so throughput is about
     * min(calls in flight, maxConnections) / latency: 256 connections at WooshPay's 200 ms are ~1,280 calls/s.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 256;

    public static final String TEST_BASE_URL = "https://apitest.wooshpay.com";

    private final String apiKey;
    private final URI baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final String proxyHost;
    private final int proxyPort;
    private final SSLContext sslContext;
    private final long maxResponseBytes;
    private final int maxConnections;
    private final RetryTimer retryTimer;
    private final CallListener listener;

    private WooshPayClientConfig(Builder b) {
        if (b.apiKey == null || b.apiKey.isBlank()) {
            throw new IllegalArgumentException(
                    "apiKey is required: set the WooshPay secret key (sk_test_... or sk_live_...)");
        }
        this.apiKey = b.apiKey;
        this.baseUrl = TransportSecurity.checkedBaseUrl(b.baseUrl);
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        this.readTimeout = positive(b.readTimeout, "readTimeout");
        this.retryPolicy = new RetryPolicy(b.maxRetries, b.retryInitialDelay, b.retryMaxDelay);
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        TransportSecurity.checkProxy(baseUrl, b.proxyHost);
        this.sslContext = b.sslContext;
        if (b.maxResponseBytes < 1024) {
            throw new IllegalArgumentException(
                    "maxResponseSize must be at least 1024 bytes, was " + b.maxResponseBytes);
        }
        this.maxResponseBytes = b.maxResponseBytes;
        if (b.maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + b.maxConnections);
        }
        this.maxConnections = b.maxConnections;
        this.retryTimer = b.retryTimer;
        this.listener = b.listener;
    }

    private static Duration positive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    String apiKey() {
        return apiKey;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public String proxyHost() {
        return proxyHost;
    }

    public int proxyPort() {
        return proxyPort;
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    public int maxConnections() {
        return maxConnections;
    }

    /** Who hears how calls end (metrics); {@link CallListener#NONE} by default. */
    public CallListener listener() {
        return listener;
    }

    /** The timer retries wait on, or null for the client's own timer thread. */
    public RetryTimer retryTimer() {
        return retryTimer;
    }

    @Override
    public String toString() {
        return "WooshPayClientConfig[baseUrl=" + baseUrl + ", apiKey=***, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxRetries=" + retryPolicy.maxRetries() + "]";
    }

    public static final class Builder {
        private String apiKey;
        private String baseUrl = LIVE_BASE_URL;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private int maxRetries = 2;
        private Duration retryInitialDelay = Duration.ofMillis(500);
        private Duration retryMaxDelay = Duration.ofSeconds(8);
        private String proxyHost;
        private int proxyPort;
        private SSLContext sslContext;
        private long maxResponseBytes = 10L * 1024 * 1024;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private RetryTimer retryTimer;
        private CallListener listener = CallListener.NONE;

        private Builder() {}

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder retryInitialDelay(Duration retryInitialDelay) {
            this.retryInitialDelay = retryInitialDelay;
            return this;
        }

        public Builder retryMaxDelay(Duration retryMaxDelay) {
            this.retryMaxDelay = retryMaxDelay;
            return this;
        }

        public Builder proxy(String host, int port) {
            this.proxyHost = host;
            this.proxyPort = port;
            return this;
        }

        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** Where retries wait (default: the client's own timer thread); tests pass one that records the waits. */
        public Builder retryTimer(RetryTimer retryTimer) {
            this.retryTimer = retryTimer;
            return this;
        }

        /** Who hears how calls end and when they are retried, for example the component's Micrometer meters. */
        public Builder listener(CallListener listener) {
            this.listener = listener == null ? CallListener.NONE : listener;
            return this;
        }

        public WooshPayClientConfig build() {
            return new WooshPayClientConfig(this);
        }
    }
}
