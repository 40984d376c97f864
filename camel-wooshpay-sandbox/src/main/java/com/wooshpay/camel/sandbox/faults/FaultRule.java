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
package com.wooshpay.camel.sandbox.faults;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Faults for requests whose path starts with {@code path} (and, if set, whose method is {@code method}): shares of
 * requests answered 500 or 429 (before any effect), added latency, and a share whose effect is committed but whose
 * connection is then closed without an answer, the case that double-charges a client that retries without an
 * idempotency key.
 */
public record FaultRule(
        @JsonProperty("path") String path,
        @JsonProperty("method") String method,
        @JsonProperty("error500") double error500,
        @JsonProperty("error429") double error429,
        @JsonProperty("retryAfterSeconds") int retryAfterSeconds,
        @JsonProperty("latencyMinMillis") long latencyMinMillis,
        @JsonProperty("latencyMaxMillis") long latencyMaxMillis,
        @JsonProperty("resetAfterCommit") double resetAfterCommit) {

    public FaultRule {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /, was " + path);
        }
        if (error500 < 0 || error429 < 0 || resetAfterCommit < 0 || error500 + error429 + resetAfterCommit > 1) {
            throw new IllegalArgumentException("error500 + error429 + resetAfterCommit must be shares between 0 and 1");
        }
        if (latencyMinMillis < 0 || latencyMaxMillis < latencyMinMillis) {
            throw new IllegalArgumentException("latency must satisfy 0 <= latencyMinMillis <= latencyMaxMillis");
        }
    }

    public static FaultRule forPath(String path) {
        return new FaultRule(path, null, 0, 0, 1, 0, 0, 0);
    }

    public FaultRule method(String httpMethod) {
        return new FaultRule(
                path,
                httpMethod,
                error500,
                error429,
                retryAfterSeconds,
                latencyMinMillis,
                latencyMaxMillis,
                resetAfterCommit);
    }

    public FaultRule error500(double share) {
        return new FaultRule(
                path, method, share, error429, retryAfterSeconds, latencyMinMillis, latencyMaxMillis, resetAfterCommit);
    }

    public FaultRule error429(double share, int retryAfter) {
        return new FaultRule(
                path, method, error500, share, retryAfter, latencyMinMillis, latencyMaxMillis, resetAfterCommit);
    }

    public FaultRule latency(long minMillis, long maxMillis) {
        return new FaultRule(
                path, method, error500, error429, retryAfterSeconds, minMillis, maxMillis, resetAfterCommit);
    }

    public FaultRule resetAfterCommit(double share) {
        return new FaultRule(
                path, method, error500, error429, retryAfterSeconds, latencyMinMillis, latencyMaxMillis, share);
    }

    boolean applies(String httpMethod, String requestPath) {
        return requestPath.startsWith(path) && (method == null || method.equalsIgnoreCase(httpMethod));
    }
}
