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
package com.wooshpay.camel.sandbox.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.wooshpay.camel.sandbox.store.Account;

/**
 * One request being served: the account, the time, the request id and idempotency key (recorded on events), the
 * sandbox's public base URL (for cashier links) and the events the request caused, delivered once it is answered.
 */
public final class Call {

    private final Account account;
    private final Instant now;
    private final String requestId;
    private final String idempotencyKey;
    private final String baseUrl;
    private final List<StoredEvent> events = new ArrayList<>();

    public Call(Account account, Instant now, String requestId, String idempotencyKey, String baseUrl) {
        this.account = account;
        this.now = now;
        this.requestId = requestId;
        this.idempotencyKey = idempotencyKey;
        this.baseUrl = baseUrl;
    }

    public Account account() {
        return account;
    }

    public Instant now() {
        return now;
    }

    public long nowMillis() {
        return now.toEpochMilli();
    }

    public String requestId() {
        return requestId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<StoredEvent> events() {
        return events;
    }
}
