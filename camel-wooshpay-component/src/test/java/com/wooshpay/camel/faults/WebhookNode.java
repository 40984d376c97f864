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
package com.wooshpay.camel.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;

import com.wooshpay.camel.TestServers;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One application instance in its own JVM, for tests that kill it with SIGKILL: wooshpay:webhook on a port, completed
 * events in a JdbcMessageIdRepository and claims in a JdbcOrphanLockAwareIdempotentRepository, both on PostgreSQL.
 * The route takes {@code routeMillis}, then records its effect (a row in {@code paid}) and the completion in one
 * transaction, so the effect happens once however the instance dies.
 * <p>
 * Arguments: port, JDBC URL, node name, route millis, claim lease millis. Prints READY once it listens.
 */
public final class WebhookNode {

    static final String SECRET = "whsec_node_kill_test_5a6b7c8d9e0f1a2b";

    private WebhookNode() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[1]);
        String node = args[2];
        long routeMillis = Long.parseLong(args[3]);
        long leaseMillis = Long.parseLong(args[4]);

        DefaultCamelContext context = new DefaultCamelContext();
        TestServers.platformHttp(context, port);
        JdbcMessageIdRepository done = new JdbcMessageIdRepository(dataSource, "wooshpay-webhook");
        JdbcOrphanLockAwareIdempotentRepository claims =
                new JdbcOrphanLockAwareIdempotentRepository(dataSource, "wooshpay-claims", context);
        claims.setLockMaxAgeMillis(leaseMillis);
        claims.setLockKeepAliveIntervalMillis(leaseMillis / 4);
        context.getRegistry().bind("done", done);
        context.getRegistry().bind("claims", claims);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("wooshpay:webhook?idempotentRepository=#done&claimRepository=#claims&webhookSecret=RAW(" + SECRET
                                + ")")
                        .process(e -> {
                            Thread.sleep(routeMillis);
                            String eventId = e.getMessage().getHeader("CamelWooshPayEventId", String.class);
                            try (Connection c = dataSource.getConnection()) {
                                c.setAutoCommit(false);
                                try (PreparedStatement paid =
                                                c.prepareStatement("INSERT INTO paid (event_id, node) VALUES (?, ?)");
                                        PreparedStatement completed = c.prepareStatement(
                                                "INSERT INTO CAMEL_MESSAGEPROCESSED"
                                                        + " (processorName, messageId, createdAt) VALUES ('wooshpay-webhook', ?, ?)")) {
                                    paid.setString(1, eventId);
                                    paid.setString(2, node);
                                    paid.executeUpdate();
                                    completed.setString(1, eventId);
                                    completed.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
                                    completed.executeUpdate();
                                }
                                c.commit();
                            }
                        });
            }
        });
        context.start();
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
