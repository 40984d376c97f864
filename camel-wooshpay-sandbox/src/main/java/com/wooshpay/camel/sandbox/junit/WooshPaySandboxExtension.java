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
package com.wooshpay.camel.sandbox.junit;

import java.time.Duration;
import java.util.List;

import com.wooshpay.camel.sandbox.WooshPaySandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a sandbox on a free port before a test class and stops it after:
 *
 * <pre>
 * &#64;RegisterExtension
 * static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();
 * ... sandbox.get().baseUrl() ...
 * </pre>
 *
 * Webhook retries are compressed to 200 ms, 400 ms and 800 ms so delivery tests finish quickly.
 */
public class WooshPaySandboxExtension implements BeforeAllCallback, AfterAllCallback {

    private final WooshPaySandbox.Builder builder;
    private WooshPaySandbox sandbox;

    public WooshPaySandboxExtension() {
        this(WooshPaySandbox.builder()
                .deliveryRetrySchedule(
                        List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800))));
    }

    public WooshPaySandboxExtension(WooshPaySandbox.Builder builder) {
        this.builder = builder.port(0);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = builder.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    public WooshPaySandbox get() {
        if (sandbox == null) {
            throw new IllegalStateException("The sandbox runs only between beforeAll and afterAll");
        }
        return sandbox;
    }
}
