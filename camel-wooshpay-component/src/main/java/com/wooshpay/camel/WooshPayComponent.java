package com.wooshpay.camel;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/** The {@code wooshpay:} component. Options set here are the defaults of every endpoint. */
@Component("wooshpay")
public class WooshPayComponent extends DefaultComponent {

    @Metadata(description = "The options every endpoint starts from; an endpoint URI overrides them one by one.")
    private WooshPayConfiguration configuration = new WooshPayConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        EndpointTarget target = EndpointTarget.parse(remaining);
        WooshPayConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setApiName(target.apiName());
        endpointConfiguration.setMethodName(target.methodName());
        WooshPayEndpoint endpoint = new WooshPayEndpoint(uri, this, endpointConfiguration, target);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public WooshPayConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WooshPayConfiguration configuration) {
        this.configuration = configuration;
    }
}
