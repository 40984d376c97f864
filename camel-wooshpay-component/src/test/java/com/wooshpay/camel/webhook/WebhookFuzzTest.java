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
package com.wooshpay.camel.webhook;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.model.Event;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz targets for what an attacker controls: the signature header and the event body. The normal test run replays
 * the inputs in {@code WebhookFuzzTestInputs/} (regression mode); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class WebhookFuzzTest {

    private static final WebhookSignatureVerifier VERIFIER = new WebhookSignatureVerifier(
            List.of("whsec_fuzz", "whsec_other"), Duration.ofMinutes(5), Clock.systemUTC());

    @FuzzTest(maxDuration = "90s")
    void signatureHeader(FuzzedDataProvider data) {
        String header = data.consumeString(600);
        byte[] body = data.consumeRemainingAsBytes();
        WebhookSignatureVerifier.ParsedHeader parsed = WebhookSignatureVerifier.parse(header);
        if (parsed != null) {
            assertThat(parsed.timestamp()).matches("\\d{1,15}");
            assertThat(parsed.signatures())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s).isNotEmpty());
        }
        WebhookSignatureVerifier.Outcome outcome = VERIFIER.verify(header, body);
        // without the secret nothing random passes
        assertThat(outcome).isNotEqualTo(WebhookSignatureVerifier.Outcome.OK);
    }

    @FuzzTest(maxDuration = "90s")
    void eventReader(byte[] input) {
        Event event;
        try {
            event = Event.fromJson(input);
        } catch (UncheckedIOException rejected) {
            return; // the only way bad input may fail: the consumer answers 400
        }
        if (event != null) {
            assertThat(event.toString()).startsWith("Event[");
            event.getDataObject();
            event.statusValue();
        }
    }
}
