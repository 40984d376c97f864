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
package com.wooshpay.camel.springboot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no WooshPay API key is configured and the sandbox is not switched off. */
class OnNoApiKeyCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String key = context.getEnvironment().getProperty("camel.component.wooshpay.api-key");
        if (key != null && !key.isBlank()) {
            return ConditionOutcome.noMatch("camel.component.wooshpay.api-key is set");
        }
        Boolean enabled =
                context.getEnvironment().getProperty("camel.component.wooshpay.sandbox.enabled", Boolean.class, true);
        return enabled
                ? ConditionOutcome.match("no camel.component.wooshpay.api-key")
                : ConditionOutcome.noMatch("camel.component.wooshpay.sandbox.enabled=false");
    }
}
