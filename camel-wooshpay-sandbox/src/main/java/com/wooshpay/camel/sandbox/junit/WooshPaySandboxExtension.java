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
        this(WooshPaySandbox.builder().deliveryRetrySchedule(
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
