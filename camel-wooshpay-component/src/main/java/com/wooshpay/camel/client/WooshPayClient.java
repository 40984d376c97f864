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

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.wooshpay.camel.client.error.ErrorDetails;
import com.wooshpay.camel.client.error.ErrorMapper;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.client.error.WooshPayConnectionException;
import com.wooshpay.camel.client.error.WooshPayUnreadableResponseException;
import com.wooshpay.camel.client.error.WooshPayValidationException;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.WooshPayJson;
import com.wooshpay.camel.model.WooshPayObject;
import com.wooshpay.camel.model.WooshPayRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A WooshPay API client with no Camel in it: one pooled keep-alive asynchronous HTTP client per instance (HttpClient
 * 5's, on a couple of I/O threads: a call in flight holds a connection, not a thread), the API key in a Basic header of
 * each request (never global), an {@code Idempotency-Key} on every POST that stays the same across retries, bounded
 * retries with backoff on connection failures, timeouts, 429 and 5xx, waited on a timer (no thread asleep), and typed
 * errors. {@link #executeAsync} answers a {@link CompletableFuture}; {@link #execute} waits for it. Thread-safe; close
 * it to release its connections and threads.
 */
public final class WooshPayClient implements Closeable {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final Logger LOG = LoggerFactory.getLogger(WooshPayClient.class);

    private final WooshPayClientConfig config;
    private final CloseableHttpAsyncClient http;
    private final ScheduledExecutorService ownTimer;
    private final RetryTimer retryTimer;
    /** Calls between submission and answer, to tell the user once when they queue for a connection. */
    private final AtomicInteger inFlight = new AtomicInteger();

    private final AtomicBoolean warnedPoolFull = new AtomicBoolean();
    /** A WARN for the first retry, then at most one every 10 s: a rate limit must not flood the log. */
    private final RetryWarnings retryWarnings = new RetryWarnings(Duration.ofSeconds(10), System::nanoTime);

    private final String authorization;
    private final String userAgent = ConnectorVersion.userAgent();
    private final ObjectMapper mapper = WooshPayJson.mapper();
    /** A reader per operation for its answer type, built once instead of looked up on every answer. */
    private final Map<WooshPayOperation, ObjectReader> readers = new EnumMap<>(WooshPayOperation.class);
    /** The URIs of operations without an id, parsed once. */
    private final Map<WooshPayOperation, URI> fixedUris = new EnumMap<>(WooshPayOperation.class);

    public WooshPayClient(WooshPayClientConfig config) {
        this.config = config;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((config.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        this.http = buildHttpClient(config);
        this.http.start();
        if (config.retryTimer() != null) {
            this.ownTimer = null;
            this.retryTimer = config.retryTimer();
        } else {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "wooshpay-retry-timer");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            this.ownTimer = timer;
            this.retryTimer = (retry, delay) -> timer.schedule(retry, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (WooshPayOperation operation : WooshPayOperation.values()) {
            readers.put(
                    operation,
                    operation.isList()
                            ? mapper.readerFor(mapper.getTypeFactory()
                                    .constructParametricType(ListPage.class, operation.resultType()))
                            : mapper.readerFor(operation.resultType()));
            if (!operation.requiresId()) {
                fixedUris.put(operation, URI.create(config.baseUrl() + operation.pathTemplate()));
            }
        }
    }

    private static CloseableHttpAsyncClient buildHttpClient(WooshPayClientConfig config) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.readTimeout()))
                        .build());
        // the host name is checked against the certificate by HttpClient's verifier right after the handshake, with
        // the configured SSL context or the JVM's default one (TransportTest: a certificate for another name is
        // refused)
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create()
                .setSslContext(sslContext(config))
                .setHostnameVerifier(new DefaultHostnameVerifier());
        tls.setHostnameVerificationPolicy(HostnameVerificationPolicy.CLIENT);
        pool.setTlsStrategy(tls.buildAsync());
        HttpAsyncClientBuilder builder = HttpAsyncClientBuilder.create()
                .setConnectionManager(pool.build())
                // HTTP/1.1 as WooshPay documents it; two I/O threads carry every call in flight
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .setSoTimeout(Timeout.of(config.readTimeout()))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.readTimeout()))
                        // a bounded wait for a free connection, never an unbounded queue
                        .setConnectionRequestTimeout(Timeout.of(config.connectTimeout()))
                        .build())
                // the retry policy and redirects are ours: never replay a payment or follow a redirect with the key
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setThreadFactory(r -> {
                    Thread thread = new Thread(r, "wooshpay-http-io");
                    thread.setDaemon(true);
                    return thread;
                });
        if (config.proxyHost() != null && !config.proxyHost().isBlank()) {
            builder.setProxy(new HttpHost(config.proxyHost(), config.proxyPort() > 0 ? config.proxyPort() : 8080));
        }
        return builder.build();
    }

    private static SSLContext sslContext(WooshPayClientConfig config) {
        if (config.sslContext() != null) {
            return config.sslContext();
        }
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    public WooshPayClientConfig config() {
        return config;
    }

    /**
     * Calls one operation. {@code params} is the JSON body of a POST or the query of a GET, in WooshPay's field
     * names; it is validated first (see {@link RequestValidator}). For a POST without an idempotency key a random
     * one is made, so the client's own retries are safe; pass a key of your own (an order number) to make retries
     * across processes safe too.
     */
    public ApiResponse execute(
            WooshPayOperation operation, String id, Map<String, Object> params, String idempotencyKey) {
        CompletableFuture<ApiResponse> answer = executeAsync(operation, id, params, idempotencyKey);
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new WooshPayConnectionException(operation + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new WooshPayConnectionException(operation + " interrupted while waiting for WooshPay", e);
        }
    }

    /**
     * Calls one operation without holding the calling thread: the future completes on one of the client's I/O threads
     * (with the value, or a {@link WooshPayApiException}), after any retries, which wait on a timer. A request that
     * does not validate throws {@link com.wooshpay.camel.client.error.WooshPayValidationException} here, before any
     * HTTP call. Don't block in what you chain onto the future without an executor of your own: it would stall I/O.
     */
    public CompletableFuture<ApiResponse> executeAsync(
            WooshPayOperation operation, String id, Map<String, Object> params, String idempotencyKey) {
        Map<String, Object> body = params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(params);
        RequestValidator.checkAndNormalise(operation, id, body);
        String key = null;
        if (operation.verb() == HttpVerb.POST) {
            key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : RandomKeys.uuid();
        }
        HttpCall call = new HttpCall(
                operation,
                requestUri(operation, id, body),
                operation.verb() == HttpVerb.POST ? writeJson(body) : null,
                key,
                new AtomicInteger());
        CompletableFuture<ApiResponse> answer = new CompletableFuture<>();
        int calls = inFlight.incrementAndGet();
        if (calls > config.maxConnections() && warnedPoolFull.compareAndSet(false, true)) {
            LOG.warn(
                    "{} calls to WooshPay in flight, more than maxConnections ({}): calls now wait for a free connection (up"
                            + " to connectTimeout, then fail). Throughput is about min(calls in flight, maxConnections) / latency;"
                            + " raise maxConnections if WooshPay's rate limit allows. (Said once per client.)",
                    calls,
                    config.maxConnections());
        }
        long started = System.nanoTime();
        // what the caller gets completes after the count and the listener, so a metric is there once the call returns
        CompletableFuture<ApiResponse> result = answer.whenComplete((value, error) -> {
            inFlight.decrementAndGet();
            int status = value != null
                    ? value.httpStatus()
                    : failureOf(error) instanceof WooshPayApiException api ? api.getHttpStatus() : 0;
            config.listener().completed(operation, status, call.attempts().get(), System.nanoTime() - started);
        });
        // a caller who gives up cancels the attempts too (a retry waiting on the timer is then not sent)
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                answer.cancel(true);
            }
        });
        attempt(call, 1, answer);
        return result;
    }

    /** The failure a future of {@link #executeAsync} completed with, unwrapped from what stages chained on it add. */
    public static Throwable failureOf(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Every item of a list or search, fetched page by page as the iterator is walked. */
    public <T extends WooshPayObject> Iterator<T> paginate(
            WooshPayOperation operation, String id, Map<String, Object> params) {
        if (!operation.isList()) {
            throw new IllegalArgumentException(operation + " is not a list operation");
        }
        RequestValidator.checkAndNormalise(operation, id, new LinkedHashMap<>(params));
        return new PageIterator<>(this, operation, id, params);
    }

    public PaymentIntent createPaymentIntent(WooshPayRequest request, String idempotencyKey) {
        return (PaymentIntent)
                execute(WooshPayOperation.PAYMENT_INTENT_CREATE, null, request.toParams(), idempotencyKey)
                        .value();
    }

    private URI requestUri(WooshPayOperation operation, String id, Map<String, Object> params) {
        if (!operation.requiresId() && (operation.verb() != HttpVerb.GET || params.isEmpty())) {
            return fixedUris.get(operation);
        }
        String uri = config.baseUrl() + operation.path(id);
        if (operation.verb() == HttpVerb.GET && !params.isEmpty()) {
            uri += "?" + QueryString.encode(params);
        }
        return URI.create(uri);
    }

    private byte[] writeJson(Map<String, Object> body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new WooshPayValidationException("body", "cannot be written as JSON: " + e.getMessage());
        }
    }

    private void attempt(HttpCall call, int attempt, CompletableFuture<ApiResponse> answer) {
        call.attempts().set(attempt);
        if (answer.isDone()) {
            return; // cancelled by the caller
        }
        long started = System.nanoTime();
        http.execute(
                SimpleRequestProducer.create(call.toRequest(this)),
                new BoundedResponseConsumer(config.maxResponseBytes()),
                null,
                new FutureCallback<BoundedResponseConsumer.Answer>() {
                    @Override
                    public void completed(BoundedResponseConsumer.Answer raw) {
                        try {
                            answered(call, attempt, started, raw, answer);
                        } catch (RuntimeException e) {
                            answer.completeExceptionally(e);
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        unanswered(call, attempt, e, answer);
                    }

                    @Override
                    public void cancelled() {
                        answer.completeExceptionally(new WooshPayConnectionException(call + " was cancelled", null));
                    }
                });
    }

    private void answered(
            HttpCall call,
            int attempt,
            long started,
            BoundedResponseConsumer.Answer raw,
            CompletableFuture<ApiResponse> answer) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} -> HTTP {} in {} ms (attempt {}, request {})",
                    call,
                    raw.status(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    attempt,
                    raw.requestId());
        }
        if (raw.status() >= 200 && raw.status() < 300) {
            answer.complete(new ApiResponse(
                    readResult(call.operation(), raw), raw.status(), raw.requestId(), call.idempotencyKey(), attempt));
            return;
        }
        WooshPayApiException error = ErrorMapper.toException(readError(raw));
        if (!error.isRetryable() || attempt > config.retryPolicy().maxRetries()) {
            answer.completeExceptionally(error);
            return;
        }
        retryLater(
                call,
                attempt,
                config.retryPolicy().delay(attempt - 1, raw.retryAfter()),
                "HTTP " + raw.status(),
                answer);
    }

    private void unanswered(HttpCall call, int attempt, Exception e, CompletableFuture<ApiResponse> answer) {
        if (e instanceof BoundedResponseConsumer.TooLargeException tooLarge) {
            answer.completeExceptionally(new WooshPayUnreadableResponseException(
                    tooLarge.status(), e.getMessage() + " for " + call, null, e));
            return;
        }
        if (isPoolExhausted(e)) {
            // not retried: more calls would only lengthen the queue
            answer.completeExceptionally(new WooshPayConnectionException(
                    call + ": no free connection to WooshPay within "
                            + config.connectTimeout().toMillis() + " ms, all " + config.maxConnections()
                            + " (maxConnections) are in use;"
                            + " raise maxConnections or send fewer calls at once",
                    e));
            return;
        }
        if (attempt > config.retryPolicy().maxRetries()) {
            answer.completeExceptionally(new WooshPayConnectionException(
                    call + " failed after " + attempt + " attempt(s): "
                            + e.getClass().getSimpleName() + " " + redact(e.getMessage()),
                    e));
            return;
        }
        retryLater(
                call,
                attempt,
                config.retryPolicy().delay(attempt - 1, null),
                e.getClass().getSimpleName(),
                answer);
    }

    private static boolean isPoolExhausted(Exception e) {
        // HttpClient 5 fails a lease that waited longer than the connection request timeout with this
        return e instanceof DeadlineTimeoutException || e.getCause() instanceof DeadlineTimeoutException;
    }

    private void retryLater(
            HttpCall call, int attempt, Duration delay, String reason, CompletableFuture<ApiResponse> answer) {
        long unwarned = retryWarnings.claim();
        LOG.atLevel(unwarned >= 0 ? Level.WARN : Level.DEBUG)
                .log(
                        "{} failed ({}), retry {} of {} in {} ms{}",
                        call,
                        reason,
                        attempt,
                        config.retryPolicy().maxRetries(),
                        delay.toMillis(),
                        unwarned > 0
                                ? " (" + unwarned + " other retries since the last such line, each logged at DEBUG)"
                                : "");
        config.listener()
                .retrying(
                        call.operation(),
                        reason.equals("HTTP 429") ? "429" : reason.startsWith("HTTP ") ? "5xx" : "connection");
        try {
            retryTimer.schedule(() -> attempt(call, attempt + 1, answer), delay);
        } catch (RuntimeException closed) {
            answer.completeExceptionally(
                    new WooshPayConnectionException(call + " could not be retried: the client is closed", closed));
        }
    }

    private Object readResult(WooshPayOperation operation, BoundedResponseConsumer.Answer raw) {
        byte[] body = raw.body();
        try {
            if (operation.isList()) {
                ListPage<?> page = readers.get(operation).readValue(body);
                if (operation.resultType() == Event.class) {
                    keepRawEventJson(page, mapper.readTree(body).path("data"));
                }
                return page;
            }
            if (operation.resultType() == Event.class) {
                return Event.fromJson(new String(body, StandardCharsets.UTF_8));
            }
            return readers.get(operation).readValue(body);
        } catch (IOException e) {
            throw new WooshPayUnreadableResponseException(
                    raw.status(),
                    operation + " answered with a body that is not the expected JSON: "
                            + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()),
                    raw.requestId(),
                    e);
        }
    }

    private static void keepRawEventJson(ListPage<?> page, JsonNode data) {
        List<?> events = page.getData();
        for (int i = 0; i < events.size() && i < data.size(); i++) {
            ((Event) events.get(i)).setRawJson(data.get(i).toString());
        }
    }

    private ErrorDetails readError(BoundedResponseConsumer.Answer answer) {
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        JsonNode error = null;
        try {
            JsonNode root = mapper.readTree(text);
            if (root != null && root.isObject()) {
                error = root.has("error") && root.get("error").isObject() ? root.get("error") : root;
            }
        } catch (IOException notJson) {
            // WooshPay's gateway may answer an HTML or plain-text page on 5xx; keep a short excerpt as the message
        }
        if (error == null) {
            String excerpt = text.length() > 200 ? text.substring(0, 200) + "..." : text;
            return new ErrorDetails(
                    answer.status(), null, null, null, null, redact(excerpt.strip()), answer.requestId());
        }
        String requestId = answer.requestId() != null ? answer.requestId() : text(error, "request_id");
        return new ErrorDetails(
                answer.status(),
                text(error, "type"),
                text(error, "code"),
                text(error, "param"),
                text(error, "decline_code"),
                redact(text(error, "message")),
                requestId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Belt and braces: should a server or an exception ever echo the key, it does not reach a log or a message. */
    private String redact(String text) {
        return text == null ? null : text.replace(config.apiKey(), "***").replace(authorization, "Basic ***");
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
        if (ownTimer != null) {
            ownTimer.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "WooshPayClient[" + config.baseUrl() + "]";
    }

    /** One logical call; its request is built afresh for each attempt with the same body and idempotency key. */
    /** One call and its retries; {@code attempts} counts the attempts made so far. */
    private record HttpCall(
            WooshPayOperation operation, URI uri, byte[] json, String idempotencyKey, AtomicInteger attempts) {

        SimpleHttpRequest toRequest(WooshPayClient client) {
            SimpleHttpRequest request = new SimpleHttpRequest(operation.verb().name(), uri);
            // a fresh request: add, not set (set searches the headers for one to replace)
            request.addHeader(HttpHeaders.AUTHORIZATION, client.authorization);
            request.addHeader(HttpHeaders.ACCEPT, "application/json");
            request.addHeader(HttpHeaders.USER_AGENT, client.userAgent);
            if (json != null) {
                request.setBody(json, ContentType.APPLICATION_JSON);
            }
            if (idempotencyKey != null) {
                request.addHeader(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
            }
            return request;
        }

        @Override
        public String toString() {
            // method and path only: the query may carry customer data, the headers carry the key
            return "WooshPay " + operation.verb() + " " + uri.getRawPath();
        }
    }
}
