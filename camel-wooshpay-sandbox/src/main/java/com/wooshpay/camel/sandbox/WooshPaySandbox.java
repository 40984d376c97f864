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
package com.wooshpay.camel.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.sandbox.api.Accounts;
import com.wooshpay.camel.sandbox.api.AdminRoutes;
import com.wooshpay.camel.sandbox.api.ApiRoutes;
import com.wooshpay.camel.sandbox.cashier.CashierRoutes;
import com.wooshpay.camel.sandbox.domain.Call;
import com.wooshpay.camel.sandbox.domain.CheckoutSessions;
import com.wooshpay.camel.sandbox.faults.FaultInjector;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.webhook.DeliveryAttempt;
import com.wooshpay.camel.sandbox.webhook.WebhookSender;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

/**
 * An in-memory, WooshPay-compatible server on loopback: the {@code /v1} API, an Alipay+ cashier page, signed webhook
 * delivery with retries, and fault injection. Every {@code sk_test_...} key is an account of its own.
 *
 * <pre>
 * try (WooshPaySandbox sandbox = WooshPaySandbox.start(0)) {
 *     String baseUrl = sandbox.baseUrl(); // http://127.0.0.1:PORT, use with sandbox.apiKey()
 * }
 * </pre>
 */
public final class WooshPaySandbox implements AutoCloseable {

    /** The key the examples use; any {@code sk_test_} key of 12 or more characters is accepted. */
    public static final String DEFAULT_API_KEY = "sk_test_sandbox_default_key";

    private static final System.Logger LOG = System.getLogger(WooshPaySandbox.class.getName());

    private final Vertx vertx;
    private final int port;
    private final String host;
    private final SandboxClock clock;
    private final FaultInjector faults;
    private final WebhookSender sender;
    private final Accounts accounts;
    private final String publicUrl;

    private WooshPaySandbox(Builder b) {
        this.clock = b.clock;
        this.faults = new FaultInjector(b.faultSeed);
        this.faults.set(b.faultRules);
        this.sender = new WebhookSender(
                b.deliveryRetrySchedule,
                b.deliveryTimeout,
                new com.wooshpay.camel.sandbox.webhook.DeliveryControls(b.clock::millis, b.faultSeed));
        this.accounts = new Accounts();
        this.host = b.host;
        this.vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(b.eventLoops)
                .setWorkerPoolSize(2)
                .setBlockedThreadCheckInterval(10)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
        // the port is chosen first: cashier links in the answers name it
        this.port = b.port != 0 ? b.port : freePort(host);
        this.publicUrl = b.publicBaseUrl != null ? b.publicBaseUrl : baseUrl();
        try {
            Router router = Router.router(vertx);
            new ApiRoutes(vertx, accounts, clock, faults, sender, publicUrl).mount(router);
            new CashierRoutes(accounts, clock, sender, publicUrl).mount(router);
            new AdminRoutes(faults, sender, clock, accounts, publicUrl).mount(router);
            // one server per event loop on the same port: Vert.x spreads connections over them
            listen(router, port, b.eventLoops);
            vertx.setPeriodic(1000, t -> expireSessions());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "WooshPay sandbox listening on {0}", baseUrl());
    }

    private static int freePort(String host) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No free port on " + host, e);
        }
    }

    private int listen(Router router, int requestedPort, int instances) {
        AtomicInteger bound = new AtomicInteger();
        try {
            vertx.deployVerticle(
                            () -> new AbstractVerticle() {
                                @Override
                                public void start(Promise<Void> started) {
                                    vertx.createHttpServer(new HttpServerOptions()
                                                    .setHost(host)
                                                    .setTcpNoDelay(true)
                                                    .setIdleTimeout(120))
                                            .requestHandler(router)
                                            .listen(requestedPort, host) // listen(port) alone binds every interface
                                            .onSuccess(server -> {
                                                bound.set(server.actualPort());
                                                started.complete();
                                            })
                                            .onFailure(started::fail);
                                }
                            },
                            new DeploymentOptions().setInstances(instances))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The WooshPay sandbox could not listen on " + host + ":" + requestedPort + ": "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()),
                    e);
        }
        return bound.get();
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }

    /** Starts a sandbox on {@code port} (0 for a free port) on 127.0.0.1 with default settings. */
    public static WooshPaySandbox start(int port) {
        return builder().port(port).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL for API calls, for example {@code http://127.0.0.1:12111}. */
    public String baseUrl() {
        return "http://" + displayHost(host) + ":" + port;
    }

    public int port() {
        return port;
    }

    public String apiKey() {
        return DEFAULT_API_KEY;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** The fault rules in force; replace them at any time. */
    public FaultInjector faults() {
        return faults;
    }

    /** Every webhook delivery attempt so far. */
    public List<DeliveryAttempt> deliveries() {
        return sender.log();
    }

    /** How many objects of a kind ({@code payment_intent}, {@code refund}, ...) the key's account holds. */
    public int count(String apiKey, String kind) {
        Account account = accounts.find(apiKey);
        if (account == null) {
            return 0;
        }
        synchronized (account) {
            return account.count(kind);
        }
    }

    /** Expires due checkout sessions now instead of waiting for the once-a-second sweep (after moving the clock). */
    public void expireSessions() {
        for (Account account : accounts.all()) {
            Call call = new Call(account, clock.instant(), Ids.next("req_"), null, publicUrl);
            synchronized (account) {
                CheckoutSessions.expireDue(call);
            }
            if (!call.events().isEmpty()) {
                sender.deliver(account, call.events());
            }
        }
    }

    @Override
    public void close() {
        sender.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "WooshPay sandbox did not stop cleanly: {0}", e.getMessage());
        }
    }

    public static final class Builder {
        private int port;
        private String host = "127.0.0.1";
        private String publicBaseUrl;
        private SandboxClock clock = new SandboxClock();
        private List<Duration> deliveryRetrySchedule = WebhookSender.WOOSHPAY_SCHEDULE;
        private Duration deliveryTimeout = Duration.ofSeconds(10);
        private List<FaultRule> faultRules = new ArrayList<>();
        private long faultSeed = System.nanoTime();
        private int eventLoops = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {}

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The interface to bind; loopback by default. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The base URL put in cashier links when it differs from the bound address (behind a proxy). */
        public Builder publicBaseUrl(String url) {
            this.publicBaseUrl = url;
            return this;
        }

        public Builder clock(SandboxClock clock) {
            this.clock = clock;
            return this;
        }

        /** The waits between delivery attempts; its size is the number of retries after the first attempt. */
        public Builder deliveryRetrySchedule(List<Duration> schedule) {
            this.deliveryRetrySchedule = List.copyOf(schedule);
            return this;
        }

        public Builder deliveryTimeout(Duration timeout) {
            this.deliveryTimeout = timeout;
            return this;
        }

        public Builder fault(FaultRule rule) {
            this.faultRules.add(rule);
            return this;
        }

        /** Seeds the fault dice, for a reproducible run. */
        public Builder faultSeed(long seed) {
            this.faultSeed = seed;
            return this;
        }

        public Builder eventLoops(int eventLoops) {
            this.eventLoops = eventLoops;
            return this;
        }

        public WooshPaySandbox start() {
            return new WooshPaySandbox(this);
        }
    }
}
