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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The API key appears in no log line, exception message, toString() or sanitized endpoint URI. */
class SecretHandlingTest extends WireMockTestSupport {

    private static final String ROUTE_KEY = "sk_live_RouteLevelSecretKey9876543210";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create")
                        .routeId("create")
                        .to("wooshpay:paymentIntent/create?currency=HKD&maxRetries=2&apiKey=RAW(" + ROUTE_KEY + ")");
            }
        };
    }

    @Test
    void keyNeverLeaks() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ROUTE_KEY + ":").getBytes(StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        try (LogCapture logs = new LogCapture("com.wooshpay", "org.apache.camel")) {
            // a server error that echoes the key, after a connection reset (retried, logged at WARN)
            wooshpay.stubFor(post(urlPathMatching("/v1/.*"))
                    .inScenario("s")
                    .whenScenarioStateIs("Started")
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                    .willSetStateTo("reset"));
            wooshpay.stubFor(post(urlPathMatching("/v1/.*"))
                    .inScenario("s")
                    .whenScenarioStateIs("reset")
                    .willReturn(aResponse()
                            .withStatus(401)
                            .withBody(json(
                                    "{'error':{'type':'invalid_request_error','message':'Invalid API Key provided: "
                                            + ROUTE_KEY + " (Basic " + basic + ")'}}"))));
            Exchange failed =
                    template.request("direct:create", e -> e.getMessage().setBody(Map.of("amount", 100)));
            assertThat(failed.getException()).isNotNull();
            seen.add(stackTraceOf(failed.getException()));

            // a validation error and a plain-HTTP refusal
            Exchange invalid =
                    template.request("direct:create", e -> e.getMessage().setBody(Map.of("amount", -1)));
            seen.add(stackTraceOf(invalid.getException()));
            try {
                new WooshPayClient(WooshPayClientConfig.builder()
                        .apiKey(ROUTE_KEY)
                        .baseUrl("http://api.example.com")
                        .build());
            } catch (IllegalArgumentException refused) {
                seen.add(stackTraceOf(refused));
            }

            // what a user sees of the endpoint and its options
            WooshPayEndpoint endpoint = context.getEndpoints().stream()
                    .filter(WooshPayEndpoint.class::isInstance)
                    .map(WooshPayEndpoint.class::cast)
                    .findFirst()
                    .orElseThrow();
            seen.add(endpoint.toString());
            seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
            seen.add(endpoint.getConfiguration().toString());
            seen.add(endpoint.getClient().toString());
            seen.add(endpoint.getClient().config().toString());
            seen.add(context.getRoute("create").toString());
            seen.addAll(logs.lines());
            assertThat(logs.lines()).anyMatch(line -> line.contains("retry 1 of 2"));
        }
        for (String text : seen) {
            assertThat(text).doesNotContain(ROUTE_KEY).doesNotContain(basic).doesNotContain("RouteLevelSecretKey");
        }
        assertThat(String.join("\n", seen)).contains("Invalid API Key provided: ***");
    }

    @Test
    void endpointUriShownToUsersIsMasked() {
        WooshPayEndpoint endpoint =
                context.getEndpoint("wooshpay:refund/retrieve?apiKey=" + ROUTE_KEY, WooshPayEndpoint.class);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri()))
                .doesNotContain(ROUTE_KEY)
                .contains("apiKey=xxxxxx");
        assertThat(endpoint.toString()).doesNotContain(ROUTE_KEY);
        wooshpay.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(404)));
    }

    private static String stackTraceOf(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
