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
package com.wooshpay.camel.client;

/**
 * Hears how calls end and when they are retried, for metrics; the client itself knows no metrics library. Called on
 * the client's I/O and timer threads: an implementation must be quick and must not block.
 */
public interface CallListener {

    /** Hears nothing. */
    CallListener NONE = new CallListener() {};

    /**
     * One call ended, after all its attempts: the last HTTP status (0 when no answer came, for example a timeout or a
     * refused connection), how many attempts it took, and how long it took in all, waits between attempts included.
     */
    default void completed(WooshPayOperation operation, int status, int attempts, long nanos) {}

    /** An attempt failed with {@code reason} ({@code 429}, {@code 5xx} or {@code connection}) and will be tried again. */
    default void retrying(WooshPayOperation operation, String reason) {}
}
