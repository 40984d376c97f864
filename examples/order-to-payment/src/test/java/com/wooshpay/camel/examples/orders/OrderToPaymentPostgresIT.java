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
package com.wooshpay.camel.examples.orders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.springboot.EmbeddedSandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same application on a real PostgreSQL 14 server (embedded, from Maven Central binaries) instead of H2. */
@SpringBootTest(classes = OrderToPaymentApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@org.springframework.test.annotation.DirtiesContext
class OrderToPaymentPostgresIT extends ExampleTestSupport {

    private static EmbeddedPostgres postgres;

    @TempDir
    static Path inbox;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // closed when the JVM ends, after Spring has closed this test's context (@DirtiesContext): the application
        // never sees its database vanish under a running route
        EmbeddedPostgres server = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is ending anyway
            }
        }));
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        common(registry, inbox);
    }

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void demoFlowOnPostgres() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        Map<String, DemoRunner.Outcome> outcomes = new DemoRunner(
                        environment, context.getBeanProvider(EmbeddedSandbox.class), context, false)
                .runDemo(Duration.ofSeconds(30));
        assertThat(outcomes.values())
                .extracting(DemoRunner.Outcome::actual)
                .containsExactly("REFUNDED", "PAID", "FAILED");
    }

    @Test
    void redeliveredEventsAreNotAppliedTwiceAcrossTheDatabaseRepository() throws Exception {
        assertThat(post(app() + "/orders", order("SO-PG-1", "HKD", 1500)).statusCode())
                .isEqualTo(201);
        String intent = jdbc.queryForObject("select payment_intent_id from orders where id = 'SO-PG-1'", String.class);
        String event = ("{'id':'evt_pg_dup','object':'event','type':'charge.refund.updated','created':"
                        + System.currentTimeMillis()
                        + ",'data':{'object':{'id':'re_pg','object':'refund','status':'succeeded','amount':500,'payment_intent':'"
                        + intent + "'}}}")
                .replace('\'', '"');
        post(sandbox.baseUrl() + "/cashier/" + intent + "/pay", Map.of());
        awaitStatus("SO-PG-1", "PAID");
        for (int i = 0; i < 3; i++) {
            var answer = http.send(
                    HttpRequest.newBuilder(URI.create(app() + "/wooshpay/webhook"))
                            .header(
                                    "Wooshpay-Signature",
                                    WebhookSignatureVerifier.sign(
                                            KNOWN_SECRET,
                                            Instant.now().getEpochSecond(),
                                            event.getBytes(StandardCharsets.UTF_8)))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(event))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        }
        // three deliveries of one partial refund: counted once
        assertThat(jdbc.queryForObject("select refunded_amount from orders where id = 'SO-PG-1'", Long.class))
                .isEqualTo(500L);
        assertThat(status("SO-PG-1")).isEqualTo("PAID");
        assertThat(jdbc.queryForObject(
                        "select count(*) from camel_messageprocessed where messageid = 'evt_pg_dup'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void effectsAreExactlyOnce() throws Exception {
        aPaymentEventDeliveredEightTimesAtOnceIsBookedOnce("SO-ONCE-PG");
    }
}
