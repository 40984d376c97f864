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

import com.wooshpay.camel.client.WooshPayOperation;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URI parsing, option binding through the generated configurer, and what fails at start. */
class EndpointConfigurationTest {

    private static void startWith(String from, String to) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from).to(to);
                }
            });
            context.start();
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void unknownApiNameListsTheValidOnes() {
        assertThatThrownBy(() -> startWith("direct:a", "wooshpay:payment/create?apiKey=sk_test_x"))
                .satisfies(
                        e -> assertThat(rootCause(e).getMessage())
                                .contains("Unknown WooshPay API 'payment'")
                                .contains(
                                        "paymentIntent, refund, session, webhookEndpoint, customer, paymentMethod, charge, event"));
    }

    @Test
    void unknownMethodNameListsTheApisMethods() {
        assertThatThrownBy(() -> startWith("direct:a", "wooshpay:refund/cancel?apiKey=sk_test_x"))
                .satisfies(e -> assertThat(rootCause(e).getMessage())
                        .contains("Unknown method 'cancel' for WooshPay API 'refund'")
                        .contains("Valid method names: create, retrieve, list"));
        assertThatThrownBy(() -> startWith("direct:a", "wooshpay:session?apiKey=sk_test_x"))
                .satisfies(e -> assertThat(rootCause(e).getMessage())
                        .contains("Missing method name")
                        .contains("create, retrieve, expire, list, lineItems"));
    }

    @Test
    void webhookIsNotAProducerAndApisAreNotConsumers() {
        assertThatThrownBy(() -> startWith("direct:a", "wooshpay:webhook"))
                .satisfies(e -> assertThat(rootCause(e).getMessage())
                        .contains("cannot be used in to()")
                        .contains("paymentIntent, refund, session"));
        assertThatThrownBy(() -> startWith("wooshpay:paymentIntent/create?apiKey=sk_test_x", "log:x"))
                .satisfies(e -> assertThat(rootCause(e).getMessage()).contains("is a producer"));
    }

    @Test
    void missingKeyAndPlainHttpToARemoteHostFailAtStart() {
        assertThatThrownBy(() -> startWith("direct:a", "wooshpay:paymentIntent/create"))
                .satisfies(e -> assertThat(rootCause(e).getMessage()).contains("apiKey is required"));
        assertThatThrownBy(() -> startWith(
                        "direct:a", "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://api.wooshpay.com"))
                .satisfies(e -> assertThat(rootCause(e).getMessage())
                        .contains("Refusing to send the WooshPay API key over plain HTTP to api.wooshpay.com"));
        assertThatThrownBy(() -> startWith(
                        "direct:a", "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://10.0.0.7:8080"))
                .satisfies(e -> assertThat(rootCause(e).getMessage()).contains("plain HTTP"));
        // a loopback base URL through a remote proxy would hand the key to that proxy in clear text
        assertThatThrownBy(
                        () -> startWith(
                                "direct:a",
                                "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://127.0.0.1:1&proxyHost=proxy.example.com&proxyPort=3128"))
                .satisfies(e -> assertThat(rootCause(e).getMessage())
                        .contains("plain HTTP through the proxy proxy.example.com")
                        .doesNotContain("sk_test_x"));
    }

    @Test
    void loopbackHttpAndHttpsAreAccepted() throws Exception {
        startWith("direct:a", "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://127.0.0.1:1");
        startWith("direct:b", "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://localhost:1");
        startWith("direct:c", "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://[::1]:1");
        startWith("direct:d", "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=https://apitest.wooshpay.com");
        startWith(
                "direct:e",
                "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=https://apitest.wooshpay.com"
                        + "&proxyHost=proxy.example.com&proxyPort=3128");
        startWith(
                "direct:f",
                "wooshpay:paymentIntent/create?apiKey=sk_test_x&baseUrl=http://127.0.0.1:1&proxyHost=127.0.0.1&proxyPort=3128");
    }

    @Test
    void optionsBindThroughTheGeneratedConfigurerAndComponentDefaultsApply() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PropertyConfigurer configurer =
                    PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("wooshpay-endpoint", context);
            assertThat(configurer).isInstanceOf(WooshPayEndpointConfigurer.class);

            WooshPayComponent component = context.getComponent("wooshpay", WooshPayComponent.class);
            component.getConfiguration().setCurrency("HKD");
            component.getConfiguration().setMaxRetries(5);
            WooshPayEndpoint endpoint = context.getEndpoint(
                    "wooshpay:paymentIntent/create?apiKey=sk_test_one&readTimeout=5s&connectTimeout=250&maxRetries=1&terminalType=APP",
                    WooshPayEndpoint.class);
            WooshPayConfiguration cfg = endpoint.getConfiguration();
            assertThat(endpoint.getOperation()).isEqualTo(WooshPayOperation.PAYMENT_INTENT_CREATE);
            assertThat(cfg.getReadTimeout()).isEqualTo(5000);
            assertThat(cfg.getConnectTimeout()).isEqualTo(250);
            assertThat(cfg.getMaxRetries()).isEqualTo(1);
            assertThat(cfg.getTerminalType()).isEqualTo("APP");
            assertThat(cfg.getCurrency()).isEqualTo("HKD");
            assertThat(cfg.getPaymentMethodType()).isEqualTo("alipayplus");
            // the endpoint has its own copy: the component's defaults are untouched
            assertThat(component.getConfiguration().getApiKey()).isNull();
            assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
        }
    }
}
