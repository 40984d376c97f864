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

import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Stream;

import com.wooshpay.camel.client.error.WooshPayApiException;
import com.wooshpay.camel.client.error.WooshPayAuthenticationException;
import com.wooshpay.camel.client.error.WooshPayCardException;
import com.wooshpay.camel.client.error.WooshPayConnectionException;
import com.wooshpay.camel.client.error.WooshPayIdempotencyException;
import com.wooshpay.camel.client.error.WooshPayInvalidRequestException;
import com.wooshpay.camel.client.error.WooshPayRateLimitException;
import com.wooshpay.camel.client.error.WooshPayServerException;
import com.wooshpay.camel.client.error.WooshPayUnreadableResponseException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Each error answer becomes its exception class, carrying what WooshPay said. */
class ErrorMappingTest extends WireMockTestSupport {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(400, "invalid_request_error", WooshPayInvalidRequestException.class, 1),
                Arguments.of(401, "invalid_request_error", WooshPayAuthenticationException.class, 1),
                Arguments.of(402, "card_error", WooshPayCardException.class, 1),
                Arguments.of(403, "invalid_request_error", WooshPayAuthenticationException.class, 1),
                Arguments.of(404, "invalid_request_error", WooshPayInvalidRequestException.class, 1),
                Arguments.of(409, "idempotency_error", WooshPayIdempotencyException.class, 1),
                Arguments.of(429, "rate_limit_error", WooshPayRateLimitException.class, 3),
                Arguments.of(500, "api_error", WooshPayServerException.class, 3),
                Arguments.of(503, "api_error", WooshPayServerException.class, 3));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("errors")
    void mapsErrorEnvelope(int status, String type, Class<? extends WooshPayApiException> expected, int attempts) {
        wooshpay.stubFor(get(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Request-Id", "req_err")
                        .withBody(json("{'error':{'type':'" + type + "','code':'some_code','param':'amount',"
                                + "'decline_code':'insufficient_funds','message':'Something about amount'}}"))));

        Exchange out = template.request(
                "wooshpay:paymentIntent/retrieve",
                e -> e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, "pi_1"));

        assertThat(out.getException()).isExactlyInstanceOf(expected);
        WooshPayApiException error = (WooshPayApiException) out.getException();
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.getType()).isEqualTo(type);
        assertThat(error.getCode()).isEqualTo("some_code");
        assertThat(error.getParam()).isEqualTo("amount");
        assertThat(error.getDeclineCode()).isEqualTo("insufficient_funds");
        assertThat(error.getApiMessage()).isEqualTo("Something about amount");
        assertThat(error.getRequestId()).isEqualTo("req_err");
        assertThat(error.getMessage())
                .contains("HTTP " + status)
                .contains(type)
                .contains("some_code")
                .contains("param=amount")
                .contains("req_err");
        // 4xx is final; 429 and 5xx are retried up to maxRetries (default 2)
        wooshpay.verify(attempts, getRequestedFor(anyUrl()));
    }

    @Test
    void nonJsonGatewayPageBecomesServerErrorWithExcerpt() {
        wooshpay.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        Exchange out = template.request(
                "wooshpay:paymentIntent/retrieve?maxRetries=0",
                e -> e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, "pi_1"));
        assertThat(out.getException())
                .isInstanceOf(WooshPayServerException.class)
                .hasMessageContaining("502")
                .hasMessageContaining("Bad gateway");
    }

    @Test
    void answerLargerThanTheLimitFailsWithoutRetry() {
        wooshpay.stubFor(get(anyUrl())
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"" + "x".repeat(5000) + "\"}")));
        Exchange out = template.request(
                "wooshpay:paymentIntent/retrieve?maxResponseSize=2048",
                e -> e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, "pi_1"));
        assertThat(out.getException())
                .isInstanceOf(WooshPayUnreadableResponseException.class)
                .hasMessageContaining("larger than maxResponseSize (2048 bytes)");
        WooshPayApiException error = (WooshPayApiException) out.getException();
        assertThat(error.getHttpStatus()).isEqualTo(200);
        assertThat(error.isRetryable()).isFalse();
        wooshpay.verify(1, getRequestedFor(anyUrl()));
    }

    @Test
    void successfulAnswerThatIsNotJsonIsNotRetryable() {
        // the create may have taken effect: repeating it blindly must not be suggested by isRetryable()
        wooshpay.stubFor(post(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Request-Id", "req_garbled")
                        .withBody("<html>proxy page</html>")));
        Exchange out = template.request(
                "wooshpay:paymentIntent/create",
                e -> e.getMessage().setBody(Map.of("amount", 1999, "currency", "HKD")));
        assertThat(out.getException())
                .isInstanceOf(WooshPayUnreadableResponseException.class)
                .hasMessageContaining("not the expected JSON")
                .hasMessageContaining("req_garbled");
        WooshPayApiException error = (WooshPayApiException) out.getException();
        assertThat(error.getHttpStatus()).isEqualTo(200);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getRequestId()).isEqualTo("req_garbled");
        wooshpay.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void unreachableHostIsAConnectionError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Exchange out = template.request(
                "wooshpay:paymentIntent/retrieve?baseUrl=http://127.0.0.1:" + closedPort,
                e -> e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, "pi_1"));
        assertThat(out.getException())
                .isInstanceOf(WooshPayConnectionException.class)
                .hasMessageContaining("after 3 attempt(s)");
        assertThat(((WooshPayApiException) out.getException()).getHttpStatus()).isZero();
    }
}
