package com.wooshpay.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.client.error.ErrorDetails;
import com.wooshpay.camel.client.error.ErrorMapper;
import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.client.error.WooshPayConnectionException;
import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.Refund;
import com.wooshpay.camel.model.WooshPayJson;
import com.wooshpay.camel.model.WooshPayObject;
import com.wooshpay.camel.model.WooshPayRequest;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WooshPay API client with no Camel in it: one pooled keep-alive HTTP client per instance, the API key in a Basic
 * header of each request (never global), an {@code Idempotency-Key} on every POST that stays the same across
 * retries, bounded retries with backoff on connection failures, timeouts, 429 and 5xx, and typed errors.
 * Thread-safe; close it to release its connections.
 */
public final class WooshPayClient implements Closeable {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final Logger LOG = LoggerFactory.getLogger(WooshPayClient.class);

    private final WooshPayClientConfig config;
    private final CloseableHttpClient http;
    private final String authorization;
    private final String userAgent = ConnectorVersion.userAgent();
    private final ObjectMapper mapper = WooshPayJson.mapper();
    /** A reader per operation for its answer type, built once instead of looked up on every answer. */
    private final Map<WooshPayOperation, com.fasterxml.jackson.databind.ObjectReader> readers = new java.util.EnumMap<>(WooshPayOperation.class);
    /** The URIs of operations without an id, parsed once. */
    private final Map<WooshPayOperation, URI> fixedUris = new java.util.EnumMap<>(WooshPayOperation.class);

    public WooshPayClient(WooshPayClientConfig config) {
        this.config = config;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((config.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        this.http = buildHttpClient(config);
        for (WooshPayOperation operation : WooshPayOperation.values()) {
            readers.put(operation, operation.isList()
                    ? mapper.readerFor(mapper.getTypeFactory().constructParametricType(ListPage.class, operation.resultType()))
                    : mapper.readerFor(operation.resultType()));
            if (!operation.requiresId()) {
                fixedUris.put(operation, URI.create(config.baseUrl() + operation.pathTemplate()));
            }
        }
    }

    private static CloseableHttpClient buildHttpClient(WooshPayClientConfig config) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.readTimeout()))
                        .build());
        if (config.sslContext() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(config.sslContext()));
        }
        PoolingHttpClientConnectionManager connectionManager = pool.build();
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(config.connectTimeout()))
                        .build())
                // the retry policy and redirects are ours: never replay a payment or follow a redirect with the key
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(org.apache.hc.core5.util.TimeValue.ofSeconds(30));
        if (config.proxyHost() != null && !config.proxyHost().isBlank()) {
            builder.setProxy(new HttpHost(config.proxyHost(), config.proxyPort() > 0 ? config.proxyPort() : 8080));
        }
        return builder.build();
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
    public ApiResponse execute(WooshPayOperation operation, String id, Map<String, Object> params, String idempotencyKey) {
        Map<String, Object> body = params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(params);
        RequestValidator.validate(operation, id, body);
        String key = null;
        if (operation.verb() == HttpVerb.POST) {
            key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : RandomKeys.uuid();
        }
        HttpCall call = new HttpCall(operation, requestUri(operation, id, body),
                operation.verb() == HttpVerb.POST ? writeJson(body) : null, key);
        return send(call);
    }

    /** Every item of a list or search, fetched page by page as the iterator is walked. */
    public <T extends WooshPayObject> Iterator<T> paginate(WooshPayOperation operation, String id, Map<String, Object> params) {
        if (!operation.isList()) {
            throw new IllegalArgumentException(operation + " is not a list operation");
        }
        RequestValidator.validate(operation, id, new LinkedHashMap<>(params));
        return new PageIterator<>(this, operation, id, params);
    }

    public PaymentIntent createPaymentIntent(WooshPayRequest request, String idempotencyKey) {
        return (PaymentIntent) execute(WooshPayOperation.PAYMENT_INTENT_CREATE, null, request.toParams(), idempotencyKey).value();
    }

    public PaymentIntent retrievePaymentIntent(String id) {
        return (PaymentIntent) execute(WooshPayOperation.PAYMENT_INTENT_RETRIEVE, id, Map.of(), null).value();
    }

    public Refund createRefund(WooshPayRequest request, String idempotencyKey) {
        return (Refund) execute(WooshPayOperation.REFUND_CREATE, null, request.toParams(), idempotencyKey).value();
    }

    public CheckoutSession createCheckoutSession(WooshPayRequest request, String idempotencyKey) {
        return (CheckoutSession) execute(WooshPayOperation.SESSION_CREATE, null, request.toParams(), idempotencyKey).value();
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
            throw new com.wooshpay.camel.client.error.WooshPayValidationException("body", "cannot be written as JSON: " + e.getMessage());
        }
    }

    private ApiResponse send(HttpCall call) {
        RetryPolicy retry = config.retryPolicy();
        for (int attempt = 1;; attempt++) {
            long started = System.nanoTime();
            RawAnswer answer;
            try {
                answer = http.execute(call.toRequest(this), response -> new RawAnswer(response.getCode(),
                        BoundedBody.read(response.getEntity(), config.maxResponseBytes()),
                        firstHeader(response.getHeaders("Request-Id"), response.getHeaders("X-Request-Id")),
                        firstHeader(response.getHeaders(HttpHeaders.RETRY_AFTER))));
            } catch (BoundedBody.TooLargeException e) {
                throw new WooshPayConnectionException(e.getMessage() + " for " + call, e);
            } catch (IOException e) {
                if (attempt > retry.maxRetries()) {
                    throw new WooshPayConnectionException(call + " failed after " + attempt + " attempt(s): "
                                                          + e.getClass().getSimpleName() + " " + redact(e.getMessage()), e);
                }
                waitBeforeRetry(call, attempt, retry.delay(attempt - 1, null), e.getClass().getSimpleName());
                continue;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} -> HTTP {} in {} ms (attempt {}, request {})", call, answer.status(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), attempt, answer.requestId());
            }
            if (answer.status() >= 200 && answer.status() < 300) {
                return new ApiResponse(readResult(call.operation(), answer.body()), answer.status(), answer.requestId(),
                        call.idempotencyKey(), attempt);
            }
            WooshPayApiException error = ErrorMapper.toException(readError(answer));
            if (!error.isRetryable() || attempt > retry.maxRetries()) {
                throw error;
            }
            waitBeforeRetry(call, attempt, retry.delay(attempt - 1, answer.retryAfter()), "HTTP " + answer.status());
        }
    }

    private void waitBeforeRetry(HttpCall call, int attempt, Duration delay, String reason) {
        LOG.warn("{} failed ({}), retry {} of {} in {} ms", call, reason, attempt, config.retryPolicy().maxRetries(),
                delay.toMillis());
        try {
            config.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WooshPayConnectionException(call + " interrupted while waiting to retry", e);
        }
    }

    private Object readResult(WooshPayOperation operation, byte[] body) {
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
            throw new WooshPayConnectionException("WooshPay answered " + operation + " with a body that is not the expected JSON: "
                                                  + (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static void keepRawEventJson(ListPage<?> page, JsonNode data) {
        List<?> events = page.getData();
        for (int i = 0; i < events.size() && i < data.size(); i++) {
            ((Event) events.get(i)).setRawJson(data.get(i).toString());
        }
    }

    private ErrorDetails readError(RawAnswer answer) {
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
            return new ErrorDetails(answer.status(), null, null, null, null, redact(excerpt.strip()), answer.requestId());
        }
        String requestId = answer.requestId() != null ? answer.requestId() : text(error, "request_id");
        return new ErrorDetails(answer.status(), text(error, "type"), text(error, "code"), text(error, "param"),
                text(error, "decline_code"), redact(text(error, "message")), requestId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Belt and braces: should a server or an exception ever echo the key, it does not reach a log or a message. */
    private String redact(String text) {
        return text == null ? null : text.replace(config.apiKey(), "***").replace(authorization, "Basic ***");
    }

    private static String firstHeader(Header[]... candidates) {
        for (Header[] headers : candidates) {
            if (headers != null && headers.length > 0) {
                return headers[0].getValue();
            }
        }
        return null;
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    @Override
    public String toString() {
        return "WooshPayClient[" + config.baseUrl() + "]";
    }

    private record RawAnswer(int status, byte[] body, String requestId, String retryAfter) {
    }

    /** One logical call; its request is built afresh for each attempt with the same body and idempotency key. */
    private record HttpCall(WooshPayOperation operation, URI uri, byte[] json, String idempotencyKey) {

        HttpUriRequestBase toRequest(WooshPayClient client) {
            HttpUriRequestBase request = new HttpUriRequestBase(operation.verb().name(), uri);
            // a fresh request: add, not set (set searches the headers for one to replace)
            request.addHeader(HttpHeaders.AUTHORIZATION, client.authorization);
            request.addHeader(HttpHeaders.ACCEPT, "application/json");
            request.addHeader(HttpHeaders.USER_AGENT, client.userAgent);
            if (json != null) {
                request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
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
