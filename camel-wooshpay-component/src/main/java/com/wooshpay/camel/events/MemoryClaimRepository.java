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
package com.wooshpay.camel.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Claims with a lease, in memory: {@link #add} claims an id unless a claim younger than the lease holds it, so a claim
 * whose route hung is taken over once the lease has passed; {@link #remove} releases it. The default claim store of
 * one JVM; for several instances use a shared repository whose stale entries expire (the JDBC orphan-aware one).
 */
public class MemoryClaimRepository extends ServiceSupport implements IdempotentRepository {

    private final Map<String, Long> claimedAt = new ConcurrentHashMap<>();
    private final long leaseMillis;
    private final LongSupplier clock;

    public MemoryClaimRepository(long leaseMillis) {
        this(leaseMillis, System::currentTimeMillis);
    }

    /** With the clock (ms) leases are measured on. */
    public MemoryClaimRepository(long leaseMillis, LongSupplier clock) {
        if (leaseMillis <= 0) {
            throw new IllegalArgumentException("claimLease must be positive, was " + leaseMillis + " ms");
        }
        this.leaseMillis = leaseMillis;
        this.clock = clock;
    }

    @Override
    public boolean add(String id) {
        long now = clock.getAsLong();
        boolean[] won = new boolean[1];
        claimedAt.compute(id, (key, since) -> {
            if (since == null || now - since >= leaseMillis) {
                won[0] = true;
                return now;
            }
            return since;
        });
        return won[0];
    }

    @Override
    public boolean contains(String id) {
        Long since = claimedAt.get(id);
        return since != null && clock.getAsLong() - since < leaseMillis;
    }

    @Override
    public boolean remove(String id) {
        return claimedAt.remove(id) != null;
    }

    @Override
    public boolean confirm(String id) {
        return true;
    }

    @Override
    public void clear() {
        claimedAt.clear();
    }

    public long getLeaseMillis() {
        return leaseMillis;
    }

    @Override
    public String toString() {
        return "MemoryClaimRepository[lease=" + leaseMillis + " ms, claims=" + claimedAt.size() + "]";
    }
}
