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
package com.wooshpay.camel.sandbox.webhook;

import java.time.Instant;

/**
 * One POST of an event to an endpoint. {@code httpStatus} is 0 when no answer came (refused, timeout);
 * {@code finalAttempt} is true when no retry follows (delivered, or the schedule is used up).
 */
public record DeliveryAttempt(
        String eventId,
        String eventType,
        String endpointId,
        String url,
        int attempt,
        int httpStatus,
        String error,
        Instant at,
        boolean delivered,
        boolean finalAttempt) {}
