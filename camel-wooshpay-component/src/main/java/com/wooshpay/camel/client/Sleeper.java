package com.wooshpay.camel.client;

import java.time.Duration;

/** Waits between retries. Replaceable so tests can record the delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
