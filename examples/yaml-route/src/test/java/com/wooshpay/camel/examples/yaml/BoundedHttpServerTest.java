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
package com.wooshpay.camel.examples.yaml;

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
import java.util.concurrent.atomic.AtomicInteger;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vert.x server of the Camel Main example under slow and oversized senders: a head that stalls is closed at the
 * idle timeout, a body trickled in a byte at a time gets 408 at the request deadline, a connection that sends nothing
 * is closed, a body declared over the limit gets 413 at once, and a valid signed delivery is routed meanwhile.
 * (Without these deadlines such connections stay open as long as the sender likes.)
 */
class BoundedHttpServerTest {

    private static final String SECRET = "whsec_bounded_server_test_0123456789";

    private final AtomicInteger routed = new AtomicInteger();
    private DefaultCamelContext context;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        context = new DefaultCamelContext();
        context.addService(new BoundedHttpServer(
                "127.0.0.1",
                port,
                new BoundedHttpServer.Limits(64 * 1024, Duration.ofSeconds(1), Duration.ofSeconds(2))));
        context.getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration()
                .setWebhookSecret(SECRET);
        // a lambda, not a RouteBuilder class: Camel Main in YamlRouteTest scans this package for RouteBuilder classes
        RouteBuilder.addRoutes(
                context, routes -> routes.from("wooshpay:webhook").process(e -> routed.incrementAndGet()));
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aHeadThatStallsIsClosedAtTheIdleTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Sl"
                            .getBytes(StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().read()).isEqualTo(-1); // closed, 1 s after its last byte
        }
        assertThat(validDelivery()).isEqualTo(200);
    }

    @Test
    void aBodyTrickledInGets408AtTheRequestDeadline() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            new Thread(() -> {
                        try {
                            for (int i = 0; i < 30; i++) {
                                Thread.sleep(300);
                                out.write(' ');
                            }
                        } catch (Exception closed) {
                            // cut off
                        }
                    })
                    .start();
            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
        assertThat(validDelivery()).isEqualTo(200);
    }

    @Test
    void anIdleConnectionIsClosedAndAHugeBodyRefusedAtOnce() throws Exception {
        try (Socket idle = new Socket("127.0.0.1", port)) {
            idle.setSoTimeout(10_000);
            assertThat(idle.getInputStream().read()).isEqualTo(-1); // closed at the idle timeout, having sent nothing
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100000000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            assertThat(statusLine(socket.getInputStream())).contains(" 413");
        }
        assertThat(validDelivery()).isEqualTo(200);
        assertThat(routed.get()).isEqualTo(1);
    }

    private int validDelivery() throws Exception {
        String event = "{\"id\":\"evt_bounded_" + System.nanoTime()
                + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"," + "\"created\":"
                + System.currentTimeMillis()
                + ",\"data\":{\"object\":{\"id\":\"pi_b\",\"object\":\"payment_intent\"}}}";
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Wooshpay-Signature",
                                        WebhookSignatureVerifier.sign(
                                                SECRET,
                                                Instant.now().getEpochSecond(),
                                                event.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(event))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
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
