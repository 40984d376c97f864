package com.wooshpay.camel.webhook;

import java.util.Set;

import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.WooshPayObject;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one webhook delivery on the HTTP side: size limit, signature over the raw bytes, parsing, event-type
 * filter, de-duplication by event id; then runs the route on a fresh exchange (no request header leaks into it) and
 * answers 200 only once the route has completed, 500 when it failed so WooshPay delivers again.
 */
final class WebhookRequestProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRequestProcessor.class);

    private final WooshPayWebhookConsumer consumer;
    private final WebhookSignatureVerifier verifier;
    private final IdempotentRepository processedIds;
    private final Set<String> eventTypes;
    private final long maxBodySize;
    private final String path;

    WebhookRequestProcessor(WooshPayWebhookConsumer consumer, WebhookSignatureVerifier verifier, IdempotentRepository processedIds,
                            Set<String> eventTypes, long maxBodySize, String path) {
        this.consumer = consumer;
        this.verifier = verifier;
        this.processedIds = processedIds;
        this.eventTypes = eventTypes;
        this.maxBodySize = maxBodySize;
        this.path = path;
    }

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
        Message request = http.getMessage();
        Long declaredLength = request.getHeader("Content-Length", Long.class);
        if (declaredLength != null && declaredLength > maxBodySize) {
            return refuse(http, callback, 413, "payload larger than " + maxBodySize + " bytes");
        }
        byte[] body = request.getBody(byte[].class);
        if (body == null) {
            body = new byte[0];
        }
        if (body.length > maxBodySize) {
            return refuse(http, callback, 413, "payload larger than " + maxBodySize + " bytes");
        }
        WebhookSignatureVerifier.Outcome outcome = verifier.verify(request.getHeader(WebhookSignatureVerifier.HEADER, String.class), body);
        if (outcome != WebhookSignatureVerifier.Outcome.OK) {
            return refuse(http, callback, 400, outcome.reason());
        }
        Event event;
        try {
            event = Event.fromJson(body);
        } catch (RuntimeException notAnEvent) {
            return refuse(http, callback, 400, "body is not a JSON event");
        }
        if (event == null || isBlank(event.getId()) || isBlank(event.getType())) {
            return refuse(http, callback, 400, "event without id or type");
        }
        if (!eventTypes.isEmpty() && !eventTypes.contains(event.getType())) {
            LOG.debug("WooshPay event {} of type {} acknowledged, not routed (not in eventTypes)", event.getId(), event.getType());
            return answer(http, callback, 200, "{\"received\":true,\"routed\":false}");
        }
        boolean first;
        try {
            first = processedIds.add(event.getId());
        } catch (RuntimeException e) {
            // a shared repository refused the id (another instance inserted it at the same moment) or is down:
            // WooshPay delivers again later, when the answer is known
            LOG.warn("Could not record WooshPay event {} in the idempotent repository ({}): answering 503 so it is delivered again",
                    event.getId(), e.getClass().getSimpleName());
            return answer(http, callback, 503, "{\"received\":true,\"processed\":false}");
        }
        if (!first) {
            LOG.debug("WooshPay event {} already processed or in progress: acknowledged, not routed again", event.getId());
            return answer(http, callback, 200, "{\"received\":true,\"duplicate\":true}");
        }
        return route(http, callback, event);
    }

    private boolean route(Exchange http, AsyncCallback callback, Event event) {
        Exchange exchange = consumer.createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(event);
        message.setHeader(WooshPayConstants.EVENT_ID, event.getId());
        message.setHeader(WooshPayConstants.EVENT_TYPE, event.getType());
        WooshPayObject object = event.getDataObject();
        if (object != null && object.getId() != null) {
            message.setHeader(WooshPayConstants.OBJECT_ID, object.getId());
        }
        if (event.getLivemode() != null) {
            message.setHeader(WooshPayConstants.LIVEMODE, event.getLivemode());
        }
        try {
            return consumer.getAsyncProcessor().process(exchange, doneSync -> {
                finish(http, exchange, event);
                callback.done(doneSync);
            });
        } catch (RuntimeException e) {
            exchange.setException(e);
            finish(http, exchange, event);
            callback.done(true);
            return true;
        }
    }

    private void finish(Exchange http, Exchange exchange, Event event) {
        try {
            if (exchange.isFailed()) {
                // forget the id so WooshPay's redelivery runs the route again
                forget(event);
                Exception cause = exchange.getException();
                LOG.warn("Route failed for WooshPay event {} ({}): answering 500 so it is delivered again{}", event.getId(),
                        event.getType(), cause != null ? ": " + cause.getClass().getSimpleName() : "");
                respond(http, 500, "{\"received\":true,\"processed\":false}");
            } else {
                processedIds.confirm(event.getId());
                respond(http, 200, "{\"received\":true}");
            }
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }

    private void forget(Event event) {
        try {
            processedIds.remove(event.getId());
        } catch (RuntimeException e) {
            LOG.error("WooshPay event {} failed in the route and its id could not be removed from the idempotent repository ({}):"
                      + " redeliveries will be acknowledged without routing; remove the id by hand to process it", event.getId(),
                    e.getClass().getSimpleName());
        }
    }

    private boolean refuse(Exchange http, AsyncCallback callback, int status, String reason) {
        // no body and no secret in the log: only the path and the reason
        LOG.warn("Refused WooshPay webhook on {} with {}: {}", path, status, reason);
        return answer(http, callback, status, "{\"error\":\"" + reason + "\"}");
    }

    private static boolean answer(Exchange http, AsyncCallback callback, int status, String json) {
        respond(http, status, json);
        callback.done(true);
        return true;
    }

    private static void respond(Exchange http, int status, String json) {
        Message response = http.getMessage();
        response.getHeaders().clear(); // request headers must not be echoed back as response headers
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setHeader(Exchange.CONTENT_TYPE, "application/json");
        response.setBody(json);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
