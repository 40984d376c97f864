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
package com.wooshpay.camel.webhook;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.wooshpay.camel.client.WebhookSignatureVerifier;
import com.wooshpay.camel.events.EventDispatcher;
import com.wooshpay.camel.health.WebhookHealthCheck;
import com.wooshpay.camel.metrics.WooshPayMetrics;
import com.wooshpay.camel.model.Event;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one webhook delivery on the HTTP side: size limit, signature over the raw bytes, parsing, event-type
 * filter; then hands the event to the {@link EventDispatcher} (claim, route on a fresh exchange, completion) and
 * answers 200 only once the route has completed or had completed before; 409 while another delivery of it is being
 * routed, 500 when the route failed and 503 when the repositories cannot be reached, so WooshPay delivers again.
 */
final class WebhookRequestProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRequestProcessor.class);

    private static final String SIGNATURE_PARAMETER = WebhookSignatureVerifier.HEADER.toLowerCase(Locale.ROOT);

    private final EventDispatcher dispatcher;
    private final WebhookSignatureVerifier verifier;
    private final Set<String> eventTypes;
    private final long maxBodySize;
    private final String path;
    private final EndpointHandover handover;
    private final WebhookHealthCheck health;
    private final WooshPayMetrics metrics;

    /** {@code handover} is null unless replaced endpoints are being retired (their deliveries are authenticated by lookup). */
    WebhookRequestProcessor(
            EventDispatcher dispatcher,
            WebhookSignatureVerifier verifier,
            Set<String> eventTypes,
            long maxBodySize,
            String path,
            EndpointHandover handover,
            WebhookHealthCheck health,
            WooshPayMetrics metrics) {
        this.dispatcher = dispatcher;
        this.health = health;
        this.metrics = metrics;
        this.handover = handover;
        this.verifier = verifier;
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
        // platform-http turns query parameters into message headers too: a signature there must not stand in for the
        // header
        String query = request.getHeader(Exchange.HTTP_QUERY, String.class);
        if (query != null && query.toLowerCase(Locale.ROOT).contains(SIGNATURE_PARAMETER)) {
            return refuse(
                    http,
                    callback,
                    400,
                    "the signature must come in the Wooshpay-Signature header, not the query string");
        }
        WebhookSignatureVerifier.Outcome outcome =
                verifier.verify(request.getHeader(WebhookSignatureVerifier.HEADER, String.class), body);
        Event event;
        if (outcome == WebhookSignatureVerifier.Outcome.OK) {
            try {
                event = Event.fromJson(body);
            } catch (RuntimeException notAnEvent) {
                return refuse(http, callback, 400, "body is not a JSON event");
            }
        } else if (handover != null && handover.isActive()) {
            // perhaps a replaced endpoint whose secret is lost: what WooshPay itself returns for the id is authentic.
            // The lookup holds no thread while in flight; the delivery goes on when it answers
            CompletableFuture<EndpointHandover.Lookup> lookup = handover.lookUp(body);
            if (lookup.isDone()) {
                return afterLookup(http, callback, outcome, lookup.join());
            }
            AsyncCallback later = doneSync -> callback.done(false);
            lookup.whenComplete((found, never) -> afterLookup(http, later, outcome, found));
            return false;
        } else {
            return refuseSignature(http, callback, outcome);
        }
        return accept(http, callback, event);
    }

    private boolean afterLookup(
            Exchange http,
            AsyncCallback callback,
            WebhookSignatureVerifier.Outcome outcome,
            EndpointHandover.Lookup lookup) {
        if (lookup instanceof EndpointHandover.Lookup.Found found) {
            return accept(http, callback, found.event());
        }
        if (lookup instanceof EndpointHandover.Lookup.Unavailable) {
            return refuse(http, callback, 503, outcome.reason() + ", and the event could not be looked up now");
        }
        return refuseSignature(http, callback, outcome);
    }

    /** An authenticated event: checked, filtered, then claimed and routed by the dispatcher. */
    private boolean accept(Exchange http, AsyncCallback callback, Event event) {
        health.verified();
        if (event == null || isBlank(event.getId()) || isBlank(event.getType())) {
            return refuse(http, callback, 400, "event without id or type");
        }
        if (handover != null) {
            handover.observe(event);
        }
        if (!eventTypes.isEmpty() && !eventTypes.contains(event.getType())) {
            LOG.debug(
                    "WooshPay event {} of type {} acknowledged, not routed (not in eventTypes)",
                    event.getId(),
                    event.getType());
            metrics.delivery(path, "ignored");
            return answer(http, callback, 200, "{\"received\":true,\"routed\":false}");
        }
        return dispatcher.dispatch(event, (routed, doneSync) -> {
            metrics.delivery(path, routed.name().toLowerCase(Locale.ROOT));
            switch (routed) {
                case ROUTED -> respond(http, 200, "{\"received\":true}");
                case DUPLICATE -> respond(http, 200, "{\"received\":true,\"duplicate\":true}");
                // retryable answers: WooshPay delivers again, and the event is routed once its state is known
                case IN_PROGRESS -> respond(http, 409, "{\"received\":true,\"in_progress\":true}");
                case UNAVAILABLE -> respond(http, 503, "{\"received\":true,\"processed\":false}");
                case FAILED -> respond(http, 500, "{\"received\":true,\"processed\":false}");
            }
            callback.done(doneSync);
        });
    }

    private boolean refuseSignature(Exchange http, AsyncCallback callback, WebhookSignatureVerifier.Outcome outcome) {
        health.refusedSignature();
        metrics.delivery(path, "bad_signature");
        return answer(http, callback, 400, warn(400, outcome.reason()));
    }

    private boolean refuse(Exchange http, AsyncCallback callback, int status, String reason) {
        metrics.delivery(path, "refused");
        return answer(http, callback, status, warn(status, reason));
    }

    /** Logs a refusal (the path and the reason; never the body or a secret) and gives the answer's body. */
    private String warn(int status, String reason) {
        LOG.warn("Refused WooshPay webhook on {} with {}: {}", path, status, reason);
        return "{\"error\":\"" + reason + "\"}";
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
