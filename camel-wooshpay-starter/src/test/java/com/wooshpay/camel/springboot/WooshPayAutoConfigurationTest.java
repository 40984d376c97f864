package com.wooshpay.camel.springboot;


import com.sun.net.httpserver.HttpServer;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration, with ApplicationContextRunner: properties, switches, a user's bean, health, masking. */
class WooshPayAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            CamelAutoConfiguration.class, WooshPaySandboxAutoConfiguration.class, WooshPayComponentAutoConfiguration.class,
            WooshPayActuatorAutoConfiguration.class));

    private static WooshPayConfiguration componentConfiguration(org.springframework.context.ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
    }

    @Test
    void everyPropertyReachesTheComponent() {
        runner.withBean("tls", SSLContextParameters.class, SSLContextParameters::new)
                .withBean("responses", java.util.concurrent.ExecutorService.class, () -> java.util.concurrent.Executors.newFixedThreadPool(2))
                .withBean("events", org.apache.camel.spi.IdempotentRepository.class, () -> MemoryIdempotentRepository.memoryIdempotentRepository(100))
                .withBean("claims", com.wooshpay.camel.events.MemoryClaimRepository.class,
                        () -> new com.wooshpay.camel.events.MemoryClaimRepository(1000))
                .withBean("secrets", org.apache.camel.support.processor.state.MemoryStateRepository.class,
                        org.apache.camel.support.processor.state.MemoryStateRepository::new)
                .withPropertyValues(
                        "camel.component.wooshpay.api-key=sk_test_from_properties_123",
                        "camel.component.wooshpay.base-url=https://apitest.wooshpay.com",
                        "camel.component.wooshpay.connect-timeout=3s",
                        "camel.component.wooshpay.read-timeout=45s",
                        "camel.component.wooshpay.max-retries=5",
                        "camel.component.wooshpay.retry-initial-delay=100ms",
                        "camel.component.wooshpay.retry-max-delay=2s",
                        "camel.component.wooshpay.proxy-host=proxy.internal",
                        "camel.component.wooshpay.proxy-port=3128",
                        "camel.component.wooshpay.ssl-context-parameters=tls",
                        "camel.component.wooshpay.max-response-size=2048",
                        "camel.component.wooshpay.max-connections=8",
                        "camel.component.wooshpay.currency=PHP",
                        "camel.component.wooshpay.return-url=https://erp.example/back",
                        "camel.component.wooshpay.payment-method-type=gcash",
                        "camel.component.wooshpay.terminal-type=APP",
                        "camel.component.wooshpay.confirm=false",
                        "camel.component.wooshpay.auto-paginate=true",
                        "camel.component.wooshpay.webhook-path=/hooks/wooshpay",
                        "camel.component.wooshpay.webhook-secret=whsec_props",
                        "camel.component.wooshpay.signature-tolerance=10m",
                        "camel.component.wooshpay.event-types=payment_intent.succeeded",
                        "camel.component.wooshpay.idempotent-repository=events",
                        "camel.component.wooshpay.claim-repository=claims",
                        "camel.component.wooshpay.claim-lease=90s",
                        "camel.component.wooshpay.refetch-object=true",
                        "camel.component.wooshpay.lookback=6h",
                        "camel.component.wooshpay.overlap=30s",
                        "camel.component.wooshpay.state-repository=secrets",
                        "camel.component.wooshpay.max-body-size=4096",
                        "camel.component.wooshpay.webhook-auto-register=true",
                        "camel.component.wooshpay.webhook-external-url=https://erp.example",
                        "camel.component.wooshpay.webhook-secret-repository=secrets",
                        "camel.component.wooshpay.webhook-quiet-period=20m",
                        "camel.component.wooshpay.response-executor-service=responses",
                        "camel.component.wooshpay.lazy-start-producer=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedSandbox.class);
                    WooshPayConfiguration c = componentConfiguration(context);
                    assertThat(c.getApiKey()).isEqualTo("sk_test_from_properties_123");
                    assertThat(c.getBaseUrl()).isEqualTo("https://apitest.wooshpay.com");
                    assertThat(c.getConnectTimeout()).isEqualTo(3000);
                    assertThat(c.getReadTimeout()).isEqualTo(45000);
                    assertThat(c.getMaxRetries()).isEqualTo(5);
                    assertThat(c.getRetryInitialDelay()).isEqualTo(100);
                    assertThat(c.getRetryMaxDelay()).isEqualTo(2000);
                    assertThat(c.getProxyHost()).isEqualTo("proxy.internal");
                    assertThat(c.getProxyPort()).isEqualTo(3128);
                    assertThat(c.getSslContextParameters()).isSameAs(context.getBean("tls"));
                    assertThat(c.getMaxResponseSize()).isEqualTo(2048);
                    assertThat(c.getMaxConnections()).isEqualTo(8);
                    assertThat(c.getCurrency()).isEqualTo("PHP");
                    assertThat(c.getReturnUrl()).isEqualTo("https://erp.example/back");
                    assertThat(c.getPaymentMethodType()).isEqualTo("gcash");
                    assertThat(c.getTerminalType()).isEqualTo("APP");
                    assertThat(c.isConfirm()).isFalse();
                    assertThat(c.isAutoPaginate()).isTrue();
                    assertThat(c.getWebhookPath()).isEqualTo("/hooks/wooshpay");
                    assertThat(c.getWebhookSecret()).isEqualTo("whsec_props");
                    assertThat(c.getSignatureTolerance()).isEqualTo(600_000);
                    assertThat(c.getEventTypes()).isEqualTo("payment_intent.succeeded");
                    assertThat(c.getIdempotentRepository()).isSameAs(context.getBean("events"));
                    assertThat(c.getClaimRepository()).isSameAs(context.getBean("claims"));
                    assertThat(c.getClaimLease()).isEqualTo(90_000);
                    assertThat(c.isRefetchObject()).isTrue();
                    assertThat(c.getLookback()).isEqualTo(6 * 3_600_000L);
                    assertThat(c.getOverlap()).isEqualTo(30_000);
                    assertThat(c.getStateRepository()).isSameAs(context.getBean("secrets"));
                    assertThat(c.getMaxBodySize()).isEqualTo(4096);
                    assertThat(c.isWebhookAutoRegister()).isTrue();
                    assertThat(c.getWebhookExternalUrl()).isEqualTo("https://erp.example");
                    assertThat(c.getWebhookSecretRepository()).isSameAs(context.getBean("secrets"));
                    assertThat(c.getWebhookQuietPeriod()).isEqualTo(20 * 60_000L);
                    assertThat(context.getBean(CamelContext.class).getComponent("wooshpay", WooshPayComponent.class)
                            .getResponseExecutorService()).isSameAs(context.getBean("responses"));
                    assertThat(context.getBean(CamelContext.class).getComponent("wooshpay", WooshPayComponent.class)
                            .isLazyStartProducer()).isTrue();
                });
    }

    @Test
    void withoutAKeyTheEmbeddedSandboxStartsAndTheComponentPointsAtIt() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedSandbox.class);
            EmbeddedSandbox sandbox = context.getBean(EmbeddedSandbox.class);
            assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
            WooshPayConfiguration c = componentConfiguration(context);
            assertThat(c.getBaseUrl()).isEqualTo(sandbox.baseUrl());
            assertThat(c.getApiKey()).isEqualTo(sandbox.apiKey());
        });
        runner.withPropertyValues("camel.component.wooshpay.sandbox.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedSandbox.class));
    }

    @Test
    void consumerStateIsDurableByDefault(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // with the application's DataSource: a table in its database
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:state" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner.withBean("dataSource", javax.sql.DataSource.class, () -> h2).run(context -> {
            org.apache.camel.spi.StateRepository<String, String> state = componentConfiguration(context).getStateRepository();
            assertThat(state).isInstanceOf(com.wooshpay.camel.events.JdbcStateRepository.class);
            org.apache.camel.support.service.ServiceHelper.startService(state);
            state.setState("k", "v");
            try (java.sql.Connection c = h2.getConnection(); java.sql.ResultSet row = c.createStatement()
                    .executeQuery("SELECT STATE_VALUE FROM WOOSHPAY_STATE WHERE STATE_KEY = 'k'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("v");
            }
        });
        // without one: the state file
        java.nio.file.Path file = dir.resolve("nested/state.dat");
        runner.withPropertyValues("camel.component.wooshpay.state-file=" + file).run(context -> {
            org.apache.camel.spi.StateRepository<String, String> state = componentConfiguration(context).getStateRepository();
            assertThat(state).isInstanceOf(org.apache.camel.support.processor.state.FileStateRepository.class);
            org.apache.camel.support.service.ServiceHelper.startService(state);
            state.setState("k", "v");
            org.apache.camel.support.service.ServiceHelper.stopService(state);
            assertThat(file).exists();
        });
    }

    @Test
    void disablingTurnsEverythingOff() {
        runner.withPropertyValues("camel.component.wooshpay.enabled=false", "camel.component.wooshpay.api-key=sk_test_off_12345")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedSandbox.class).doesNotHaveBean(WooshPayHealthIndicator.class)
                            .doesNotHaveBean("wooshPayComponentCustomizer");
                    assertThat(componentConfiguration(context).getApiKey()).isNull();
                });
    }

    @Test
    void theCustomizerCanBeSwitchedOff() {
        runner.withPropertyValues("camel.component.wooshpay.customizer.enabled=false", "camel.component.wooshpay.api-key=sk_test_not_applied_1",
                        "camel.component.wooshpay.sandbox.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean("wooshPayComponentCustomizer");
                    assertThat(componentConfiguration(context).getApiKey()).isNull();
                });
    }

    @Test
    void aUserComponentBeanWins() {
        WooshPayComponent own = new WooshPayComponent();
        own.getConfiguration().setApiKey("sk_test_users_own_bean_1");
        own.getConfiguration().setCurrency("THB");
        runner.withBean("wooshpay", WooshPayComponent.class, () -> own)
                .withPropertyValues("camel.component.wooshpay.api-key=sk_test_from_properties_123", "camel.component.wooshpay.currency=HKD")
                .run(context -> {
                    WooshPayComponent used = context.getBean(CamelContext.class).getComponent("wooshpay", WooshPayComponent.class);
                    assertThat(used).isSameAs(own);
                    assertThat(used.getConfiguration().getApiKey()).isEqualTo("sk_test_users_own_bean_1");
                    assertThat(used.getConfiguration().getCurrency()).isEqualTo("THB");
                });
    }

    @Test
    void secretsAreMaskedWhereverActuatorShowsValues() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean("wooshpaySecretsSanitizer", SanitizingFunction.class);
            for (String key : new String[] { "camel.component.wooshpay.api-key", "camel.component.wooshpay.webhook-secret", "apiKey",
                    "webhookSecret", "CAMEL_COMPONENT_WOOSHPAY_API_KEY" }) {
                assertThat(sanitizer.apply(new SanitizableData(null, key, "sk_live_secret")).getValue())
                        .as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            assertThat(sanitizer.apply(new SanitizableData(null, "camel.component.wooshpay.base-url", "https://x")).getValue())
                    .isEqualTo("https://x");
        });
    }

    @Test
    void healthIndicatorStates() throws Exception {
        // a stub WooshPay on loopback: 200 for one key, 401 for another; counts the calls
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer stub = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/payment_intents", exchange -> {
            calls.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean good = auth != null && new String(java.util.Base64.getDecoder().decode(auth.substring(6))).startsWith("sk_test_good");
            byte[] body = (good ? "{\"object\":\"list\",\"data\":[],\"has_more\":false}"
                    : "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key\"}}").getBytes();
            exchange.sendResponseHeaders(good ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        String base = "http://127.0.0.1:" + stub.getAddress().getPort();
        try {
            runner.withPropertyValues("camel.component.wooshpay.api-key=sk_test_good_key_123", "camel.component.wooshpay.base-url=" + base)
                    .run(context -> {
                        WooshPayHealthIndicator health = context.getBean(WooshPayHealthIndicator.class);
                        Health up = health.health();
                        assertThat(up.getStatus()).isEqualTo(Status.UP);
                        assertThat(up.getDetails()).containsEntry("mode", "sandbox").containsEntry("baseUrl", base);
                        assertThat(up.getDetails().toString()).doesNotContain("sk_test_good_key_123");
                        health.health();
                        assertThat(calls.get()).as("cached").isEqualTo(1);
                    });
            runner.withPropertyValues("camel.component.wooshpay.api-key=sk_test_wrong_key_45", "camel.component.wooshpay.base-url=" + base)
                    .run(context -> {
                        Health down = context.getBean(WooshPayHealthIndicator.class).health();
                        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(down.getDetails()).containsEntry("reason", "WooshPay refused the API key (HTTP 401)");
                        assertThat(down.getDetails().toString()).doesNotContain("sk_test_wrong_key_45");
                    });
        } finally {
            stub.stop(0);
        }
        runner.withPropertyValues("camel.component.wooshpay.api-key=sk_test_unreachable_1", "camel.component.wooshpay.base-url=http://127.0.0.1:9")
                .run(context -> assertThat(context.getBean(WooshPayHealthIndicator.class).health().getDetails())
                        .containsEntry("reason", "WooshPay could not be reached"));
        runner.withPropertyValues("camel.component.wooshpay.sandbox.enabled=false")
                .run(context -> assertThat(context.getBean(WooshPayHealthIndicator.class).health().getStatus()).isEqualTo(Status.UNKNOWN));
    }

    @Test
    void healthCheckGoesThroughTheComponentsProxy() throws Exception {
        // a forward proxy on loopback: it sees the absolute URL of the API host, which itself does not listen
        java.util.List<String> proxied = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            proxied.add(exchange.getRequestURI().toString());
            byte[] body = "{\"object\":\"list\",\"data\":[],\"has_more\":false}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        proxy.start();
        try {
            runner.withPropertyValues("camel.component.wooshpay.api-key=sk_test_behind_proxy_1",
                    "camel.component.wooshpay.base-url=http://127.0.0.1:9", "camel.component.wooshpay.proxy-host=127.0.0.1",
                    "camel.component.wooshpay.proxy-port=" + proxy.getAddress().getPort())
                    .run(context -> {
                        assertThat(context.getBean(WooshPayHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                        assertThat(proxied).containsExactly("http://127.0.0.1:9/v1/payment_intents?limit=1");
                    });
        } finally {
            proxy.stop(0);
        }
    }
}
