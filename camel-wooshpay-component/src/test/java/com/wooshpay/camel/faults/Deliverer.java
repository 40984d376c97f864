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
package com.wooshpay.camel.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends webhook deliveries like WooshPay does: a delivery that is not answered 2xx (or not answered at all) is sent
 * again, up to a bound. Counts every answer by status, so a test can account for every delivery.
 */
final class Deliverer {

    /** One thing to POST: the exact bytes and the signature header (null for none). */
    record Delivery(String body, String signature, boolean retryUntilAcknowledged) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String url;
    final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger unanswered = new AtomicInteger();

    Deliverer(String url) {
        this.url = url;
    }

    /** Sends until a 2xx answer when asked to (WooshPay's redelivery), otherwise once. Returns the last status. */
    int deliver(Delivery delivery) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 400; attempt++) {
            sent.incrementAndGet();
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
                if (delivery.signature() != null) {
                    request.header("Wooshpay-Signature", delivery.signature());
                }
                status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            } catch (IOException noAnswer) {
                // connection refused or reset: the application is (re)starting; WooshPay tries again later
                unanswered.incrementAndGet();
                status = 0;
            }
            if (!delivery.retryUntilAcknowledged() || (status >= 200 && status < 300)) {
                return status;
            }
            Thread.sleep(status == 0 ? 25 : 5);
        }
        throw new AssertionError("delivery never acknowledged: last status " + status);
    }

    int answered(int status) {
        AtomicInteger count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    int totalAnswered() {
        return answers.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
