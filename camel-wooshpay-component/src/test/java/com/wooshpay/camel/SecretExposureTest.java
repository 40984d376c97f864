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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API key and the webhook secret, set on the component as the guides say, appear nowhere a user or an operator
 * can read: exchange property and header names and values, log lines of Camel and of the connector at TRACE (with the
 * tracer on and {@code log:?showAll=true} in the routes), exception messages, {@code toString()}, every JMX attribute,
 * the backlog tracer's dump and the routes dumped as XML.
 */
class SecretExposureTest extends WireMockTestSupport {

    private static final String COMPONENT_KEY = "sk_live_ComponentLevelKey5566778899aabb";
    private static final String URI_KEY = "sk_live_UriLevelKey11223344556677889900";
    private static final String WEBHOOK_SECRET = "whsec_ComponentLevelSecret0123456789abcdef";

    private final int port = AvailablePortFinder.getNextAvailable();
    private final List<String> namesAndValues = new CopyOnWriteArrayList<>();

    @Override
    public void configureTest(TestExecutionConfiguration testConfiguration) {
        super.configureTest(testConfiguration);
        testConfiguration.withEnableJMX();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WooshPayConfiguration defaults =
                context.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
        defaults.setApiKey(COMPONENT_KEY);
        defaults.setWebhookSecret(WEBHOOK_SECRET);
        defaults.setMaxRetries(1);
        TestServers.platformHttp(context, port);
        context.setTracing(true);
        context.setBacklogTracing(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay")
                        .routeId("pay")
                        .to("log:before?showAll=true")
                        .to("wooshpay:paymentIntent/create?currency=HKD")
                        .to("log:after?showAll=true")
                        .process(SecretExposureTest.this::record);
                from("direct:payWithUriKey")
                        .routeId("payWithUriKey")
                        .to("log:before?showAll=true")
                        .to("wooshpay:paymentIntent/create?currency=HKD&apiKey=RAW(" + URI_KEY + ")")
                        .to("log:after?showAll=true")
                        .process(SecretExposureTest.this::record);
                from("wooshpay:webhook")
                        .routeId("events")
                        .to("log:event?showAll=true")
                        .process(SecretExposureTest.this::record);
            }
        };
    }

    private void record(Exchange exchange) {
        exchange.getProperties().forEach((name, value) -> namesAndValues.add(name + "=" + value));
        exchange.getAllProperties().forEach((name, value) -> namesAndValues.add(name + "=" + value));
        exchange.getMessage().getHeaders().forEach((name, value) -> namesAndValues.add(name + "=" + value));
    }

    @Test
    void neitherTheKeyNorTheSecretIsShownAnywhere() throws Exception {
        List<String> everything = new ArrayList<>();
        // what the connector itself writes: exchange properties and headers, its log lines, exceptions, toString()
        List<String> connectorOwn = new ArrayList<>();
        // the log: endpoints log under their own names
        try (LogCapture camelLogs = new LogCapture("org.apache.camel", "before", "after", "event");
                LogCapture connectorLogs = new LogCapture("com.wooshpay")) {
            wooshpay.stubFor(
                    post(urlEqualTo("/v1/payment_intents"))
                            .atPriority(2)
                            .willReturn(
                                    aResponse()
                                            .withStatus(200)
                                            .withHeader("Content-Type", "application/json")
                                            .withBody(
                                                    json(
                                                            "{'id':'pi_1','object':'payment_intent','amount':100,'currency':'HKD','status':'requires_action'}"))));
            // an answer that echoes the key, for an amount of 101
            wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                    .atPriority(1)
                    .withRequestBody(containing("\"amount\":101"))
                    .willReturn(aResponse()
                            .withStatus(401)
                            .withBody(json(
                                    "{'error':{'type':'invalid_request_error','message':'Invalid API Key provided: "
                                            + COMPONENT_KEY + "'}}"))));

            Exchange paid = template.request("direct:pay", e -> e.getMessage().setBody(Map.of("amount", 100)));
            assertThat(paid.getException()).isNull();
            Exchange uriKey =
                    template.request("direct:payWithUriKey", e -> e.getMessage().setBody(Map.of("amount", 100)));
            assertThat(uriKey.getException()).isNull();
            Exchange refused =
                    template.request("direct:pay", e -> e.getMessage().setBody(Map.of("amount", 101)));
            assertThat(refused.getException()).isNotNull();
            connectorOwn.add(stackTraceOf(refused.getException()));
            refused.getAllProperties().forEach((name, value) -> namesAndValues.add(name + "=" + value));

            String event =
                    json("{'id':'evt_1','object':'event','type':'payment_intent.succeeded','created':1795690000000,"
                            + "'data':{'object':{'id':'pi_1','object':'payment_intent','status':'succeeded'}}}");
            assertThat(deliver(event).statusCode()).isEqualTo(200);

            for (Endpoint endpoint : context.getEndpoints()) {
                connectorOwn.add(endpoint.toString());
                connectorOwn.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                if (endpoint instanceof WooshPayEndpoint wooshPayEndpoint) {
                    connectorOwn.add(wooshPayEndpoint.getConfiguration().toString());
                    connectorOwn.add(wooshPayEndpoint.getClient().toString());
                }
            }
            connectorOwn.add(context.getComponent("wooshpay", WooshPayComponent.class)
                    .getConfiguration()
                    .toString());
            context.getRoutes().forEach(route -> {
                connectorOwn.add(route.toString());
                connectorOwn.add(route.getConsumer().toString());
            });
            everything.addAll(jmx());
            everything.addAll(camelLogs.lines());
            connectorOwn.addAll(connectorLogs.lines());
            assertThat(camelLogs.lines())
                    .as("the tracer and the log endpoints ran")
                    .anyMatch(line -> line.contains("evt_1"));
        }
        connectorOwn.addAll(namesAndValues);
        assertThat(namesAndValues).anyMatch(entry -> entry.startsWith(WooshPayConstants.IDEMPOTENCY_KEY + "."));
        everything.addAll(connectorOwn);

        String basic = Base64.getEncoder().encodeToString((COMPONENT_KEY + ":").getBytes(StandardCharsets.UTF_8));
        for (String text : everything) {
            assertThat(text)
                    .doesNotContain("ComponentLevelKey")
                    .doesNotContain(basic)
                    .doesNotContain("ComponentLevelSecret");
        }
        // a key written in an endpoint URI is shown by Camel itself (the XML route dump, the backlog tracer, JMX
        // masking at TRACE), which is why the guides set it on the component; the connector adds no place of its own
        for (String text : connectorOwn) {
            assertThat(text).doesNotContain("UriLevelKey");
        }
    }

    /** Every attribute of every Camel MBean, and what the dump operations return. */
    private List<String> jmx() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:*"), null);
        assertThat(names).as("JMX is on").isNotEmpty();
        List<String> values = new ArrayList<>();
        for (ObjectName name : names) {
            values.add(name.toString());
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                try {
                    values.add(name + " " + attribute.getName() + "=" + server.getAttribute(name, attribute.getName()));
                } catch (Exception notReadable) {
                    // some attributes are not readable in this state; what cannot be read shows nothing
                }
            }
            String type = name.getKeyProperty("type");
            if ("context".equals(type)) {
                values.add((String) server.invoke(
                        name, "dumpRoutesAsXml", new Object[] {true, true}, new String[] {"boolean", "boolean"}));
                String dump = (String) server.invoke(name, "dumpRoutesAsXml", new Object[0], new String[0]);
                assertThat(dump).contains("wooshpay:paymentIntent/create");
                values.add(dump);
            } else if ("tracer".equals(type) && name.getKeyProperty("name").startsWith("BacklogTracer")) {
                String traced =
                        (String) server.invoke(name, "dumpAllTracedMessagesAsXml", new Object[0], new String[0]);
                assertThat(traced).contains("evt_1");
                values.add(traced);
            }
        }
        return values;
    }

    private HttpResponse<String> deliver(String event) throws Exception {
        String signature = WebhookSignatureVerifier.sign(
                WEBHOOK_SECRET, Instant.now().getEpochSecond(), event.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wooshpay/webhook"))
                .header("Content-Type", "application/json")
                .header(WebhookSignatureVerifier.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String stackTraceOf(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
