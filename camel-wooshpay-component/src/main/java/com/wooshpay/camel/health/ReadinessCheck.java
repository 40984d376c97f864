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
package com.wooshpay.camel.health;

import org.apache.camel.health.HealthCheck;

/**
 * What the connector's checks share: an id that names the endpoint without its URI (a URI may hold the key), a group,
 * the enabled switch, and readiness only (a remote API, or deliveries refused, say nothing about whether this JVM is
 * alive). Camel's {@code AbstractHealthCheck} does the same, but lives in camel-health, which the component does not need.
 */
public abstract class ReadinessCheck implements HealthCheck {

    private final String id;
    private final String group;
    private volatile boolean enabled = true;

    protected ReadinessCheck(String id, String group) {
        this.id = id;
        this.group = group;
    }

    @Override
    public final String getGroup() {
        return group;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final boolean isEnabled() {
        return enabled;
    }

    @Override
    public final void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public final boolean isLiveness() {
        return false;
    }
}
