package com.wooshpay.camel.springboot;

import java.time.Duration;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Take and refund payments with WooshPay (Alipay Plus wallets, Alipay and cards), and receive its signed webhook
 * events. Every option of the wooshpay component, as the defaults of its endpoints.
 */
@ConfigurationProperties(prefix = "camel.component.wooshpay")
public class WooshPayComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The WooshPay secret key (sk_test_... or sk_live_...), sent as HTTP Basic user name. Without it, and with the
     * camel-wooshpay-sandbox jar on the classpath, the embedded sandbox starts instead.
     */
    private String apiKey;
    /**
     * The WooshPay API host: https://api.wooshpay.com (live) or https://apitest.wooshpay.com (test). Plain http is
     * accepted only for a loopback host such as the embedded sandbox.
     */
    private String baseUrl = "https://api.wooshpay.com";
    /**
     * How long to wait for a connection to WooshPay.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * How long to wait for WooshPay's answer.
     */
    private Duration readTimeout = Duration.ofSeconds(30);
    /**
     * How many times a call is retried after a connection failure, a timeout, a 429 or a 5xx answer. Every retry of
     * a POST carries the same Idempotency-Key. Other 4xx answers are never retried.
     */
    private Integer maxRetries = 2;
    /**
     * The wait before the first retry; it doubles on each retry, with jitter. A Retry-After answer wins.
     */
    private Duration retryInitialDelay = Duration.ofMillis(500);
    /**
     * The longest computed wait between two retries.
     */
    private Duration retryMaxDelay = Duration.ofSeconds(8);
    /**
     * An HTTP proxy host to reach WooshPay through; https is tunnelled through it. With a plain-http loopback base URL
     * (the sandbox) the proxy must be on loopback too, or the key would cross it in clear.
     */
    private String proxyHost;
    /**
     * The port of the HTTP proxy (8080 when not set).
     */
    private Integer proxyPort;
    /**
     * The name of an SSLContextParameters bean with the TLS settings (trust store, key store, protocols) for the
     * connection to WooshPay.
     */
    private String sslContextParameters;
    /**
     * The largest answer body read from WooshPay, in bytes; a larger one fails the call.
     */
    private Long maxResponseSize = 10485760L;
    /**
     * The most connections an endpoint keeps open to WooshPay; a call in flight holds one connection and no thread, so
     * throughput is about min(calls in flight, max-connections) / latency.
     */
    private Integer maxConnections = 256;
    /**
     * The currency used when a request body has none, for example HKD.
     */
    private String currency;
    /**
     * The return_url used when a request body has none: where the customer comes back after paying. Also the
     * default success_url of a checkout session.
     */
    private String returnUrl;
    /**
     * The payment method type used when a payment intent or checkout session names none (alipayplus, alipay, gcash,
     * dana, card, ...).
     */
    private String paymentMethodType = "alipayplus";
    /**
     * The terminal type for wallet payments when the body names none: WEB shows a QR code on a desktop, APP and WAP
     * redirect on a phone.
     */
    private String terminalType = "WEB";
    /**
     * Whether paymentIntent/create also confirms the intent, so the answer carries the redirect URL.
     */
    private Boolean confirm = true;
    /**
     * For list and search: return an iterator over all items of all pages instead of one page.
     */
    private Boolean autoPaginate = false;
    /**
     * The path the webhook consumer listens on, on the application's own web server.
     */
    private String webhookPath = "/wooshpay/webhook";
    /**
     * The signing secret of the webhook endpoint (whsec_...). A comma-separated list is accepted so a secret can be
     * rotated without downtime.
     */
    private String webhookSecret;
    /**
     * How far the signature timestamp may be from now before a delivery is refused as a replay; 0 turns the age
     * check off.
     */
    private Duration signatureTolerance = Duration.ofMinutes(5);
    /**
     * Comma-separated event types to route; other events are acknowledged with 200 and not routed. Empty routes
     * every event.
     */
    private String eventTypes;
    /**
     * The name of an IdempotentRepository bean that keeps the ids of events whose route completed (JDBC, Redis,
     * Infinispan for several instances). Default: an in-memory LRU of 10,000 ids shared by the component's consumers.
     */
    private String idempotentRepository;
    /**
     * The name of an IdempotentRepository bean where the ids of events being routed are claimed; for several
     * instances one whose stale entries expire (camel-sql's JdbcOrphanLockAwareIdempotentRepository). Default: in
     * memory, with claim-lease.
     */
    private String claimRepository;
    /**
     * How long the default in-memory claim on an event holds while its route runs; after it, the next delivery routes
     * the event again.
     */
    private Duration claimLease = Duration.ofMinutes(5);
    /**
     * Retrieve the event's object from WooshPay before routing, so the route sees WooshPay's state now.
     */
    private Boolean refetchObject = false;
    /**
     * wooshpay:events: how far back the first poll reaches when no checkpoint is stored yet.
     */
    private Duration lookback = Duration.ofHours(1);
    /**
     * wooshpay:events: how far before its checkpoint each poll reads again, for events made visible late.
     */
    private Duration overlap = Duration.ofMinutes(2);
    /**
     * The name of a StateRepository bean where the consumers keep what a restart must not forget: replay checkpoints
     * and auto-registered webhook secrets. Default: a table WOOSHPAY_STATE in the application's DataSource when it
     * has exactly one, else the state-file.
     */
    private String stateRepository;
    /**
     * The file the consumers' state is kept in when no state-repository is named and the application has no single
     * DataSource.
     */
    private String stateFile = ".camel-wooshpay/state.dat";
    /**
     * The largest webhook body accepted, in bytes; a larger one is answered 413.
     */
    private Long maxBodySize = 1048576L;
    /**
     * On start, make sure WooshPay has a webhook endpoint for webhook-external-url + webhook-path: reuse a matching
     * one, otherwise create it. Needs api-key and webhook-external-url.
     */
    private Boolean webhookAutoRegister = false;
    /**
     * The public base URL WooshPay reaches this application at, for example https://erp.example.com.
     */
    private String webhookExternalUrl;
    /**
     * The name of a StateRepository bean where auto-registration keeps the signing secret WooshPay returns once.
     */
    private String webhookSecretRepository;
    /**
     * Make-before-break: how long an endpoint replaced by auto-registration (its secret was lost) must go without
     * delivering an event older than its replacement before it is disabled.
     */
    private Duration webhookQuietPeriod = Duration.ofMinutes(15);
    /**
     * On a servlet web server (Tomcat, Jetty): the time a webhook request's whole body must arrive within, else it
     * is answered 408 and the connection closed, so slow senders cannot hold request threads.
     */
    private Duration webhookReadTimeout = Duration.ofSeconds(10);
    /**
     * The name of an ExecutorService bean where exchanges continue once WooshPay answered. Default: a pool of as many
     * threads as Camel's default thread pool profile.
     */
    private String responseExecutorService;
    /**
     * Whether producers start lazily, on the first message, instead of with the route.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Whether the consumer routes its own failures through the route's error handler.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Whether options marked autowired are looked up in the registry.
     */
    private Boolean autowiredEnabled = true;

    /** The embedded sandbox. */
    private final Sandbox sandbox = new Sandbox();

    /** The health indicator. */
    private final Health health = new Health();

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

    /** The Actuator health indicator "wooshpay". */
    public static class Health {

        /**
         * How long a check of the key is reused before WooshPay is asked again.
         */
        private Duration cacheTime = Duration.ofSeconds(60);
        /**
         * The longest a check may take.
         */
        private Duration timeout = Duration.ofSeconds(5);

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

    public Sandbox getSandbox() {
        return sandbox;
    }

    public Health getHealth() {
        return health;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(String sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public void setReturnUrl(String returnUrl) {
        this.returnUrl = returnUrl;
    }

    public String getPaymentMethodType() {
        return paymentMethodType;
    }

    public void setPaymentMethodType(String paymentMethodType) {
        this.paymentMethodType = paymentMethodType;
    }

    public String getTerminalType() {
        return terminalType;
    }

    public void setTerminalType(String terminalType) {
        this.terminalType = terminalType;
    }

    public Boolean getConfirm() {
        return confirm;
    }

    public void setConfirm(Boolean confirm) {
        this.confirm = confirm;
    }

    public Boolean getAutoPaginate() {
        return autoPaginate;
    }

    public void setAutoPaginate(Boolean autoPaginate) {
        this.autoPaginate = autoPaginate;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public Duration getSignatureTolerance() {
        return signatureTolerance;
    }

    public void setSignatureTolerance(Duration signatureTolerance) {
        this.signatureTolerance = signatureTolerance;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(String idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(Long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public Boolean getWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(Boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public String getWebhookSecretRepository() {
        return webhookSecretRepository;
    }

    public void setWebhookSecretRepository(String webhookSecretRepository) {
        this.webhookSecretRepository = webhookSecretRepository;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getClaimRepository() {
        return claimRepository;
    }

    public void setClaimRepository(String claimRepository) {
        this.claimRepository = claimRepository;
    }

    public Duration getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(Duration claimLease) {
        this.claimLease = claimLease;
    }

    public Boolean getRefetchObject() {
        return refetchObject;
    }

    public void setRefetchObject(Boolean refetchObject) {
        this.refetchObject = refetchObject;
    }

    public Duration getLookback() {
        return lookback;
    }

    public void setLookback(Duration lookback) {
        this.lookback = lookback;
    }

    public Duration getOverlap() {
        return overlap;
    }

    public void setOverlap(Duration overlap) {
        this.overlap = overlap;
    }

    public String getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(String stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public Duration getWebhookQuietPeriod() {
        return webhookQuietPeriod;
    }

    public void setWebhookQuietPeriod(Duration webhookQuietPeriod) {
        this.webhookQuietPeriod = webhookQuietPeriod;
    }

    public Duration getWebhookReadTimeout() {
        return webhookReadTimeout;
    }

    public void setWebhookReadTimeout(Duration webhookReadTimeout) {
        this.webhookReadTimeout = webhookReadTimeout;
    }

    public String getResponseExecutorService() {
        return responseExecutorService;
    }

    public void setResponseExecutorService(String responseExecutorService) {
        this.responseExecutorService = responseExecutorService;
    }
}
