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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.wooshpay.camel.TestServers;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.CamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;

/** Camel tests with a real platform-http server (Vert.x) on a free loopback port, and a client that signs deliveries. */
abstract class WebhookTestSupport extends CamelTestSupport {

    static final String SECRET = "whsec_test_3f8a1c0e9b2d4a6f8e0c1b3d5f7a9c2e";

    protected final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.platformHttp(context, port);
        return context;
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String event(String id, String type, String objectJson) {
        return ("{'id':'" + id + "','object':'event','api_version':'2022-10-12','created':1795690000000,"
                        + "'data':{'object':" + objectJson + "},'livemode':false,'pending_webhooks':1,"
                        + "'request':{'id':'req_1','idempotency_key':'SO-1'},'type':'" + type + "'}")
                .replace('\'', '"');
    }

    static String paymentIntent(String id, String status) {
        return "{'id':'" + id + "','object':'payment_intent','amount':1999,'currency':'HKD','status':'" + status
                + "','merchant_order_id':'SO-1'}";
    }

    static String signed(String body) {
        return WebhookSignatureVerifier.sign(
                SECRET, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> deliver(String path, String body, String signature) throws Exception {
        return deliver(path, body.getBytes(StandardCharsets.UTF_8), signature);
    }

    HttpResponse<String> deliver(String path, byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Wooshpay-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
