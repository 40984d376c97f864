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

import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * ERP orders become WooshPay payments. {@code --demo} feeds three orders, pays two, fails one, refunds one, prints the
 * final states and exits (0 when every order ended as expected).
 */
@SpringBootApplication
public class OrderToPaymentApplication {

    public static void main(String[] args) {
        String[] effective = Arrays.asList(args).contains("--demo")
                ? Stream.concat(Arrays.stream(args).filter(a -> !a.equals("--demo")), Stream.of("--demo.enabled=true"))
                        .toArray(String[]::new)
                : args;
        SpringApplication.run(OrderToPaymentApplication.class, effective);
    }

    /** The processorName of completed events in CAMEL_MESSAGEPROCESSED; the payment route writes it in its transaction. */
    static final String COMPLETED_EVENTS = "wooshpay-webhook";

    /** Webhook event ids whose route completed, in the orders database: a redelivery after a restart is not routed twice. */
    @Bean
    JdbcMessageIdRepository processedWebhookEvents(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, COMPLETED_EVENTS);
    }

    /**
     * Events being routed, in the same database: a delivery of one is answered 409 (WooshPay delivers again) until the
     * route completes, and the claim of an instance that died is taken over once its heartbeat is older than the lease.
     */
    @Bean
    JdbcOrphanLockAwareIdempotentRepository wooshpayClaims(
            DataSource dataSource, CamelContext camelContext, @Value("${orders.claim-lease:120000}") long leaseMillis) {
        JdbcOrphanLockAwareIdempotentRepository claims =
                new JdbcOrphanLockAwareIdempotentRepository(dataSource, "wooshpay-claims", camelContext);
        claims.setLockMaxAgeMillis(leaseMillis);
        claims.setLockKeepAliveIntervalMillis(Math.max(100, leaseMillis / 4));
        return claims;
    }
}
