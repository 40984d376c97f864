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

import java.io.File;
import java.time.Clock;
import javax.sql.DataSource;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.events.JdbcStateRepository;
import com.wooshpay.camel.health.KeyHealthCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Copies the {@code camel.component.wooshpay.*} properties onto the wooshpay component, the one Camel creates or one
 * the application defines, as Camel's own starters do: the properties are generated from the component metadata and
 * copied with {@link CamelPropertiesHelper}. Then two Spring Boot defaults: without an API key the embedded sandbox's,
 * and without a state repository a durable one (the application's database, else a file). Camel's
 * {@code camel.component.enabled}/{@code camel.component.wooshpay.enabled} and
 * {@code camel.component.customizer.enabled}/{@code camel.component.wooshpay.customizer.enabled} switch it off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.wooshpay"})
@EnableConfigurationProperties({WooshPayComponentConfiguration.class, WooshPayStarterProperties.class})
public class WooshPayComponentAutoConfiguration {

    /** Bean options set by name ({@code #bean:name}); static, since properties are bound before this class exists. */
    @Bean
    @ConfigurationPropertiesBinding
    static BeanReferenceConverter wooshPayBeanReferenceConverter(@Lazy ApplicationContext context) {
        return new BeanReferenceConverter(context);
    }

    @Bean
    public ComponentCustomizer wooshPayComponentCustomizer(
            CamelContext camelContext,
            ApplicationContext context,
            WooshPayComponentConfiguration options,
            WooshPayStarterProperties starter,
            ObjectProvider<EmbeddedSandbox> sandbox,
            ObjectProvider<DataSource> dataSource) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                WooshPayComponent component = (WooshPayComponent) target;
                CamelPropertiesHelper.copyProperties(camelContext, options, component);
                WooshPayConfiguration configuration = component.getConfiguration();
                EmbeddedSandbox embedded = sandbox.getIfAvailable();
                if (embedded != null
                        && (configuration.getApiKey() == null
                                || configuration.getApiKey().isBlank())) {
                    configuration.setApiKey(embedded.apiKey());
                    configuration.setBaseUrl(embedded.baseUrl());
                    // each named account without a key becomes an account of the sandbox's (it keeps them apart by key)
                    component.getAccounts().forEach((accountName, account) -> {
                        if (account.getApiKey() == null || account.getApiKey().isBlank()) {
                            account.setApiKey(embedded.apiKey() + "_" + accountName);
                            account.setBaseUrl(embedded.baseUrl());
                        }
                    });
                }
                if (configuration.getStateRepository() == null) {
                    configuration.setStateRepository(durableState(starter, dataSource.getIfUnique()));
                }
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof WooshPayComponent
                        && HierarchicalPropertiesEvaluator.evaluate(
                                context, "camel.component.customizer", "camel.component.wooshpay.customizer");
            }
        };
    }

    /**
     * The check of the component's key, in Camel's health registry: camel-spring-boot's {@code camel-health} indicator
     * (readiness group included) shows it on either Spring Boot line, and Camel's own health API answers for it too.
     */
    @Bean
    @ConditionalOnProperty(
            prefix = "camel.component.wooshpay.health",
            name = "enabled",
            havingValue = "true",
            matchIfMissing = true)
    CamelContextConfiguration wooshPayHealthCheckRegistration(WooshPayStarterProperties starter) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
                if (registry != null) {
                    registry.register(new KeyHealthCheck(
                            camelContext,
                            null,
                            starter.getHealth().getCacheTime(),
                            starter.getHealth().getTimeout(),
                            Clock.systemUTC()));
                }
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                // nothing: the check runs only when health is read
            }
        };
    }

    /**
     * Where the consumers keep what a restart must not forget (a webhook secret WooshPay shows once, replay
     * checkpoints) when the application named no repository: its database when it has one, else a file. Memory would
     * lose the secret on every restart and make auto-registration replace the endpoint each time.
     */
    static StateRepository<String, String> durableState(WooshPayStarterProperties starter, DataSource dataSource) {
        if (dataSource != null) {
            return new JdbcStateRepository(dataSource);
        }
        File file = new File(starter.getStateFile());
        File parent = file.getAbsoluteFile().getParentFile();
        if (parent != null && !parent.isDirectory() && !parent.mkdirs()) {
            throw new IllegalStateException(
                    "camel.component.wooshpay.state-file: cannot create the directory " + parent);
        }
        return FileStateRepository.fileStateRepository(file);
    }
}
