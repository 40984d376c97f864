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

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.events.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration, with ApplicationContextRunner: properties, switches, a user's bean, health, masking. */
class WooshPayAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    CamelAutoConfiguration.class,
                    WooshPaySandboxAutoConfiguration.class,
                    WooshPayComponentAutoConfiguration.class,
                    WooshPayActuatorAutoConfiguration.class));

    private static WooshPayConfiguration componentConfiguration(
            org.springframework.context.ApplicationContext context) {
        return context.getBean(CamelContext.class)
                .getComponent("wooshpay", WooshPayComponent.class)
                .getConfiguration();
    }

    /**
     * Every option in the component metadata, set as a property with a value unlike its default, is what the
     * endpoint (or, for component-only options, the component) then holds: a new option is covered without touching
     * this test, and one the starter could not set fails it.
     */
    @Test
    void everyComponentOptionIsSettableThroughAPropertyAndReachesTheEndpoint() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        Map<String, Object> beans = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : componentOptions().entrySet()) {
            String option = entry.getKey();
            JsonNode meta = entry.getValue();
            if (option.equals("configuration")) {
                continue; // the object the other options are set on: covered by aWholeConfigurationBeanCanBeNamed
            }
            if (option.equals("accounts")) {
                // a map of named accounts, bound field by field; the account "sample" (the account option below)
                // carries the same values as the plain options, so the endpoint holds what they expect
                properties.addAll(List.of(
                        "camel.component.wooshpay.accounts.sample.api-key=" + SAMPLE_STRINGS.get("apiKey"),
                        "camel.component.wooshpay.accounts.sample.base-url=" + SAMPLE_STRINGS.get("baseUrl"),
                        "camel.component.wooshpay.accounts.sample.webhook-secret="
                                + SAMPLE_STRINGS.get("webhookSecret"),
                        "camel.component.wooshpay.accounts.sample.webhook-path=" + SAMPLE_STRINGS.get("webhookPath"),
                        "camel.component.wooshpay.accounts.sample.webhook-external-url="
                                + SAMPLE_STRINGS.get("webhookExternalUrl")));
                continue;
            }
            String property = "camel.component.wooshpay."
                    + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + "=";
            switch (meta.path("type").asText()) {
                case "string" -> {
                    String value = SAMPLE_STRINGS.getOrDefault(option, "value-of-" + option);
                    properties.add(property + value);
                    expected.put(option, value);
                }
                case "enum" -> {
                    JsonNode values = meta.get("enum");
                    String value = values.get(values.size() - 1).asText();
                    assertThat(value)
                            .as(option + ": a value unlike the default")
                            .isNotEqualTo(meta.path("defaultValue").asText());
                    properties.add(property + value);
                    expected.put(option, value);
                }
                case "integer" -> {
                    properties.add(property + 7);
                    expected.put(
                            option,
                            meta.path("javaType")
                                            .asText()
                                            .toLowerCase(Locale.ROOT)
                                            .endsWith("long")
                                    ? (Object) 7L
                                    : (Object) 7);
                }
                case "boolean" -> {
                    boolean value = !meta.path("defaultValue").asBoolean(false);
                    properties.add(property + value);
                    expected.put(option, value);
                }
                case "duration" -> {
                    properties.add(property + "7s");
                    expected.put(option, 7000L);
                }
                case "object" -> {
                    Object bean = sampleBean(meta.path("javaType").asText().replaceAll("<.*", ""));
                    String name = "sample-" + option;
                    beans.put(name, bean);
                    properties.add(property + (beans.size() % 2 == 0 ? "#bean:" + name : name)); // both spellings work
                    expected.put(option, bean);
                }
                default ->
                    throw new AssertionError(option + ": a type this test does not know: "
                            + meta.path("type").asText());
            }
        }
        ApplicationContextRunner configured = runner.withPropertyValues(properties.toArray(String[]::new));
        for (Map.Entry<String, Object> bean : beans.entrySet()) {
            configured = register(configured, bean.getKey(), bean.getValue());
        }
        configured.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedSandbox.class);
            CamelContext camel = context.getBean(CamelContext.class);
            WooshPayComponent component = camel.getComponent("wooshpay", WooshPayComponent.class);
            Endpoint endpoint = camel.getEndpoint("wooshpay:paymentIntent/create");
            PropertyConfigurerGetter onComponent = (PropertyConfigurerGetter)
                    PluginHelper.getConfigurerResolver(camel).resolvePropertyConfigurer("wooshpay-component", camel);
            PropertyConfigurerGetter onEndpoint = (PropertyConfigurerGetter)
                    PluginHelper.getConfigurerResolver(camel).resolvePropertyConfigurer("wooshpay-endpoint", camel);
            assertThat(component.getAccounts()).containsOnlyKeys("sample");
            assertThat(component.account("sample").getApiKey()).isEqualTo(SAMPLE_STRINGS.get("apiKey"));
            for (Map.Entry<String, Object> option : expected.entrySet()) {
                boolean endpointOption = onEndpoint.getOptionType(option.getKey(), false) != null;
                Object actual = endpointOption
                        ? onEndpoint.getOptionValue(endpoint, option.getKey(), false)
                        : onComponent.getOptionValue(component, option.getKey(), false);
                assertThat(actual)
                        .as(option.getKey() + (endpointOption ? " on the endpoint" : " on the component"))
                        .isEqualTo(option.getValue());
            }
        });
    }

    @Test
    void namedAccountsAreBoundAndEachHasItsReadinessCheck() {
        runner.withPropertyValues(
                        "camel.component.wooshpay.sandbox.enabled=false",
                        "camel.component.wooshpay.accounts.hk.api-key=sk_test_account_hk_0001",
                        "camel.component.wooshpay.accounts.hk.base-url=http://127.0.0.1:9",
                        "camel.component.wooshpay.accounts.sg.api-key=sk_test_account_sg_0002",
                        "camel.component.wooshpay.accounts.sg.webhook-path=/hooks/sg")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    WooshPayComponent component = camel.getComponent("wooshpay", WooshPayComponent.class);
                    assertThat(component.getAccounts()).containsOnlyKeys("hk", "sg");
                    assertThat(component.account("sg").getWebhookPath()).isEqualTo("/hooks/sg");
                    WooshPayEndpoint hk =
                            camel.getEndpoint("wooshpay:paymentIntent/create?account=hk", WooshPayEndpoint.class);
                    assertThat(hk.getConfiguration().getApiKey()).isEqualTo("sk_test_account_hk_0001");
                    assertThat(hk.getConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:9");

                    HealthCheckRegistry.get(camel).setExposureLevel("full");
                    Map<String, HealthCheck.Result> results = new LinkedHashMap<>();
                    HealthCheckHelper.invoke(camel)
                            .forEach(r -> results.put(r.getCheck().getId(), r));
                    assertThat(results).containsKeys("wooshpay-account-hk", "wooshpay-account-sg");
                    assertThat(results.get("wooshpay-account-hk").getState()).isEqualTo(HealthCheck.State.DOWN);
                    assertThat(results.get("wooshpay-account-hk").getMessage())
                            .hasValue("WooshPay could not be reached");
                    assertThat(results.toString()).doesNotContain("sk_test_account_hk_0001");
                });
    }

    @Test
    void aWholeConfigurationBeanCanBeNamed() {
        WooshPayConfiguration own = new WooshPayConfiguration();
        own.setCurrency("THB");
        runner.withBean("ownConfiguration", WooshPayConfiguration.class, () -> own)
                .withPropertyValues(
                        "camel.component.wooshpay.configuration=#bean:ownConfiguration",
                        "camel.component.wooshpay.sandbox.enabled=false")
                .run(context -> assertThat(componentConfiguration(context).getCurrency())
                        .isEqualTo("THB"));
    }

    /** Strings some options check the shape of. */
    private static final Map<String, String> SAMPLE_STRINGS = Map.of(
            "apiKey", "sk_test_every_option_123",
            "baseUrl", "https://apitest.wooshpay.com",
            "currency", "PHP",
            "returnUrl", "https://erp.example/back",
            "webhookExternalUrl", "https://erp.example",
            "webhookPath", "/hooks/wooshpay",
            "webhookSecret", "whsec_every_option",
            "eventTypes", "payment_intent.succeeded",
            "paymentMethodType", "gcash",
            "account", "sample");

    private static Object sampleBean(String type) {
        return switch (type) {
            case "org.apache.camel.spi.IdempotentRepository" ->
                MemoryIdempotentRepository.memoryIdempotentRepository(10);
            case "org.apache.camel.spi.StateRepository" -> new MemoryStateRepository();
            case "org.apache.camel.support.jsse.SSLContextParameters" -> new SSLContextParameters();
            case "java.util.concurrent.ExecutorService" -> Executors.newSingleThreadExecutor();
            default -> throw new AssertionError("add a sample bean of " + type + " to this test");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ApplicationContextRunner register(ApplicationContextRunner runner, String name, Object bean) {
        return runner.withBean(name, (Class) bean.getClass(), () -> bean);
    }

    private static Map<String, JsonNode> componentOptions() throws Exception {
        try (InputStream in =
                WooshPayAutoConfigurationTest.class.getResourceAsStream("/META-INF/com/wooshpay/camel/wooshpay.json")) {
            Map<String, JsonNode> options = new LinkedHashMap<>();
            new ObjectMapper()
                    .readTree(in)
                    .path("componentProperties")
                    .properties()
                    .forEach(e -> options.put(e.getKey(), e.getValue()));
            assertThat(options).hasSizeGreaterThan(30);
            return options;
        }
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
    void consumerStateIsDurableByDefault(@org.junit.jupiter.api.io.TempDir Path dir) {
        // with the application's DataSource: a table in its database
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:state" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner.withBean("dataSource", DataSource.class, () -> h2).run(context -> {
            StateRepository<String, String> state =
                    componentConfiguration(context).getStateRepository();
            assertThat(state).isInstanceOf(JdbcStateRepository.class);
            ServiceHelper.startService(state);
            state.setState("k", "v");
            try (Connection c = h2.getConnection();
                    ResultSet row = c.createStatement()
                            .executeQuery("SELECT STATE_VALUE FROM WOOSHPAY_STATE WHERE STATE_KEY = 'k'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("v");
            }
        });
        // without one: the state file
        Path file = dir.resolve("nested/state.dat");
        runner.withPropertyValues("camel.component.wooshpay.state-file=" + file).run(context -> {
            StateRepository<String, String> state =
                    componentConfiguration(context).getStateRepository();
            assertThat(state).isInstanceOf(FileStateRepository.class);
            ServiceHelper.startService(state);
            state.setState("k", "v");
            ServiceHelper.stopService(state);
            assertThat(file).exists();
        });
    }

    @Test
    void disablingTurnsEverythingOff() {
        runner.withPropertyValues(
                        "camel.component.wooshpay.enabled=false", "camel.component.wooshpay.api-key=sk_test_off_12345")
                .run(context -> {
                    assertThat(context)
                            .doesNotHaveBean(EmbeddedSandbox.class)
                            .doesNotHaveBean("wooshPayHealthCheckRegistration")
                            .doesNotHaveBean("wooshPayComponentCustomizer");
                    assertThat(componentConfiguration(context).getApiKey()).isNull();
                });
    }

    @Test
    void theCustomizerCanBeSwitchedOff() {
        runner.withPropertyValues(
                        "camel.component.wooshpay.customizer.enabled=false",
                        "camel.component.wooshpay.api-key=sk_test_not_applied_1",
                        "camel.component.wooshpay.sandbox.enabled=false")
                .run(context ->
                        assertThat(componentConfiguration(context).getApiKey()).isNull());
    }

    @Test
    void propertiesApplyToAComponentBeanOfTheApplicationToo() {
        // as with Camel's own starters: what a property sets wins, what none sets stays as the bean had it
        WooshPayComponent own = new WooshPayComponent();
        own.getConfiguration().setApiKey("sk_test_users_own_bean_1");
        own.getConfiguration().setCurrency("THB");
        runner.withBean("wooshpay", WooshPayComponent.class, () -> own)
                .withPropertyValues("camel.component.wooshpay.currency=HKD")
                .run(context -> {
                    WooshPayComponent used =
                            context.getBean(CamelContext.class).getComponent("wooshpay", WooshPayComponent.class);
                    assertThat(used).isSameAs(own);
                    assertThat(used.getConfiguration().getApiKey()).isEqualTo("sk_test_users_own_bean_1");
                    assertThat(used.getConfiguration().getCurrency()).isEqualTo("HKD");
                });
    }

    @Test
    void camelsCommonCustomizerSwitchTurnsItOffToo() {
        runner.withPropertyValues(
                        "camel.component.customizer.enabled=false",
                        "camel.component.wooshpay.api-key=sk_test_not_applied_2",
                        "camel.component.wooshpay.sandbox.enabled=false")
                .run(context ->
                        assertThat(componentConfiguration(context).getApiKey()).isNull());
    }

    @Test
    void secretsAreMaskedWhereverActuatorShowsValues() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean("wooshpaySecretsSanitizer", SanitizingFunction.class);
            for (String key : new String[] {
                "camel.component.wooshpay.api-key",
                "camel.component.wooshpay.webhook-secret",
                "apiKey",
                "webhookSecret",
                "CAMEL_COMPONENT_WOOSHPAY_API_KEY"
            }) {
                assertThat(sanitizer
                                .apply(new SanitizableData(null, key, "sk_live_secret"))
                                .getValue())
                        .as(key)
                        .isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            assertThat(sanitizer
                            .apply(new SanitizableData(null, "camel.component.wooshpay.base-url", "https://x"))
                            .getValue())
                    .isEqualTo("https://x");
        });
    }

    @Test
    void healthIndicatorStates() throws Exception {
        // a stub WooshPay on loopback: 200 for one key, 401 for another; counts the calls
        AtomicInteger calls = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/payment_intents", exchange -> {
            calls.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean good = auth != null
                    && new String(Base64.getDecoder().decode(auth.substring(6))).startsWith("sk_test_good");
            byte[] body = (good
                            ? "{\"object\":\"list\",\"data\":[],\"has_more\":false}"
                            : "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key\"}}")
                    .getBytes();
            exchange.sendResponseHeaders(good ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        String base = "http://127.0.0.1:" + stub.getAddress().getPort();
        try {
            runner.withPropertyValues(
                            "camel.component.wooshpay.api-key=sk_test_good_key_123",
                            "camel.component.wooshpay.base-url=" + base)
                    .run(context -> {
                        HealthCheck.Result up = wooshpayHealth(context);
                        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
                        assertThat(up.getDetails())
                                .containsEntry("mode", "sandbox")
                                .containsEntry("base.url", base);
                        assertThat(up.getDetails().toString()).doesNotContain("sk_test_good_key_123");
                        wooshpayHealth(context);
                        assertThat(calls.get()).as("cached").isEqualTo(1);
                    });
            runner.withPropertyValues(
                            "camel.component.wooshpay.api-key=sk_test_wrong_key_45",
                            "camel.component.wooshpay.base-url=" + base)
                    .run(context -> {
                        HealthCheck.Result down = wooshpayHealth(context);
                        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
                        assertThat(down.getMessage()).hasValue("WooshPay refused the API key (HTTP 401)");
                        assertThat(down.getDetails().toString()).doesNotContain("sk_test_wrong_key_45");
                    });
        } finally {
            stub.stop(0);
        }
        runner.withPropertyValues(
                        "camel.component.wooshpay.api-key=sk_test_unreachable_1",
                        "camel.component.wooshpay.base-url=http://127.0.0.1:9")
                .run(context ->
                        assertThat(wooshpayHealth(context).getMessage()).hasValue("WooshPay could not be reached"));
        runner.withPropertyValues("camel.component.wooshpay.sandbox.enabled=false")
                .run(context -> assertThat(wooshpayHealth(context).getState()).isEqualTo(HealthCheck.State.UNKNOWN));
    }

    @Test
    void healthCheckGoesThroughTheComponentsProxy() throws Exception {
        // a forward proxy on loopback: it sees the absolute URL of the API host, which itself does not listen
        List<String> proxied = new CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            proxied.add(exchange.getRequestURI().toString());
            byte[] body = "{\"object\":\"list\",\"data\":[],\"has_more\":false}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        proxy.start();
        try {
            runner.withPropertyValues(
                            "camel.component.wooshpay.api-key=sk_test_behind_proxy_1",
                            "camel.component.wooshpay.base-url=http://127.0.0.1:9",
                            "camel.component.wooshpay.proxy-host=127.0.0.1",
                            "camel.component.wooshpay.proxy-port="
                                    + proxy.getAddress().getPort())
                    .run(context -> {
                        assertThat(wooshpayHealth(context).getState()).isEqualTo(HealthCheck.State.UP);
                        assertThat(proxied).containsExactly("http://127.0.0.1:9/v1/payment_intents?limit=1");
                    });
        } finally {
            proxy.stop(0);
        }
    }

    /** The starter's check as Camel's health API runs it: the way camel-spring-boot's camel-health indicator does. */
    private static HealthCheck.Result wooshpayHealth(ApplicationContext context) {
        CamelContext camel = context.getBean(CamelContext.class);
        return HealthCheckHelper.invoke(camel).stream()
                .filter(result -> result.getCheck().getId().equals("wooshpay"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no wooshpay check in Camel's health registry"));
    }
}
