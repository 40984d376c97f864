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

import com.wooshpay.camel.client.WooshPayClientConfig;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of a WooshPay endpoint. Set on the component they are the defaults of every endpoint; each endpoint gets
 * its own copy, so two endpoints with different keys never share one.
 */
@UriParams
public class WooshPayConfiguration implements Cloneable {

    /** Where the webhook consumer listens when no path is set. */
    public static final String DEFAULT_WEBHOOK_PATH = "/wooshpay/webhook";

    @UriPath(
            description =
                    "The WooshPay API: paymentIntent, refund, session (checkout sessions), customer, paymentMethod,"
                            + " charge, webhookEndpoint, event, or, for the consumers, webhook (receives WooshPay's signed deliveries) or events (reads"
                            + " GET /v1/events and routes what no route has completed).",
            enums = "paymentIntent,refund,session,webhookEndpoint,customer,paymentMethod,charge,event,webhook,events")
    @Metadata(required = true)
    private String apiName;

    @UriPath(
            description = "The operation of the API: create, retrieve, update, confirm, cancel, capture, list, search,"
                    + " expire, lineItems, delete, paymentMethods, attach or detach, as the API offers them. Not used"
                    + " with webhook and events.",
            enums = "create,retrieve,update,confirm,cancel,capture,list,search,expire,lineItems,delete,paymentMethods,"
                    + "attach,detach")
    private String methodName;

    @UriParam(
            description = "The name of one of the component's accounts (its accounts option): the endpoint takes that"
                    + " account's key, base URL and webhook settings. A producer can also be given the account per"
                    + " message, by name, in the CamelWooshPayAccount header.")
    private String account;

    @UriParam(
            label = "security",
            secret = true,
            description = "The WooshPay secret key (sk_test_... or sk_live_...), sent as HTTP Basic user name."
                    + " Required for producers. Set it on the component: Camel shows endpoint URIs, and a key in"
                    + " one, in route dumps, JMX and its TRACE logs.")
    private String apiKey;

    @UriParam(
            defaultValue = WooshPayClientConfig.LIVE_BASE_URL,
            description =
                    "The WooshPay API host: https://api.wooshpay.com (live) or https://apitest.wooshpay.com (test)."
                            + " Plain http is accepted only for a loopback host such as the embedded sandbox.")
    private String baseUrl = WooshPayClientConfig.LIVE_BASE_URL;

    @UriParam(
            label = "advanced",
            defaultValue = "10000",
            javaType = "java.time.Duration",
            description = "How long to wait for a connection to WooshPay, in milliseconds or as a duration (10s).")
    private long connectTimeout = 10_000;

    @UriParam(
            label = "advanced",
            defaultValue = "30000",
            javaType = "java.time.Duration",
            description = "How long to wait for WooshPay's answer, in milliseconds or as a duration (30s).")
    private long readTimeout = 30_000;

    @UriParam(
            defaultValue = "2",
            description =
                    "How many times a call is retried after a connection failure, a timeout, a 429 or a 5xx answer."
                            + " Every retry of a POST carries the same Idempotency-Key. Other 4xx answers are never retried.")
    private int maxRetries = 2;

    @UriParam(
            label = "advanced",
            defaultValue = "500",
            javaType = "java.time.Duration",
            description =
                    "The wait before the first retry; it doubles on each retry, with jitter. A Retry-After answer wins.")
    private long retryInitialDelay = 500;

    @UriParam(
            label = "advanced",
            defaultValue = "8000",
            javaType = "java.time.Duration",
            description = "The longest computed wait between two retries.")
    private long retryMaxDelay = 8000;

    @UriParam(
            label = "proxy",
            description =
                    "An HTTP proxy host to reach WooshPay through; https is tunnelled through it. With a plain-http"
                            + " loopback baseUrl (the sandbox) the proxy must be on loopback too, or the key would cross it in clear.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the HTTP proxy (8080 when not set).")
    private Integer proxyPort;

    @UriParam(
            label = "security",
            description = "TLS settings (trust store, key store, protocols) for the connection to WooshPay.")
    private SSLContextParameters sslContextParameters;

    @UriParam(
            label = "advanced",
            defaultValue = "10485760",
            description = "The largest answer body read from WooshPay, in bytes; a larger one fails the call.")
    private long maxResponseSize = 10L * 1024 * 1024;

    @UriParam(
            label = "advanced",
            defaultValue = "256",
            description =
                    "The most connections the endpoint keeps open to WooshPay. A call in flight holds a connection, not a"
                            + " thread: throughput is about min(calls in flight, maxConnections) / latency (256 at 200 ms: about"
                            + " 1,280 calls/s). When all are busy a call waits up to connectTimeout for one, then fails with a"
                            + " WooshPayConnectionException that says so; a WARN is logged the first time calls wait.")
    private int maxConnections = WooshPayClientConfig.DEFAULT_MAX_CONNECTIONS;

    @UriParam(label = "producer", description = "The currency used when the request body has none, for example HKD.")
    private String currency;

    @UriParam(
            label = "producer",
            description =
                    "The return_url used when the request body has none: where the customer comes back after paying."
                            + " Also the default success_url of a checkout session.")
    private String returnUrl;

    @UriParam(
            label = "producer",
            defaultValue = "alipayplus",
            description = "The payment method type used when a payment intent or checkout session names none"
                    + " (alipayplus, alipay, gcash, dana, card, ...).")
    private String paymentMethodType = "alipayplus";

    @UriParam(
            label = "producer",
            defaultValue = "WEB",
            enums = "WEB,WAP,APP",
            description = "The terminal type for wallet payments when the body names none: WEB shows a QR code on a"
                    + " desktop, APP and WAP redirect on a phone.")
    private String terminalType = "WEB";

    @UriParam(
            label = "producer",
            defaultValue = "true",
            description =
                    "Whether paymentIntent/create also confirms the intent, so the answer carries the redirect URL.")
    private boolean confirm = true;

    @UriParam(
            label = "producer",
            defaultValue = "false",
            description = "For list and search: return an iterator over all items of all pages, fetched as it is walked"
                    + " (use with split streaming), instead of one page.")
    private boolean autoPaginate;

    @UriParam(
            label = "consumer",
            defaultValue = DEFAULT_WEBHOOK_PATH,
            description = "The path the webhook consumer listens on, on the platform-http server of the application.")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;

    @UriParam(
            label = "consumer,security",
            secret = true,
            description =
                    "The signing secret of the webhook endpoint (whsec_...). A comma-separated list is accepted so a"
                            + " secret can be rotated without downtime: a delivery signed with any of them is accepted."
                            + " Set it on the component rather than in the URI, for the same reason as apiKey.")
    private String webhookSecret;

    @UriParam(
            label = "consumer,security",
            defaultValue = "300000",
            javaType = "java.time.Duration",
            description = "How far the signature timestamp may be from now before a delivery is refused as a replay"
                    + " (default 5 minutes); 0 turns the age check off.")
    private long signatureTolerance = 300_000;

    @UriParam(
            label = "consumer",
            description =
                    "Comma-separated event types to route, for example payment_intent.succeeded,charge.refund.updated."
                            + " Other events are acknowledged with 200 and not routed. Empty routes every event.")
    private String eventTypes;

    @UriParam(
            label = "consumer",
            description =
                    "Where the ids of events whose route completed are kept, so a redelivered or replayed event is"
                            + " not routed again (an id is added only once its route has completed). Use a shared one"
                            + " (JdbcMessageIdRepository, Redis, Infinispan) when several instances receive the same events, and"
                            + " the same one for wooshpay:webhook and wooshpay:events. Default: an in-memory LRU of 10,000 ids"
                            + " shared by the consumers of the component.")
    private IdempotentRepository idempotentRepository;

    @UriParam(
            label = "consumer,advanced",
            description =
                    "Where the ids of events being routed right now are claimed (add claims, remove releases), so a"
                            + " delivery that arrives while another is routed is answered 409 and delivered again. For several"
                            + " instances use a shared repository whose stale entries expire, such as camel-sql's"
                            + " JdbcOrphanLockAwareIdempotentRepository (its lockMaxAgeMillis is then the lease). Default: in"
                            + " memory, shared by the consumers of the component, with claimLease.")
    private IdempotentRepository claimRepository;

    @UriParam(
            label = "consumer",
            defaultValue = "300000",
            javaType = "java.time.Duration",
            description =
                    "How long the default in-memory claim on an event holds while its route runs: after it, a route"
                            + " that hung is presumed dead and the next delivery routes the event. Keep it longer than the"
                            + " route takes (default 5 minutes).")
    private long claimLease = 300_000;

    @UriParam(
            label = "consumer",
            defaultValue = "false",
            description = "Retrieve the event's object (data.object.id) from WooshPay before routing, so the route sees"
                    + " WooshPay's state now, whatever order events arrive in; the object as the event carried it is"
                    + " in the CamelWooshPayEventObject header.")
    private boolean refetchObject;

    @UriParam(
            label = "consumer",
            defaultValue = "3600000",
            javaType = "java.time.Duration",
            description = "wooshpay:events: how far back the first poll reaches when no checkpoint is stored yet"
                    + " (default 1 hour).")
    private long lookback = 3_600_000;

    @UriParam(
            label = "consumer",
            defaultValue = "120000",
            javaType = "java.time.Duration",
            description =
                    "wooshpay:events: each poll reads again this far before its checkpoint, so events created in the"
                            + " same millisecond or made visible late are not skipped; those already routed are not routed again.")
    private long overlap = 120_000;

    @UriParam(
            label = "consumer",
            description =
                    "wooshpay:events: where the checkpoint is kept (the created time read up to), so a restart resumes"
                            + " instead of starting over: a FileStateRepository or a JDBC-backed one. Default: in memory.")
    private StateRepository<String, String> stateRepository;

    @UriParam(
            label = "consumer",
            defaultValue = "1048576",
            description = "The largest webhook body accepted, in bytes; a larger one is answered 413.")
    private long maxBodySize = 1024 * 1024;

    @UriParam(
            label = "consumer",
            defaultValue = "false",
            description =
                    "On start, make sure WooshPay has a webhook endpoint for webhookExternalUrl followed by webhookPath, with"
                            + " the eventTypes: reuse a matching one, otherwise create it. Needs apiKey and webhookExternalUrl.")
    private boolean webhookAutoRegister;

    @UriParam(
            label = "consumer",
            description =
                    "The public base URL WooshPay reaches this application at, for example https://erp.example.com."
                            + " Used by webhookAutoRegister.")
    private String webhookExternalUrl;

    @UriParam(
            label = "consumer,advanced",
            description =
                    "Where auto-registration keeps the signing secret WooshPay returns when it creates an endpoint"
                            + " (WooshPay shows it only once), so a restart can reuse the endpoint. Default: the stateRepository,"
                            + " else in memory (survives a route restart, not a JVM restart). The Spring Boot starter defaults to"
                            + " the application's DataSource, else a file.")
    private StateRepository<String, String> webhookSecretRepository;

    @UriParam(
            label = "consumer,advanced",
            defaultValue = "900000",
            javaType = "java.time.Duration",
            description =
                    "Make-before-break: when auto-registration had to create a new endpoint because the secret of the"
                            + " existing one was lost, the old one stays enabled (its deliveries are authenticated by reading"
                            + " the event from WooshPay) until no event older than the new endpoint has come for this long;"
                            + " then it is disabled, never deleted (default 15 minutes).")
    private long webhookQuietPeriod = 900_000;

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public WooshPayConfiguration copy() {
        try {
            return (WooshPayConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "WooshPayConfiguration[" + apiName + (methodName != null ? "/" + methodName : "") + ", baseUrl="
                + baseUrl
                + ", apiKey=" + (apiKey == null ? "unset" : "***") + ", webhookSecret="
                + (webhookSecret == null ? "unset" : "***")
                + "]";
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

    public long getSignatureTolerance() {
        return signatureTolerance;
    }

    public void setSignatureTolerance(long signatureTolerance) {
        this.signatureTolerance = signatureTolerance;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public boolean isWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public StateRepository<String, String> getWebhookSecretRepository() {
        return webhookSecretRepository;
    }

    public void setWebhookSecretRepository(StateRepository<String, String> webhookSecretRepository) {
        this.webhookSecretRepository = webhookSecretRepository;
    }

    public String getApiName() {
        return apiName;
    }

    public void setApiName(String apiName) {
        this.apiName = apiName;
    }

    public String getMethodName() {
        return methodName;
    }

    public void setMethodName(String methodName) {
        this.methodName = methodName;
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

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
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

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
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

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }

    public boolean isAutoPaginate() {
        return autoPaginate;
    }

    public void setAutoPaginate(boolean autoPaginate) {
        this.autoPaginate = autoPaginate;
    }

    public IdempotentRepository getClaimRepository() {
        return claimRepository;
    }

    public void setClaimRepository(IdempotentRepository claimRepository) {
        this.claimRepository = claimRepository;
    }

    public long getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(long claimLease) {
        this.claimLease = claimLease;
    }

    public boolean isRefetchObject() {
        return refetchObject;
    }

    public void setRefetchObject(boolean refetchObject) {
        this.refetchObject = refetchObject;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public long getOverlap() {
        return overlap;
    }

    public void setOverlap(long overlap) {
        this.overlap = overlap;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public long getWebhookQuietPeriod() {
        return webhookQuietPeriod;
    }

    public void setWebhookQuietPeriod(long webhookQuietPeriod) {
        this.webhookQuietPeriod = webhookQuietPeriod;
    }
}
