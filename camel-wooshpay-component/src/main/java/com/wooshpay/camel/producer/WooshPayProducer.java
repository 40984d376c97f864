package com.wooshpay.camel.producer;

import java.util.Map;

import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.client.ApiResponse;
import com.wooshpay.camel.client.HttpVerb;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls one WooshPay operation per exchange: body and headers become the request, the typed answer becomes the
 * body, and the object id, status and redirect URL become headers.
 */
public class WooshPayProducer extends DefaultProducer {

    private final WooshPayOperation operation;
    private final WooshPayConfiguration configuration;
    private WooshPayClient client;
    private String idempotencyKeyProperty;

    public WooshPayProducer(WooshPayEndpoint endpoint) {
        super(endpoint);
        this.operation = endpoint.getOperation();
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public WooshPayEndpoint getEndpoint() {
        return (WooshPayEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // creating the client checks the key and the base URL now, so a misconfigured route fails at start
        client = getEndpoint().getClient();
        idempotencyKeyProperty = IdempotencyKeys.propertyName(operation, getEndpoint().getEndpointKey());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        RequestBody body = RequestBody.of(message.getBody());
        Map<String, Object> params = body.params();
        String id = operation.requiresId() ? objectId(message, body) : null;
        RequestDefaults.apply(operation, configuration, message, params);

        if (operation.isList() && configuration.isAutoPaginate()) {
            message.setBody(client.paginate(operation, id, params));
            return;
        }
        String idempotencyKey = operation.verb() == HttpVerb.POST
                ? IdempotencyKeys.forExchange(exchange, idempotencyKeyProperty)
                : null;
        ApiResponse response = client.execute(operation, id, params, idempotencyKey);
        message.setBody(response.value());
        ResponseHeaders.apply(message, response);
    }

    /** The id of the object the call is about: the API's id header, else {@code id} in the body. */
    private String objectId(Message message, RequestBody body) {
        String header = idHeader();
        String id = message.getHeader(header, String.class);
        Object fromBody = body.params().remove("id");
        if (id == null || id.isBlank()) {
            id = fromBody instanceof String s ? s : body.objectId();
        }
        if (id == null || id.isBlank()) {
            throw new WooshPayValidationException("id", "is required for " + operation + ": set header " + header
                                                        + " or 'id' in the body");
        }
        return id;
    }

    private String idHeader() {
        return switch (operation.apiName()) {
            case "paymentIntent" -> WooshPayConstants.PAYMENT_INTENT_ID;
            case "refund" -> WooshPayConstants.REFUND_ID;
            case "session" -> WooshPayConstants.SESSION_ID;
            case "webhookEndpoint" -> WooshPayConstants.WEBHOOK_ENDPOINT_ID;
            default -> WooshPayConstants.EVENT_ID;
        };
    }
}
