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
package com.wooshpay.camel.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.client.Strings;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.events.EventDispatcher;
import com.wooshpay.camel.events.EventLedger;
import com.wooshpay.camel.health.WebhookHealthCheck;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code from("wooshpay:webhook")}: listens on the application's platform-http server (Vert.x under Camel Main,
 * the web server under Spring Boot), verifies each delivery, and routes each event once.
 */
public class WooshPayWebhookConsumer extends DefaultConsumer implements HealthCheckAware {

    private final WooshPayConfiguration configuration;
    private Consumer httpConsumer;
    private EndpointHandover handover;
    private ScheduledExecutorService handoverTimer;
    private WebhookHealthCheck healthCheck;
    private volatile String registeredEndpointId;
    private volatile int secretCount;

    public WooshPayWebhookConsumer(WooshPayEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public WooshPayEndpoint getEndpoint() {
        return (WooshPayEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        requirePlatformHttp();
        String path = normalisedPath(configuration.getWebhookPath());
        Set<String> eventTypes = eventTypes(configuration.getEventTypes());
        List<String> secrets = new ArrayList<>();
        if (configuration.getWebhookSecret() != null) {
            secrets.addAll(Strings.commaList(configuration.getWebhookSecret()));
        }
        String registeredEndpointId = null;
        if (configuration.isWebhookAutoRegister()) {
            WebhookRegistrar.Registration registration = WebhookRegistrar.register(
                    getEndpoint().getClient(), externalUrl(path), eventTypes, secretRepository(), !secrets.isEmpty());
            registeredEndpointId = registration.endpointId();
            if (registration.secret() != null && !secrets.contains(registration.secret())) {
                secrets.add(registration.secret());
            }
            secrets.addAll(registration.retiringSecrets()); // both secrets are accepted during the overlap
            if (!registration.retiring().isEmpty()) {
                startHandover(registration);
            }
        }
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException(
                    "wooshpay:webhook needs webhookSecret (the whsec_... secret of the WooshPay"
                            + " webhook endpoint), or webhookAutoRegister=true with apiKey and webhookExternalUrl");
        }
        this.registeredEndpointId = registeredEndpointId;
        this.secretCount = secrets.size();
        WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(
                secrets, Duration.ofMillis(configuration.getSignatureTolerance()), Clock.systemUTC());

        EventLedger ledger = getEndpoint().eventLedger();
        ServiceHelper.startService(ledger.getDone(), ledger.getClaims());
        EventDispatcher dispatcher = new EventDispatcher(
                this,
                ledger,
                EventDispatcher.WEBHOOK,
                configuration.isRefetchObject() ? getEndpoint().getClient() : null,
                getEndpoint().getComponent().responseExecutor(),
                getEndpoint().getComponent().metrics());

        healthCheck = new WebhookHealthCheck(
                "wooshpay-webhook-" + getEndpoint().getId(),
                path,
                registeredEndpointId,
                registeredEndpointId != null ? getEndpoint().getClient() : null,
                Clock.systemUTC());

        Endpoint http =
                getEndpoint().getCamelContext().getEndpoint("platform-http:" + path + "?httpMethodRestrict=POST");
        httpConsumer = http.createConsumer(new WebhookRequestProcessor(
                dispatcher,
                verifier,
                eventTypes,
                configuration.getMaxBodySize(),
                path,
                handover,
                healthCheck,
                getEndpoint().getComponent().metrics()));
        ServiceHelper.startService(httpConsumer);
    }

    private void startHandover(WebhookRegistrar.Registration registration) {
        Duration quiet = Duration.ofMillis(configuration.getWebhookQuietPeriod());
        handover = new EndpointHandover(
                getEndpoint().getClient(),
                registration.retiring(),
                registration.created(),
                quiet,
                Clock.systemUTC(),
                getEndpoint().getComponent().responseExecutor());
        long every = Math.max(100, Math.min(quiet.toMillis() / 4, 60_000));
        handoverTimer = getEndpoint()
                .getCamelContext()
                .getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "WooshPayWebhookHandover");
        handoverTimer.scheduleWithFixedDelay(handover::disableWhenQuiet, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * The component does not bring an HTTP server (so that it pins no Camel module): the application's platform-http
     * engine serves the webhook. Said before anything is registered with WooshPay, and naming what to add, rather than
     * Camel's generic "no endpoint could be found".
     */
    private void requirePlatformHttp() {
        if (getEndpoint().getCamelContext().getComponent("platform-http") == null) {
            throw new IllegalStateException("from(\"wooshpay:webhook\") is served by Camel's platform-http, and no"
                    + " platform-http engine is on the classpath: add camel-platform-http-vertx (Camel Main),"
                    + " camel-platform-http-starter (Spring Boot) or camel-quarkus-platform-http (Quarkus)");
        }
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(httpConsumer);
        httpConsumer = null;
        if (handoverTimer != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(handoverTimer);
            handoverTimer = null;
        }
        handover = null; // a restart lists the endpoints again and takes the handover up where it is
        super.doStop();
    }

    /** Camel's consumer health check asks this one: signatures refused in a row, the registered endpoint's status. */
    @Override
    public HealthCheck getHealthCheck() {
        return getEndpoint().getComponent().isHealthCheckConsumerEnabled() ? healthCheck : null;
    }

    @Override
    public void setHealthCheck(HealthCheck healthCheck) {
        // the check is built from what doStart learns (the registered endpoint); a replacement is not supported
    }

    /** The HTTP path this consumer answers on, for example {@code /wooshpay/webhook}. */
    public String getPath() {
        return normalisedPath(configuration.getWebhookPath());
    }

    /** The webhook endpoint this consumer registered at WooshPay ({@code we_...}), null without auto-registration. */
    public String getRegisteredEndpointId() {
        return registeredEndpointId;
    }

    /** How many secrets a delivery's signature is checked against (two while an endpoint is being replaced). */
    public int getSecretCount() {
        return secretCount;
    }

    /** The largest body accepted, in bytes (a web server guard may refuse larger ones before reading them). */
    public long getMaxBodySize() {
        return configuration.getMaxBodySize();
    }

    /** The endpoints replaced by this one and not yet disabled (make-before-break), empty when none. */
    public List<String> getRetiringEndpointIds() {
        EndpointHandover current = handover;
        return current == null || !current.isActive() ? List.of() : current.retiring();
    }

    /** The configured repository, else the component's in memory (survives a route restart, not a JVM restart). */
    private StateRepository<String, String> secretRepository() {
        StateRepository<String, String> repository = configuration.getWebhookSecretRepository();
        repository = repository != null ? repository : getEndpoint().stateRepository();
        ServiceHelper.startService(repository); // a FileStateRepository reads its file when started
        return repository;
    }

    private String externalUrl(String path) {
        String base = configuration.getWebhookExternalUrl();
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("webhookAutoRegister=true needs webhookExternalUrl, the public base URL"
                    + " WooshPay reaches this application at (https://...)");
        }
        return Strings.withoutTrailingSlash(base) + path;
    }

    static String normalisedPath(String path) {
        if (path == null || path.isBlank()) {
            return WooshPayConfiguration.DEFAULT_WEBHOOK_PATH;
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    public static Set<String> eventTypes(String commaList) {
        return new LinkedHashSet<>(Strings.commaList(commaList));
    }
}
