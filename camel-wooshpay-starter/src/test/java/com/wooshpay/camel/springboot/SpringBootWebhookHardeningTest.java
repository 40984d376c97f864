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
package com.wooshpay.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook consumer under Spring Boot's web server, attacked: bodies far over the limit are refused before they
 * are read (declared or chunked), slow senders do not hold up valid deliveries and are cut off, and an unsigned form
 * post never has its body logged.
 */
@SpringBootTest(
        classes = SpringBootWebhookHardeningTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "camel.component.wooshpay.webhook-secret=" + SpringBootWebhookHardeningTest.SECRET,
            "camel.component.wooshpay.sandbox.enabled=false",
            "camel.component.wooshpay.max-body-size=65536",
            "camel.component.wooshpay.webhook-read-timeout=3s"
        })
@ExtendWith(OutputCaptureExtension.class)
class SpringBootWebhookHardeningTest {

    static final String SECRET = "whsec_hardening_test_0123456789abcdef";
    static final AtomicInteger ROUTED = new AtomicInteger();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            registry.add("server.port", () -> port);
        }
    }

    @SpringBootApplication
    static class App {
        @Bean
        RouteBuilder hookRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("wooshpay:webhook").process(e -> ROUTED.incrementAndGet());
                }
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aDeclaredHugeBodyIsRefusedBeforeItIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            // the answer comes although 99.99% of the declared body was never sent
            assertThat(statusLine(socket.getInputStream())).contains(" 413");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOff() throws Exception {
        long sent = 0;
        String status = null;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            InputStream in = socket.getInputStream();
            try {
                while (sent < 100L * 1024 * 1024 && in.available() == 0) {
                    out.write(chunk);
                    sent += 0x2000;
                }
            } catch (IOException closedByServer) {
                // the server stopped reading and closed: what we want
            }
            try {
                status = statusLine(in);
            } catch (IOException reset) {
                status = "closed";
            }
        }
        assertThat(sent).as("bytes sent before the server refused").isLessThan(8L * 1024 * 1024);
        assertThat(status)
                .satisfiesAnyOf(
                        s -> assertThat(s).contains(" 413"), s -> assertThat(s).isEqualTo("closed"));
    }

    @Test
    void slowSendersNeitherStallValidDeliveriesNorHoldOn() throws Exception {
        List<Socket> slow = new ArrayList<>();
        List<CompletableFuture<String>> slowAnswers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setSoTimeout(30_000);
                socket.getOutputStream()
                        .write(
                                ("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                                + "Content-Length: 1000\r\n\r\n{")
                                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
                CompletableFuture.runAsync(() -> {
                    try {
                        for (int b = 0; b < 60; b++) { // one byte every 500 ms: the body would take 500 s
                            Thread.sleep(500);
                            socket.getOutputStream().write(' ');
                        }
                    } catch (Exception closed) {
                        // the server gave up on it
                    }
                });
                slowAnswers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return statusLine(socket.getInputStream());
                    } catch (Exception e) {
                        return "no answer: " + e;
                    }
                }));
            }
            int before = ROUTED.get();
            for (int i = 0; i < 20; i++) {
                String event = "{\"id\":\"evt_hardening_" + i + "_" + System.nanoTime()
                        + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"," + "\"created\":"
                        + System.currentTimeMillis() + ",\"data\":{\"object\":{\"id\":\"pi_h" + i
                        + "\",\"object\":\"payment_intent\"}}}";
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Wooshpay-Signature",
                                        WebhookSignatureVerifier.sign(
                                                SECRET,
                                                Instant.now().getEpochSecond(),
                                                event.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(event))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
            }
            assertThat(ROUTED.get() - before).isEqualTo(20);
            // the slow ones are answered 408 at the read deadline (3 s here), not left to trickle for minutes
            for (CompletableFuture<String> answer : slowAnswers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).startsWith("HTTP/1.1 408");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void anUnsignedFormPostIsRefusedAndItsBodyNeverLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("card_number=4242424242424242&note=do-not-log-me"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(output.getAll())
                .contains("Refused WooshPay webhook")
                .doesNotContain("4242424242424242")
                .doesNotContain("do-not-log-me");
        assertThat(answer.body()).doesNotContain("4242424242424242");
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().trim();
    }
}
