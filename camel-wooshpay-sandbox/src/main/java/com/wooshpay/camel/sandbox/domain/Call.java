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
