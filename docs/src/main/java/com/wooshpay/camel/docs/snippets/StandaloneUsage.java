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
package com.wooshpay.camel.docs.snippets;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayClientConfig;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.sandbox.WooshPaySandbox;

/** The client and the verifier without Camel, and the sandbox from Java. */
public final class StandaloneUsage {

    private StandaloneUsage() {}

    /** Creates a payment on an embedded sandbox with the Camel-free client; answers its cashier URL. */
    public static String payOnSandbox() {
        // tag::sandbox-and-client[]
        try (WooshPaySandbox sandbox = WooshPaySandbox.start(0);
                WooshPayClient client = new WooshPayClient(WooshPayClientConfig.builder()
                        .apiKey(sandbox.apiKey())
                        .baseUrl(sandbox.baseUrl()) // https://apitest.wooshpay.com with a real sk_test_ key
                        .maxRetries(2)
                        .build())) {
            PaymentIntent intent = client.createPaymentIntent(
                    new PaymentIntentRequest()
                            .amount(1999)
                            .currency("HKD")
                            .merchantOrderId("SO-1001")
                            .confirm(true)
                            .returnUrl("https://shop.example/back")
                            .paymentMethodType("alipayplus")
                            .terminalType("alipayplus", "WEB"),
                    "SO-1001");
            return intent.getRedirectUrl(); // the sandbox's cashier page for this payment
        }
        // end::sandbox-and-client[]
    }

    /** Verifies a delivery outside Camel, for example in a servlet that already receives WooshPay's calls. */
    public static Event verify(String signatureHeader, byte[] rawBody, String secret) {
        // tag::verify[]
        WebhookSignatureVerifier verifier =
                new WebhookSignatureVerifier(List.of(secret), Duration.ofMinutes(5), Clock.systemUTC());
        WebhookSignatureVerifier.Outcome outcome = verifier.verify(signatureHeader, rawBody); // the bytes as received
        if (outcome != WebhookSignatureVerifier.Outcome.OK) {
            throw new SecurityException("refused: " + outcome.reason()); // answer 400
        }
        return Event.fromJson(new String(rawBody, StandardCharsets.UTF_8));
        // end::verify[]
    }
}
