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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * Not a sandbox: the least work any server on the sandbox's stack (Vert.x, Jackson) must do to answer
 * {@code POST /v1/payment_intents}, used to show how fast the sandbox could be at best on a given machine. No
 * validation, no events, no lifecycle, no faults, one event loop, no locks. Three levels:
 * <ul>
 * <li>{@code empty}: read the body, answer the same intent's JSON every time (the HTTP stack alone);</li>
 * <li>{@code stateless}: also parse the body, digest it for idempotency and write a new intent's JSON;</li>
 * <li>{@code kept}: also keep the intent and the idempotency record in memory, as any faithful server must.</li>
 * </ul>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar com.wooshpay.camel.benchmarks.CreateCeiling kept 12121},
 * then aim {@code camel-wooshpay-sandbox/load/create-payment-intent.lua} at it (see {@code benchmarks/headroom.sh}).
 */
public final class CreateCeiling {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory();

    private final String level;
    private final String baseUrl;
    private final MessageDigest sha256;
    private final AtomicLong sequence = new AtomicLong(1_000_000_000_000_000_000L);
    private final Map<String, byte[]> intents = new HashMap<>();
    private final Map<String, Object[]> idempotency = new HashMap<>();
    private byte[] fixedAnswer; // one intent's JSON, written once

    private CreateCeiling(String level, int port) throws NoSuchAlgorithmException {
        this.level = level;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    public static void main(String[] args) throws Exception {
        String level = args.length > 0 ? args[0] : "kept";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 12121;
        if (!level.equals("empty") && !level.equals("stateless") && !level.equals("kept")) {
            throw new IllegalArgumentException("level must be empty, stateless or kept, not " + level);
        }
        CreateCeiling server = new CreateCeiling(level, port);
        server.fixedAnswer = server.write(
                "pi_1000000000000000000",
                MAPPER.readTree(
                        "{\"amount\":1999,\"currency\":\"HKD\",\"return_url\":\"https://example.com/back\",\"payment_method_options\":{}}"));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setTcpNoDelay(true))
                .requestHandler(request -> request.body().onSuccess(body -> server.answer(request, body)))
                .listen(port)
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        System.out.println("create ceiling (" + level + ") on " + server.baseUrl);
    }

    private void answer(HttpServerRequest request, Buffer body) {
        if (request.getHeader("Authorization") == null) {
            request.response().setStatusCode(401).end();
            return;
        }
        byte[] json;
        if (level.equals("empty")) {
            json = fixedAnswer;
        } else {
            try {
                json = create(request, body.getBytes());
            } catch (IOException e) {
                request.response().setStatusCode(400).end();
                return;
            }
        }
        request.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Request-Id", "req_" + sequence.incrementAndGet())
                .end(Buffer.buffer(json));
    }

    private byte[] create(HttpServerRequest request, byte[] raw) throws IOException {
        JsonNode body = MAPPER.readTree(raw);
        String key = request.getHeader("Idempotency-Key");
        sha256.reset();
        byte[] digest = sha256.digest(raw);
        byte[] json = write("pi_" + sequence.incrementAndGet(), body);
        if (level.equals("kept")) {
            intents.put(id(json), json);
            idempotency.put(key, new Object[] {digest, json});
        }
        return json;
    }

    private static String id(byte[] json) {
        return new String(json, 7, 22, java.nio.charset.StandardCharsets.US_ASCII); // {"id":"pi_ + 19 digits
    }

    private byte[] write(String id, JsonNode body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("object", "payment_intent");
            g.writeNumberField("amount", body.path("amount").asLong());
            g.writeNumberField("amount_capturable", 0);
            g.writeNumberField("amount_received", 0);
            g.writeNumberField("amount_refunded", 0);
            g.writeStringField("capture_method", "automatic");
            g.writeStringField("client_secret", id + "_secret_OucQ0zsl26L2JPpJxfF1PVM0");
            g.writeStringField("confirmation_method", "automatic");
            g.writeNumberField("created", System.currentTimeMillis());
            g.writeStringField("currency", body.path("currency").asText());
            g.writeBooleanField("livemode", false);
            g.writeNullField("cancellation_reason");
            g.writeNullField("last_payment_error");
            g.writeObjectFieldStart("next_action");
            g.writeStringField("type", "redirect_to_url");
            g.writeObjectFieldStart("alipayplus_handle_redirect");
            g.writeStringField("url", baseUrl + "/cashier/" + id);
            g.writeStringField("normalUrl", baseUrl + "/cashier/" + id);
            g.writeEndObject();
            g.writeEndObject();
            g.writeNullField("payment_method");
            g.writeObjectFieldStart("metadata");
            g.writeEndObject();
            g.writeStringField("return_url", body.path("return_url").asText());
            g.writeArrayFieldStart("payment_method_types");
            g.writeString("alipayplus");
            g.writeEndArray();
            g.writeFieldName("payment_method_options");
            MAPPER.writeTree(g, body.path("payment_method_options"));
            g.writeStringField("status", "requires_action");
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
