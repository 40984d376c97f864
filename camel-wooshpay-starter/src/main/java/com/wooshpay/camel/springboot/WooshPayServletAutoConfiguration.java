package com.wooshpay.camel.springboot;

import jakarta.servlet.http.HttpFilter;
import org.apache.camel.CamelContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * On a servlet web server, bounds webhook requests before they are read: see {@link WebhookBodyGuard}. (Vert.x, under
 * Camel Main, bounds bodies itself with the server's maxBodySize.)
 */
@AutoConfiguration(after = WooshPayComponentAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpFilter.class)
@ConditionalOnProperty(prefix = "camel.component.wooshpay", name = "enabled", havingValue = "true", matchIfMissing = true)
public class WooshPayServletAutoConfiguration {

    @Bean
    HttpFilter wooshPayWebhookBodyGuard(CamelContext camelContext, WooshPayStarterProperties properties) {
        return new WebhookBodyGuard(camelContext, properties.getWebhookReadTimeout());
    }
}
