package com.wooshpay.camel.examples.orders;

import java.util.Arrays;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
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
                ? Stream.concat(Arrays.stream(args).filter(a -> !a.equals("--demo")), Stream.of("--demo.enabled=true")).toArray(String[]::new)
                : args;
        SpringApplication.run(OrderToPaymentApplication.class, effective);
    }

    /** Webhook event ids already processed, in the orders database: a redelivery after a restart is not routed twice. */
    @Bean
    JdbcMessageIdRepository processedWebhookEvents(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, "wooshpay-webhook");
    }
}
