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

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wooshpay.camel.client.error.WooshPayConnectionException;
import com.wooshpay.camel.model.PaymentIntent;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport as WooshPay is really reached: over TLS with a trust store of the user's choosing (and host name
 * verification), and through an HTTP proxy. Real servers on loopback: WireMock over HTTPS with a certificate made
 * for this run by the JDK's keytool, and WireMock as a forward proxy.
 */
class TransportTest {

    private static final String KEY = "sk_test_51HxTransportTestKey00000";
    private static final String STORE_PASSWORD = "changeit";
    private static final String INTENT = """
            {"id":"pi_1664204164491640832","object":"payment_intent","amount":1999,"currency":"HKD",
             "status":"requires_payment_method","created":1665553291000,"livemode":false}""";

    @TempDir
    static Path dir;

    private static Path keystore;
    private static WireMockServer tls;
    private static WireMockServer api;
    private static WireMockServer proxy;

    @BeforeAll
    static void startServers() throws Exception {
        keystore = dir.resolve("localhost.p12");
        // a self-signed certificate valid for the name "localhost" only, not for 127.0.0.1
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "localhost",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost",
                        "-validity",
                        "2",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        STORE_PASSWORD,
                        "-keypass",
                        STORE_PASSWORD)
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue())
                .as(new String(keytool.getInputStream().readAllBytes()))
                .isZero();

        tls = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(keystore.toString())
                .keystoreType("PKCS12")
                .keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD));
        api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        proxy = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().enableBrowserProxying(true));
        for (WireMockServer server : List.of(tls, api, proxy)) {
            server.start();
        }
    }

    @AfterAll
    static void stopServers() {
        for (WireMockServer server : List.of(tls, api, proxy)) {
            server.stop();
        }
    }

    @BeforeEach
    void answerCreates() {
        for (WireMockServer server : List.of(tls, api, proxy)) {
            server.resetAll();
        }
        for (WireMockServer server : List.of(tls, api)) {
            server.stubFor(post(urlEqualTo("/v1/payment_intents"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(INTENT)));
        }
    }

    private static SSLContextParameters trusting(Path store) {
        KeyStoreParameters trusted = new KeyStoreParameters();
        trusted.setResource("file:" + store);
        trusted.setType("PKCS12");
        trusted.setPassword(STORE_PASSWORD);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trusted);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trustManagers);
        return ssl;
    }

    /** One paymentIntent/create in a fresh context whose component is set up by {@code setup}. */
    private static Exchange create(Consumer<WooshPayConfiguration> setup) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            WooshPayConfiguration config =
                    context.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
            config.setApiKey(KEY);
            config.setMaxRetries(1);
            config.setRetryInitialDelay(1);
            config.setRetryMaxDelay(5);
            setup.accept(config);
            context.start();
            return context.createProducerTemplate()
                    .request(
                            "wooshpay:paymentIntent/create",
                            e -> e.getMessage().setBody(Map.of("amount", 1999, "currency", "HKD", "confirm", false)));
        }
    }

    @Test
    void createsOverTlsWithTheConfiguredTrustStore() throws Exception {
        Exchange out = create(c -> {
            c.setBaseUrl("https://localhost:" + tls.httpsPort());
            c.setSslContextParameters(trusting(keystore));
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PaymentIntent.class).getId()).isEqualTo("pi_1664204164491640832");
        tls.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withHeader(
                                "Authorization",
                                equalTo("Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes())))
                        .withHeader("Idempotency-Key", matching(".{16,}")));
    }

    @Test
    void refusesACertificateNoTrustStoreVouchesFor() throws Exception {
        // the JVM's default trust store does not know the self-signed certificate
        Exchange out = create(c -> c.setBaseUrl("https://localhost:" + tls.httpsPort()));

        assertConnectionFailedOnTls(out, "PKIX path building failed");
        assertThat(tls.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesACertificateMadeForAnotherHostName() throws Exception {
        // trusted, but issued to "localhost": reaching it as 127.0.0.1 must fail host name verification
        Exchange out = create(c -> {
            c.setBaseUrl("https://127.0.0.1:" + tls.httpsPort());
            c.setSslContextParameters(trusting(keystore));
        });

        assertThat(out.getException())
                .isInstanceOf(WooshPayConnectionException.class)
                .hasCauseInstanceOf(SSLPeerUnverifiedException.class);
        assertThat(out.getException().getMessage())
                .contains("2 attempt(s)")
                .contains("<127.0.0.1> doesn't match")
                .doesNotContain(KEY);
        assertThat(tls.getAllServeEvents()).isEmpty();
    }

    private static void assertConnectionFailedOnTls(Exchange out, String reason) {
        assertThat(out.getException())
                .isInstanceOf(WooshPayConnectionException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(out.getException().getMessage())
                .contains("2 attempt(s)")
                .contains(reason)
                .doesNotContain(KEY);
    }

    @Test
    void goesThroughTheConfiguredProxy() throws Exception {
        Exchange out = create(c -> {
            c.setBaseUrl("http://127.0.0.1:" + api.port());
            c.setProxyHost("127.0.0.1");
            c.setProxyPort(proxy.port());
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PaymentIntent.class).getId()).isEqualTo("pi_1664204164491640832");
        api.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")));
        // the proxy was asked for the absolute URL, as a client configured with a proxy must ask
        List<ServeEvent> proxied = proxy.getAllServeEvents();
        assertThat(proxied).hasSize(1);
        assertThat(proxied.get(0).getRequest().getAbsoluteUrl())
                .isEqualTo("http://127.0.0.1:" + api.port() + "/v1/payment_intents");
        assertThat(proxied.get(0).getRequest().getHeader("Idempotency-Key"))
                .isEqualTo(api.getAllServeEvents().get(0).getRequest().getHeader("Idempotency-Key"));
    }
}
