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

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
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
 * Signed events, each with a new id, POSTed to {@code from("wooshpay:webhook")} (verify, parse, de-duplicate, route,
 * acknowledge) and to a bare {@code platform-http} route that only answers 200, on the same Vert.x server.
 * The load generator signs every delivery for both, so its cost cancels out of the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebhookBenchmark {

    static final String SECRET = "whsec_benchmark_secret_0123456789";

    @Param({"wooshpay", "bare"})
    public String variant;

    private DefaultCamelContext camel;
    private CloseableHttpClient client;
    private String url;
    private final AtomicLong ids = new AtomicLong();

    @Setup
    public void setUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        camel = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        camel.addService(new VertxPlatformHttpServer(server));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookSecret=RAW(" + SECRET + ")").setBody(constant("ok"));
                from("platform-http:/bare?httpMethodRestrict=POST").setBody(constant("{\"received\":true}"));
            }
        });
        camel.start();
        url = "http://127.0.0.1:" + port + ("wooshpay".equals(variant) ? "/wooshpay/webhook" : "/bare");
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .build())
                .build();
    }

    @TearDown
    public void tearDown() throws Exception {
        client.close();
        camel.stop();
    }

    @Benchmark
    public int deliver() throws Exception {
        String body = "{\"id\":\"evt_" + ids.incrementAndGet()
                + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"created\":1795690000000,\"livemode\":false,\"data\":{\"object\":{\"id\":\"pi_1\",\"object\":\"payment_intent\","
                + "\"amount\":1999,\"currency\":\"HKD\",\"status\":\"succeeded\"}}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpPost post = new HttpPost(url);
        post.setHeader(
                "Wooshpay-Signature",
                WebhookSignatureVerifier.sign(SECRET, Instant.now().getEpochSecond(), bytes));
        post.setEntity(new ByteArrayEntity(bytes, ContentType.APPLICATION_JSON));
        return client.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            if (response.getCode() != 200) {
                throw new IllegalStateException("answered " + response.getCode());
            }
            return response.getCode();
        });
    }
}
