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
package com.wooshpay.camel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.client.RandomKeys;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.sandbox.WooshPaySandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code POST /v1/payment_intents} on the same embedded sandbox, five ways: the connector
 * ({@code wooshpay:paymentIntent/create}), its Camel-free client alone (to tell Camel's share of the cost), raw Apache
 * HttpClient 5 + Jackson with the same JSON and headers, blocking ({@code raw}) and asynchronous waited on by the caller
 * ({@code rawAsync}, the price of the I/O thread hand-off any asynchronous stack pays), and a hand-written camel-http route ({@code marshal().json()}, {@code to(http)}, {@code unmarshal()}). Each answer is read
 * into a Java object. Closed loop: throughput = threads / mean latency.
 *
 * <p>With {@code -jvmArgs -Dwooshpay.benchmark.server=http://127.0.0.1:PORT} the variants call that server instead
 * (a sandbox or {@link CreateCeiling} started apart, for example on a CPU of its own with {@code taskset}), so that
 * the clients do not share their CPU with the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreatePaymentBenchmark {

    /** The same request for everyone: what the connector sends for {"amount":1999} with its endpoint defaults. */
    static final Map<String, Object> FULL_REQUEST = Map.of(
            "amount",
            1999,
            "currency",
            "HKD",
            "confirm",
            true,
            "return_url",
            "https://shop.example/back",
            "payment_method_data",
            Map.of("type", "alipayplus"),
            "payment_method_types",
            List.of("alipayplus"),
            "payment_method_options",
            Map.of("alipayplus", Map.of("terminal_type", "WEB")));

    @Param({"connector", "client", "raw", "rawAsync", "camelHttp"})
    public String variant;

    private WooshPaySandbox sandbox;
    private DefaultCamelContext camel;
    private ProducerTemplate template;
    private org.apache.camel.Endpoint connector;
    private org.apache.camel.Endpoint camelHttp;
    private CloseableHttpClient raw;
    private CloseableHttpAsyncClient rawAsync;
    private com.wooshpay.camel.client.WooshPayClient client;
    private String authorization;
    private String url;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void setUp() throws Exception {
        String server = System.getProperty("wooshpay.benchmark.server");
        sandbox = server == null ? WooshPaySandbox.start(0) : null;
        String baseUrl = server != null ? server : sandbox.baseUrl();
        String apiKey = WooshPaySandbox.DEFAULT_API_KEY;
        url = baseUrl + "/v1/payment_intents";
        authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        camel = new DefaultCamelContext();
        WooshPayConfiguration defaults =
                camel.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        defaults.setApiKey(apiKey);
        defaults.setBaseUrl(baseUrl);
        defaults.setCurrency("HKD");
        defaults.setReturnUrl("https://shop.example/back");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:connector").to("wooshpay:paymentIntent/create");
                from("direct:camelHttp")
                        .marshal()
                        .json(JsonLibrary.Jackson)
                        .setHeader("Authorization", constant(authorization))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Accept", constant("application/json"))
                        .process(e -> e.getMessage().setHeader("Idempotency-Key", RandomKeys.uuid()))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .to(url.replace("http://", "http://")
                                + "?bridgeEndpoint=true&connectionsPerRoute=64&maxTotalConnections=64")
                        .unmarshal()
                        .json(JsonLibrary.Jackson, Map.class);
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        // resolved once, as a route does: no URI lookup per call for either Camel variant
        connector = camel.getEndpoint("direct:connector");
        camelHttp = camel.getEndpoint("direct:camelHttp");
        client = new com.wooshpay.camel.client.WooshPayClient(com.wooshpay.camel.client.WooshPayClientConfig.builder()
                .apiKey(apiKey)
                .baseUrl(baseUrl)
                .build());
        raw = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .build())
                .build();
        rawAsync = HttpAsyncClients.custom()
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(2).build())
                .build();
        rawAsync.start();
    }

    @TearDown
    public void tearDown() throws Exception {
        raw.close();
        rawAsync.close();
        client.close();
        camel.stop();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Benchmark
    public Object create() throws Exception {
        return switch (variant) {
            case "connector" -> template.requestBody(connector, Map.of("amount", 1999), PaymentIntent.class);
            case "raw" -> rawCreate();
            case "rawAsync" -> rawAsyncCreate();
            case "client" ->
                client.execute(
                                com.wooshpay.camel.client.WooshPayOperation.PAYMENT_INTENT_CREATE,
                                null,
                                FULL_REQUEST,
                                null)
                        .value();
            default -> template.requestBody(camelHttp, FULL_REQUEST, Map.class);
        };
    }

    private JsonNode rawCreate() throws Exception {
        HttpPost post = new HttpPost(url);
        post.setHeader("Authorization", authorization);
        post.setHeader("Accept", "application/json");
        post.setHeader("Idempotency-Key", RandomKeys.uuid());
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(FULL_REQUEST), ContentType.APPLICATION_JSON));
        return raw.execute(post, response -> mapper.readTree(EntityUtils.toByteArray(response.getEntity())));
    }

    /** The async client waited on by the caller: the same thread hand-offs as any asynchronous stack, no Camel. */
    private JsonNode rawAsyncCreate() throws Exception {
        SimpleHttpRequest post = SimpleRequestBuilder.post(url)
                .setHeader("Authorization", authorization)
                .setHeader("Accept", "application/json")
                .setHeader("Idempotency-Key", RandomKeys.uuid())
                .setBody(mapper.writeValueAsBytes(FULL_REQUEST), ContentType.APPLICATION_JSON)
                .build();
        return mapper.readTree(rawAsync.execute(post, null).get().getBodyBytes());
    }
}
