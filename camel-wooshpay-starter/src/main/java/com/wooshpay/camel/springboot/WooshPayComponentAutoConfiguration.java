package com.wooshpay.camel.springboot;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.events.JdbcStateRepository;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Applies the {@code camel.component.wooshpay.*} properties to the wooshpay component. A {@link WooshPayComponent}
 * bean of the application's own wins: it is used as it is. {@code camel.component.wooshpay.enabled=false} turns the
 * whole auto-configuration off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnProperty(prefix = "camel.component.wooshpay", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(WooshPayComponentConfiguration.class)
public class WooshPayComponentAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(WooshPayComponent.class)
    @ConditionalOnProperty(prefix = "camel.component.wooshpay.customizer", name = "enabled", havingValue = "true", matchIfMissing = true)
    public ComponentCustomizer wooshPayComponentCustomizer(WooshPayComponentConfiguration properties, ApplicationContext context,
            ObjectProvider<EmbeddedSandbox> sandbox, ObjectProvider<DataSource> dataSource) {
        return ComponentCustomizer.forType(WooshPayComponent.class, component -> {
            apply(properties, context, sandbox.getIfAvailable(), component.getConfiguration());
            if (component.getConfiguration().getStateRepository() == null) {
                component.getConfiguration().setStateRepository(durableState(properties, dataSource.getIfUnique()));
            }
            set(properties.getLazyStartProducer(), component::setLazyStartProducer);
            set(properties.getBridgeErrorHandler(), component::setBridgeErrorHandler);
            set(properties.getAutowiredEnabled(), component::setAutowiredEnabled);
            set(properties.getResponseExecutorService(),
                    name -> component.setResponseExecutorService(context.getBean(name, ExecutorService.class)));
        });
    }

    static void apply(WooshPayComponentConfiguration p, ApplicationContext context, EmbeddedSandbox sandbox, WooshPayConfiguration c) {
        set(p.getApiKey(), c::setApiKey);
        set(p.getBaseUrl(), c::setBaseUrl);
        if (sandbox != null && (p.getApiKey() == null || p.getApiKey().isBlank())) {
            c.setApiKey(sandbox.apiKey());
            c.setBaseUrl(sandbox.baseUrl());
        }
        set(p.getConnectTimeout(), d -> c.setConnectTimeout(d.toMillis()));
        set(p.getReadTimeout(), d -> c.setReadTimeout(d.toMillis()));
        set(p.getMaxRetries(), c::setMaxRetries);
        set(p.getRetryInitialDelay(), d -> c.setRetryInitialDelay(d.toMillis()));
        set(p.getRetryMaxDelay(), d -> c.setRetryMaxDelay(d.toMillis()));
        set(p.getProxyHost(), c::setProxyHost);
        set(p.getProxyPort(), c::setProxyPort);
        set(p.getSslContextParameters(), name -> c.setSslContextParameters(context.getBean(name, SSLContextParameters.class)));
        set(p.getMaxResponseSize(), c::setMaxResponseSize);
        set(p.getMaxConnections(), c::setMaxConnections);
        set(p.getCurrency(), c::setCurrency);
        set(p.getReturnUrl(), c::setReturnUrl);
        set(p.getPaymentMethodType(), c::setPaymentMethodType);
        set(p.getTerminalType(), c::setTerminalType);
        set(p.getConfirm(), c::setConfirm);
        set(p.getAutoPaginate(), c::setAutoPaginate);
        set(p.getWebhookPath(), c::setWebhookPath);
        set(p.getWebhookSecret(), c::setWebhookSecret);
        set(p.getSignatureTolerance(), d -> c.setSignatureTolerance(d.toMillis()));
        set(p.getEventTypes(), c::setEventTypes);
        set(p.getIdempotentRepository(), name -> c.setIdempotentRepository(context.getBean(name, IdempotentRepository.class)));
        set(p.getClaimRepository(), name -> c.setClaimRepository(context.getBean(name, IdempotentRepository.class)));
        set(p.getClaimLease(), d -> c.setClaimLease(d.toMillis()));
        set(p.getRefetchObject(), c::setRefetchObject);
        set(p.getLookback(), d -> c.setLookback(d.toMillis()));
        set(p.getOverlap(), d -> c.setOverlap(d.toMillis()));
        set(p.getStateRepository(), name -> c.setStateRepository(stateRepository(context, name)));
        set(p.getMaxBodySize(), c::setMaxBodySize);
        set(p.getWebhookAutoRegister(), c::setWebhookAutoRegister);
        set(p.getWebhookExternalUrl(), c::setWebhookExternalUrl);
        set(p.getWebhookSecretRepository(), name -> c.setWebhookSecretRepository(stateRepository(context, name)));
        set(p.getWebhookQuietPeriod(), d -> c.setWebhookQuietPeriod(d.toMillis()));
    }

    /**
     * Where the consumers keep what a restart must not forget (a webhook secret WooshPay shows once, replay
     * checkpoints) when the application named no repository: its database when it has one, else a file. Memory would
     * lose the secret on every restart and make auto-registration replace the endpoint each time.
     */
    static StateRepository<String, String> durableState(WooshPayComponentConfiguration p, DataSource dataSource) {
        if (dataSource != null) {
            return new JdbcStateRepository(dataSource);
        }
        File file = new File(p.getStateFile());
        File parent = file.getAbsoluteFile().getParentFile();
        if (parent != null && !parent.isDirectory() && !parent.mkdirs()) {
            throw new IllegalStateException("camel.component.wooshpay.state-file: cannot create the directory " + parent);
        }
        return FileStateRepository.fileStateRepository(file);
    }

    @SuppressWarnings("unchecked")
    private static StateRepository<String, String> stateRepository(ApplicationContext context, String name) {
        return context.getBean(name, StateRepository.class);
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            setter.accept(value);
        }
    }
}
