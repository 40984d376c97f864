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
package com.wooshpay.camel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;

import com.wooshpay.camel.model.PaymentIntent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/** The servers tests start: platform-http on Vert.x for a CamelContext, and PostgreSQL with Camel's message-id table. */
public final class TestServers {

    private TestServers() {}

    /**
     * Points the context's wooshpay component at a sandbox (or a stub) with a test key, a return URL and short retry
     * waits, and answers the component's defaults for anything else a test needs.
     */
    public static WooshPayConfiguration wooshpayOn(CamelContext context, String baseUrl, String apiKey) {
        return wooshpayOn(context.getComponent("wooshpay", WooshPayComponent.class), baseUrl, apiKey);
    }

    /** The same for a component of its own (a second account). */
    public static WooshPayConfiguration wooshpayOn(WooshPayComponent component, String baseUrl, String apiKey) {
        WooshPayConfiguration defaults = component.getConfiguration();
        defaults.setApiKey(apiKey);
        defaults.setBaseUrl(baseUrl);
        defaults.setReturnUrl("https://shop.example/return");
        defaults.setRetryInitialDelay(1);
        defaults.setRetryMaxDelay(10);
        return defaults;
    }

    /** Serves the context's platform-http consumers (the webhook consumer) on 127.0.0.1:port. */
    public static void platformHttp(CamelContext context, int port) {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        server.setMaxBodySize(2L * 1024 * 1024); // the server refuses larger bodies before buffering them
        try {
            context.addService(new VertxPlatformHttpServer(server));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A real PostgreSQL 14 server (binaries from Maven Central) with the CAMEL_MESSAGEPROCESSED table of
     * JdbcMessageIdRepository, keyed so that the database decides when two instances insert one id at once.
     */
    public static EmbeddedPostgres postgresWithMessageTable() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL, messageId VARCHAR(100) NOT NULL,"
                            + " createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
        }
        return postgres;
    }

    /** The customer pays an intent on the sandbox's cashier page; the cashier's HTTP status. */
    public static int customerPays(PaymentIntent intent) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(intent.getRedirectUrl() + "/pay"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
