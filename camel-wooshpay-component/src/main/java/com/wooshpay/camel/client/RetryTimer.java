package com.wooshpay.camel.client;

import java.time.Duration;

/**
 * Runs a retry after its wait, without a thread asleep in between: by default a single timer thread per client hands
 * the retry back to the HTTP client's I/O threads. Replaceable so tests can record the waits instead of waiting.
 */
@FunctionalInterface
public interface RetryTimer {

    void schedule(Runnable retry, Duration delay);
}
