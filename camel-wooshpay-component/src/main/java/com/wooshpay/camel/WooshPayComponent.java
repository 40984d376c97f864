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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.wooshpay.camel.client.RetryTimer;
import com.wooshpay.camel.console.ActivityJournal;
import com.wooshpay.camel.events.EventLedger;
import com.wooshpay.camel.events.MemoryClaimRepository;
import com.wooshpay.camel.health.ApiHealthCheck;
import com.wooshpay.camel.health.KeyHealthCheck;
import com.wooshpay.camel.metrics.WooshPayMetrics;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/** The {@code wooshpay:} component. Options set here are the defaults of every endpoint. */
@Component("wooshpay")
public class WooshPayComponent extends HealthCheckComponent {

    private static final int DEFAULT_DONE_IDS = 10_000;

    @Metadata(description = "The options every endpoint starts from; an endpoint URI overrides them one by one.")
    private WooshPayConfiguration configuration = new WooshPayConfiguration();

    // The in-memory defaults are the component's, not each consumer's: wooshpay:webhook and wooshpay:events of one
    // application must see the same completions and claims, or an event could be routed once by each path.
    private IdempotentRepository defaultDoneIds;
    private final Map<Long, MemoryClaimRepository> defaultClaims = new ConcurrentHashMap<>();
    private final MemoryStateRepository defaultState = new MemoryStateRepository();

    @Metadata(
            label = "advanced",
            description =
                    "Where exchanges continue once WooshPay answered (the steps after a wooshpay: producer run on it). Default:"
                            + " a pool of as many threads as Camel's default thread pool profile (10 unless camel.threadpool.pool-size"
                            + " says otherwise). Give a larger one when those steps block for long (slow database updates): the pool"
                            + " bounds how many run at once. Never the HTTP client's own I/O threads.")
    private ExecutorService responseExecutorService;

    @Metadata(
            label = "advanced",
            description = "The application's WooshPay accounts by name, each with its apiKey and optionally baseUrl,"
                    + " webhookSecret, webhookPath and webhookExternalUrl (under Spring Boot"
                    + " camel.component.wooshpay.accounts.hk.api-key; under Camel Main the name is a map key, see the"
                    + " guide). An endpoint takes one with account=hk, a message with the CamelWooshPayAccount header.")
    private Map<String, WooshPayAccount> accounts = new LinkedHashMap<>();

    private ExecutorService ownResponseExecutor;
    private ScheduledExecutorService retryTimerThread;
    private WooshPayMetrics metrics;
    private final ActivityJournal journal = new ActivityJournal(Clock.systemUTC(), ActivityJournal.SIZE);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        EndpointTarget target = EndpointTarget.parse(remaining);
        WooshPayConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setApiName(target.apiName());
        endpointConfiguration.setMethodName(target.methodName());
        // the account first, so that options in the URI still win over it
        Object accountName = parameters.get("account");
        String name = accountName != null ? accountName.toString() : configuration.getAccount();
        if (name != null && !name.isBlank()) {
            account(name).applyTo(name, endpointConfiguration);
        }
        WooshPayEndpoint endpoint = new WooshPayEndpoint(uri, this, endpointConfiguration, target);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The named account, or an error that lists the configured names (never their keys). */
    public WooshPayAccount account(String name) {
        WooshPayAccount account = accounts.get(name);
        if (account == null) {
            throw new IllegalArgumentException("No WooshPay account named '" + name + "'; the component has "
                    + (accounts.isEmpty() ? "none (set the accounts option)" : String.join(", ", accounts.keySet())));
        }
        return account;
    }

    public Map<String, WooshPayAccount> getAccounts() {
        return accounts;
    }

    public void setAccounts(Map<String, WooshPayAccount> accounts) {
        this.accounts = accounts != null ? new LinkedHashMap<>(accounts) : new LinkedHashMap<>();
    }

    /** The ledger of an endpoint's consumer: its own repositories where set, the component's shared ones otherwise. */
    EventLedger ledgerFor(WooshPayConfiguration endpointConfiguration) {
        IdempotentRepository done = endpointConfiguration.getIdempotentRepository();
        IdempotentRepository claims = endpointConfiguration.getClaimRepository();
        return new EventLedger(
                done != null ? done : defaultDoneIds(),
                claims != null
                        ? claims
                        : defaultClaims.computeIfAbsent(endpointConfiguration.getClaimLease(), lease -> {
                            MemoryClaimRepository repository = new MemoryClaimRepository(lease);
                            ServiceHelper.startService(repository);
                            return repository;
                        }));
    }

    /** Where a consumer keeps state (webhook secrets, replay checkpoints) when the user gave no repository. */
    StateRepository<String, String> defaultStateRepository() {
        return defaultState;
    }

    /**
     * What this component's endpoints report calls and deliveries to: Micrometer when the registry has a
     * MeterRegistry, and always the dev console's journal of recent activity.
     */
    public synchronized WooshPayMetrics metrics() {
        if (metrics == null) {
            metrics = WooshPayMetrics.both(WooshPayMetrics.of(getCamelContext()), journal);
        }
        return metrics;
    }

    /** The last calls and webhook deliveries of this component's endpoints, shown by the {@code wooshpay} dev console. */
    public ActivityJournal journal() {
        return journal;
    }

    /**
     * The one thread on which every client of this component schedules its retries (a wait holds no thread; a
     * Camel-managed thread, stopped with the component), rather than a timer thread per endpoint and account.
     */
    public synchronized RetryTimer retryTimer() {
        if (retryTimerThread == null) {
            retryTimerThread = getCamelContext()
                    .getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "WooshPayRetry");
        }
        ScheduledExecutorService timer = retryTimerThread;
        return (retry, delay) -> timer.schedule(retry, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Where exchanges continue once WooshPay answered: the configured {@code responseExecutorService}, else a pool
     * shared by the component's producers, so the rest of a route never runs on (and never blocks) the HTTP client's
     * I/O threads. Its queue holds answers, not calls: it is bounded by the calls in flight.
     */
    public synchronized ExecutorService responseExecutor() {
        if (responseExecutorService != null) {
            return responseExecutorService;
        }
        if (ownResponseExecutor == null) {
            Integer configured = getCamelContext()
                    .getExecutorServiceManager()
                    .getDefaultThreadPoolProfile()
                    .getPoolSize();
            int threads = configured == null ? 10 : Math.max(2, configured);
            ThreadPoolProfile profile = new ThreadPoolProfile("WooshPayResponse");
            profile.setPoolSize(threads);
            profile.setMaxPoolSize(threads);
            profile.setMaxQueueSize(
                    Integer.MAX_VALUE); // 0 or less would mean a hand-off queue, and the I/O thread running the route
            ownResponseExecutor =
                    getCamelContext().getExecutorServiceManager().newThreadPool(this, "WooshPayResponse", profile);
        }
        return ownResponseExecutor;
    }

    public ExecutorService getResponseExecutorService() {
        return responseExecutorService;
    }

    public void setResponseExecutorService(ExecutorService responseExecutorService) {
        this.responseExecutorService = responseExecutorService;
    }

    private synchronized IdempotentRepository defaultDoneIds() {
        if (defaultDoneIds == null) {
            defaultDoneIds = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_DONE_IDS);
            ServiceHelper.startService(defaultDoneIds);
        }
        return defaultDoneIds;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(defaultState);
        registerAccountHealthChecks();
    }

    /** One readiness check per named account, where Camel has a health registry (camel-health on the classpath). */
    private void registerAccountHealthChecks() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry == null || !isHealthCheckProducerEnabled()) {
            return;
        }
        for (String name : accounts.keySet()) {
            KeyHealthCheck check = new KeyHealthCheck(
                    getCamelContext(), name, ApiHealthCheck.CACHE_TIME, ApiHealthCheck.TIMEOUT, Clock.systemUTC());
            if (registry.getCheck(check.getId()).isEmpty()) {
                registry.register(check);
            }
        }
    }

    @Override
    protected void doShutdown() throws Exception {
        if (ownResponseExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(ownResponseExecutor);
            ownResponseExecutor = null;
        }
        if (retryTimerThread != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(retryTimerThread);
            retryTimerThread = null;
        }
        ServiceHelper.stopAndShutdownServices(defaultDoneIds, defaultState);
        defaultClaims.values().forEach(ServiceHelper::stopService);
        super.doShutdown();
    }

    public WooshPayConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WooshPayConfiguration configuration) {
        this.configuration = configuration;
    }
}
