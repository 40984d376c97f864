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
package com.wooshpay.camel.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar camel-wooshpay-sandbox-0.1.0-SNAPSHOT-standalone.jar [--port 12111] [--host 127.0.0.1] [--delivery-retry 1s,5s,30s]}
 */
public final class SandboxMain {

    private SandboxMain() {}

    public static void main(String[] args) throws InterruptedException {
        WooshPaySandbox.Builder builder = WooshPaySandbox.builder().port(12111);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--port" -> builder.port(Integer.parseInt(required(arg, value)));
                case "--host" -> builder.host(required(arg, value));
                case "--public-url" -> builder.publicBaseUrl(required(arg, value));
                case "--delivery-retry" -> builder.deliveryRetrySchedule(durations(required(arg, value)));
                case "--help", "-h" -> {
                    System.out.println(
                            "Usage: java -jar camel-wooshpay-sandbox-0.1.0-SNAPSHOT-standalone.jar [--port 12111] [--host 127.0.0.1]"
                                    + " [--public-url URL] [--delivery-retry 1s,5s,30s]");
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown option " + arg + " (try --help)");
            }
            i++;
        }
        WooshPaySandbox sandbox = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        System.out.println("WooshPay sandbox on " + sandbox.baseUrl() + " - use any sk_test_ key, for example "
                + sandbox.apiKey() + " (Ctrl+C stops it)");
        stopped.await();
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** {@code 100ms,2s,1m} into durations. */
    static List<Duration> durations(String text) {
        List<Duration> list = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase();
            if (p.endsWith("ms")) {
                list.add(Duration.ofMillis(Long.parseLong(p.substring(0, p.length() - 2))));
            } else if (p.endsWith("s")) {
                list.add(Duration.ofSeconds(Long.parseLong(p.substring(0, p.length() - 1))));
            } else if (p.endsWith("m")) {
                list.add(Duration.ofMinutes(Long.parseLong(p.substring(0, p.length() - 1))));
            } else if (p.endsWith("h")) {
                list.add(Duration.ofHours(Long.parseLong(p.substring(0, p.length() - 1))));
            } else {
                list.add(Duration.ofMillis(Long.parseLong(p)));
            }
        }
        return list;
    }
}
