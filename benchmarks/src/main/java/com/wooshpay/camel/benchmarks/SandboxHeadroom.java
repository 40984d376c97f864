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
package com.wooshpay.camel.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.sandbox.WooshPaySandbox;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * How many {@code paymentIntent/create} calls per second the connector sends at a given concurrency against the
 * embedded sandbox. Compare with a load generator aimed at the same sandbox (see the sandbox README): the sandbox
 * must answer several times faster than the connector asks, or benchmarks would measure the sandbox.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true &&
 * java -cp benchmarks/target/benchmarks.jar com.wooshpay.camel.benchmarks.SandboxHeadroom 16 15} (concurrency, seconds,
 * and optionally the base URL of a sandbox already running, as {@code benchmarks/headroom.sh} does to give each side a
 * CPU of its own).
 */
public final class SandboxHeadroom {

    private SandboxHeadroom() {}

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String external = args.length > 2 ? args[2] : null;
        try (WooshPaySandbox sandbox = external == null ? WooshPaySandbox.start(0) : null;
                DefaultCamelContext camel = new DefaultCamelContext()) {
            WooshPayConfiguration defaults =
                    camel.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
            defaults.setApiKey(WooshPaySandbox.DEFAULT_API_KEY);
            defaults.setBaseUrl(external != null ? external : sandbox.baseUrl());
            defaults.setReturnUrl("https://example.com/back");
            defaults.setCurrency("HKD");
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Map<String, Object> body = Map.of("amount", 1999);
            run(
                    template,
                    body,
                    concurrency,
                    Duration.ofSeconds(8)); // warm-up, as long as headroom.sh gives the sandbox
            System.out.println("warmed up, measuring"); // headroom.sh starts counting the sandbox's CPU here
            System.out.flush();
            long cpuBefore = processCpuNanos();
            double rps = run(template, body, concurrency, Duration.ofSeconds(seconds));
            double busy = (processCpuNanos() - cpuBefore)
                    / (seconds * 1e9)
                    / Runtime.getRuntime().availableProcessors();
            System.out.printf(
                    "connector paymentIntent/create at concurrency %d: %.0f requests/s (%d s, %d cores, %.0f%% busy)%n",
                    concurrency, rps, seconds, Runtime.getRuntime().availableProcessors(), busy * 100);
        }
    }

    /** CPU time of this whole process (every thread, user and system). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double run(ProducerTemplate template, Map<String, Object> body, int concurrency, Duration duration)
            throws InterruptedException {
        LongAdder done = new LongAdder();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    template.requestBody("wooshpay:paymentIntent/create", body);
                    done.increment();
                }
                finished.countDown();
            });
            worker.start();
        }
        finished.await();
        return done.sum() / (duration.toNanos() / 1e9);
    }
}
