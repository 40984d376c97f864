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
        Boolean enabled = context.getEnvironment().getProperty("camel.component.wooshpay.sandbox.enabled", Boolean.class, true);
        return enabled
                ? ConditionOutcome.match("no camel.component.wooshpay.api-key")
                : ConditionOutcome.noMatch("camel.component.wooshpay.sandbox.enabled=false");
    }
}
