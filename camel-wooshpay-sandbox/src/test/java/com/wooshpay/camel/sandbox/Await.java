package com.wooshpay.camel.sandbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what a sandbox does in the background (deliveries, retries), failing after a bound. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + within.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
