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

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the consumers know of an event id, in two of Camel's idempotent repositories: {@code done} holds the ids whose
 * route completed (added only then, so "in progress" is never taken for "done"), {@code claims} the ids a route is
 * running for, here or on another instance ({@code add} claims, {@code remove} releases; a claim store with leases
 * lets a dead owner's claim expire). Any repository honouring Camel's contract works for either.
 */
public final class EventLedger {

    private static final Logger LOG = LoggerFactory.getLogger(EventLedger.class);

    /** The answer to "may I route this event?". */
    public enum Claim {
        /** Claimed by the caller: route it, then {@link #complete} or {@link #release}. */
        CLAIMED,
        /** Its route completed before: acknowledge it, do not route it. */
        DONE,
        /** A route for it is running (here or elsewhere): have it delivered again later. */
        IN_PROGRESS
    }

    private final IdempotentRepository done;
    private final IdempotentRepository claims;

    public EventLedger(IdempotentRepository done, IdempotentRepository claims) {
        this.done = done;
        this.claims = claims;
    }

    /** @throws RuntimeException when a repository cannot be read or written: the caller answers "try again". */
    public Claim claim(String eventId) {
        if (done.contains(eventId)) {
            return Claim.DONE;
        }
        if (!claims.add(eventId)) {
            // the holder may have completed between the two reads
            return done.contains(eventId) ? Claim.DONE : Claim.IN_PROGRESS;
        }
        if (done.contains(eventId)) {
            // completed and released between the first read and this claim
            claims.remove(eventId);
            return Claim.DONE;
        }
        return Claim.CLAIMED;
    }

    /**
     * Records that the route of a claimed event completed, then releases the claim. Returns false when the completion
     * could not be recorded (the event will be routed again on its next delivery: at least once, never lost).
     */
    public boolean complete(String eventId) {
        try {
            if (!done.add(eventId) && !done.contains(eventId)) {
                return false;
            }
            done.confirm(eventId);
            return true;
        } catch (RuntimeException e) {
            // another instance, or the route's own transaction, may have recorded it at the same moment
            boolean recorded = containsQuietly(eventId);
            if (!recorded) {
                LOG.warn(
                        "WooshPay event {} was routed but its completion could not be recorded ({}); it will be routed"
                                + " again when it is delivered again",
                        eventId,
                        e.getClass().getSimpleName());
            }
            return recorded;
        } finally {
            release(eventId);
        }
    }

    /** Gives a claim up (the route failed), so the next delivery routes the event again. */
    public void release(String eventId) {
        try {
            claims.remove(eventId);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Could not release the claim on WooshPay event {} ({}); it is routed again once the claim's lease has"
                            + " passed",
                    eventId,
                    e.getClass().getSimpleName());
        }
    }

    public boolean isDone(String eventId) {
        return done.contains(eventId);
    }

    private boolean containsQuietly(String eventId) {
        try {
            return done.contains(eventId);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public IdempotentRepository getDone() {
        return done;
    }

    public IdempotentRepository getClaims() {
        return claims;
    }
}
