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

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Vert.x (Camel Main's platform-http engine), senders trickling their headers or body a byte at a time hold no
 * thread: valid deliveries arriving meanwhile are answered and routed as usual, and a body declared over the server's
 * limit is refused before it is sent.
 */
class VertxSlowSenderTest extends WebhookTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?webhookSecret=RAW(" + SECRET + ")").to("mock:routed");
            }
        };
    }

    @Test
    void eightSlowSendersDoNotStallValidDeliveries() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                OutputStream out = socket.getOutputStream();
                // half of them stop inside the headers, half inside a body they declared
                out.write((i % 2 == 0
                                ? "POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"
                                : "POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            MockEndpoint routed = getMockEndpoint("mock:routed");
            routed.expectedMessageCount(20);
            for (int i = 0; i < 20; i++) {
                String body = event(
                        "evt_vertx_slow_" + i, "payment_intent.succeeded", paymentIntent("pi_slow_" + i, "succeeded"));
                assertThat(deliver("/wooshpay/webhook", body, signed(body)).statusCode())
                        .isEqualTo(200);
                for (Socket socket : slow) {
                    socket.getOutputStream().write(' '); // still trickling
                }
            }
            routed.assertIsSatisfied(10_000);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyDeclaredOverTheServerLimitIsRefusedBeforeItIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write(("POST /wooshpay/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100000000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = socket.getInputStream().read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            assertThat(line.toString()).contains(" 413");
        }
    }
}
