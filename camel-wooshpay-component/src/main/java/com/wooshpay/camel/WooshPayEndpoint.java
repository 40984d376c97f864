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
package com.wooshpay.camel;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.events.EventLedger;
import com.wooshpay.camel.events.WooshPayEventsConsumer;
import com.wooshpay.camel.health.ApiHealthCheck;
import com.wooshpay.camel.producer.WooshPayProducer;
import com.wooshpay.camel.webhook.WooshPayWebhookConsumer;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Take and refund payments with WooshPay, and receive its signed webhook events (Alipay Plus wallets, Alipay and cards): payment intents, refunds, checkout sessions,
 * webhook endpoints and events, with idempotency keys, bounded retries and typed errors.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "wooshpay",
        title = "WooshPay",
        syntax = "wooshpay:apiName/methodName",
        category = {Category.SAAS},
        headersClass = WooshPayConstants.class)
public class WooshPayEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation, AsyncEndpoint {

    @UriParam
    private WooshPayConfiguration configuration;

    static final long DEFAULT_REPLAY_DELAY = 60_000;

    private final EndpointTarget target;
    private volatile WooshPayClient client;
    private final Map<String, WooshPayClient> accountClients = new ConcurrentHashMap<>();
    private ApiHealthCheck healthCheck;

    WooshPayEndpoint(
            String uri, WooshPayComponent component, WooshPayConfiguration configuration, EndpointTarget target) {
        super(uri, component);
        this.configuration = configuration;
        this.target = target;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (target.isConsumer()) {
            throw new UnsupportedOperationException(
                    "wooshpay:" + target.apiName() + " receives events and cannot be used in to():"
                            + " use it in from(). To call the API use wooshpay:apiName/methodName with"
                            + " one of the APIs " + String.join(", ", WooshPayOperation.apiNames()) + ".");
        }
        return new WooshPayProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!target.isConsumer()) {
            throw new UnsupportedOperationException(
                    "wooshpay:" + target.operation() + " is a producer and cannot be used in"
                            + " from(): use from(\"wooshpay:webhook\") to receive WooshPay events, or"
                            + " from(\"wooshpay:events\") to read them from the API.");
        }
        Consumer consumer;
        if (target.isWebhook()) {
            consumer = new WooshPayWebhookConsumer(this, processor);
        } else {
            consumer = new WooshPayEventsConsumer(
                    this,
                    processor,
                    new WooshPayEventsConsumer.Settings(
                            getClient(),
                            eventLedger(),
                            WooshPayWebhookConsumer.eventTypes(configuration.getEventTypes()),
                            stateRepository(),
                            configuration.getLookback(),
                            configuration.getOverlap(),
                            configuration.isRefetchObject(),
                            getComponent().responseExecutor(),
                            getComponent().metrics()));
        }
        configureConsumer(consumer);
        return consumer;
    }

    /** Completions and claims of this endpoint's consumer: shared with the component's other consumers by default. */
    public EventLedger eventLedger() {
        return getComponent().ledgerFor(configuration);
    }

    /** Where this endpoint's consumer keeps state: the configured repository, else the component's in-memory one. */
    public StateRepository<String, String> stateRepository() {
        return configuration.getStateRepository() != null
                ? configuration.getStateRepository()
                : getComponent().defaultStateRepository();
    }

    @Override
    public WooshPayComponent getComponent() {
        return (WooshPayComponent) super.getComponent();
    }

    /** Polling a remote API every half second (Camel's default) would spend its rate limit on nothing. */
    @Override
    public long getDefaultDelay() {
        return DEFAULT_REPLAY_DELAY;
    }

    /** The client of this endpoint, created on first use from the endpoint's own options. */
    public WooshPayClient getClient() {
        WooshPayClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = new WooshPayClient(clientConfig());
                }
                current = client;
            }
        }
        return current;
    }

    /**
     * The client for a message that names an account in {@code CamelWooshPayAccount}: this endpoint's options with the
     * account's key and host, made once per account and kept until the endpoint stops.
     */
    public WooshPayClient clientForAccount(String name) {
        if (name.equals(configuration.getAccount())) {
            return getClient();
        }
        WooshPayAccount account = getComponent().account(name);
        if (!isStarted() && !isStarting()) {
            // doStop closes the account clients: one made now would never be closed
            throw new IllegalStateException("wooshpay endpoint " + getId() + " is not started");
        }
        return accountClients.computeIfAbsent(name, n -> {
            WooshPayConfiguration forAccount = configuration.copy();
            account.applyTo(n, forAccount);
            return new WooshPayClient(clientConfig(forAccount));
        });
    }

    WooshPayClientConfig clientConfig() {
        return clientConfig(configuration);
    }

    /**
     * True for a producer with no key of its own on a component that has accounts: each message names its account
     * ({@code CamelWooshPayAccount}), so there is no client of the endpoint's own to make, or to check for health.
     */
    public boolean servesOnlyNamedAccounts() {
        return (configuration.getApiKey() == null || configuration.getApiKey().isBlank())
                && !getComponent().getAccounts().isEmpty();
    }

    private WooshPayClientConfig clientConfig(WooshPayConfiguration configuration) {
        if (configuration.getApiKey() == null || configuration.getApiKey().isBlank()) {
            throw new IllegalArgumentException("apiKey is required for wooshpay:"
                    + (target.isConsumer()
                            ? target.apiName()
                            : target.operation().toString())
                    + ": set it on the endpoint or on the wooshpay component");
        }
        WooshPayClientConfig.Builder builder = WooshPayClientConfig.builder()
                .apiKey(configuration.getApiKey())
                .baseUrl(configuration.getBaseUrl())
                .connectTimeout(Duration.ofMillis(configuration.getConnectTimeout()))
                .readTimeout(Duration.ofMillis(configuration.getReadTimeout()))
                .maxRetries(configuration.getMaxRetries())
                .retryInitialDelay(Duration.ofMillis(configuration.getRetryInitialDelay()))
                .retryMaxDelay(Duration.ofMillis(configuration.getRetryMaxDelay()))
                .maxResponseBytes(configuration.getMaxResponseSize())
                .maxConnections(configuration.getMaxConnections())
                .listener(getComponent().metrics().forAccount(configuration.getAccount()))
                .retryTimer(getComponent().retryTimer());
        if (configuration.getProxyHost() != null) {
            builder.proxy(
                    configuration.getProxyHost(),
                    configuration.getProxyPort() != null ? configuration.getProxyPort() : 0);
        }
        if (configuration.getSslContextParameters() != null) {
            try {
                builder.sslContext(configuration.getSslContextParameters().createSSLContext(getCamelContext()));
            } catch (Exception e) {
                throw new IllegalArgumentException(
                        "sslContextParameters cannot create a TLS context: " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (!target.isConsumer()) {
            // Camel's producers health repository exists when camel-health is on the classpath (Camel Main, Spring
            // Boot)
            WritableHealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(
                    getCamelContext(), "producers", WritableHealthCheckRepository.class);
            if (producers != null && getComponent().isHealthCheckProducerEnabled() && !servesOnlyNamedAccounts()) {
                healthCheck = new ApiHealthCheck(
                        "wooshpay-" + target.operation().apiName() + "-"
                                + target.operation().methodName() + "-" + getId(),
                        this::getClient,
                        configuration.getApiKey(),
                        configuration.getBaseUrl(),
                        Clock.systemUTC());
                producers.addHealthCheck(healthCheck);
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            WritableHealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(
                    getCamelContext(), "producers", WritableHealthCheckRepository.class);
            if (producers != null) {
                producers.removeHealthCheck(healthCheck);
            }
            healthCheck = null;
        }
        WooshPayClient current = client;
        client = null;
        if (current != null) {
            current.close();
        }
        accountClients.values().forEach(WooshPayClient::close);
        accountClients.clear();
        super.doStop();
    }

    /** The API operation, or null for the consumers ({@code wooshpay:webhook}, {@code wooshpay:events}). */
    public WooshPayOperation getOperation() {
        return target.operation();
    }

    public WooshPayConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WooshPayConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
