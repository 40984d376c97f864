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
 * java -cp benchmarks/target/benchmarks.jar com.wooshpay.camel.benchmarks.SandboxHeadroom 16 15} (concurrency, seconds).
 */
public final class SandboxHeadroom {

    private SandboxHeadroom() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        try (WooshPaySandbox sandbox = WooshPaySandbox.start(0); DefaultCamelContext camel = new DefaultCamelContext()) {
            WooshPayConfiguration defaults = camel.getComponent("wooshpay", WooshPayComponent.class).getConfiguration();
            defaults.setApiKey(sandbox.apiKey());
            defaults.setBaseUrl(sandbox.baseUrl());
            defaults.setReturnUrl("https://example.com/back");
            defaults.setCurrency("HKD");
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Map<String, Object> body = Map.of("amount", 1999);
            run(template, body, concurrency, Duration.ofSeconds(3)); // warm-up
            double rps = run(template, body, concurrency, Duration.ofSeconds(seconds));
            System.out.printf("connector paymentIntent/create at concurrency %d: %.0f requests/s (%d s, %d cores)%n", concurrency, rps,
                    seconds, Runtime.getRuntime().availableProcessors());
        }
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
