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
package com.wooshpay.camel.sandbox.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.wooshpay.camel.sandbox.SandboxClock;
import com.wooshpay.camel.sandbox.domain.Call;
import com.wooshpay.camel.sandbox.domain.Charges;
import com.wooshpay.camel.sandbox.domain.CheckoutSessions;
import com.wooshpay.camel.sandbox.domain.Customers;
import com.wooshpay.camel.sandbox.domain.EventLog;
import com.wooshpay.camel.sandbox.domain.PaymentIntents;
import com.wooshpay.camel.sandbox.domain.PaymentMethods;
import com.wooshpay.camel.sandbox.domain.Refunds;
import com.wooshpay.camel.sandbox.domain.StoredEvent;
import com.wooshpay.camel.sandbox.domain.WebhookEndpoints;
import com.wooshpay.camel.sandbox.faults.FaultInjector;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.webhook.DeliveryAttempt;
import com.wooshpay.camel.sandbox.webhook.DeliveryControls;
import com.wooshpay.camel.sandbox.webhook.WebhookSender;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The sandbox's own controls under {@code /_sandbox}: health, fault rules (read, replace, clear), the webhook
 * delivery log and its summary, the delivery controls (drop, refuse, duplicate, delay, attempt limit), resending an
 * event, triggering an event for an object, and moving the clock. Not part of WooshPay's API; no key needed (the
 * sandbox binds to loopback) except where an account is meant: resend and trigger take the account's key.
 */
public final class AdminRoutes {

    private static final Set<String> CONTROL_FIELDS =
            Set.of("drop", "refuse", "duplicate", "max_delay_ms", "for_seconds", "max_attempts");

    private final FaultInjector faults;
    private final WebhookSender sender;
    private final SandboxClock clock;
    private final Accounts accounts;
    private final String publicUrl;
    private final ObjectMapper mapper = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public AdminRoutes(
            FaultInjector faults, WebhookSender sender, SandboxClock clock, Accounts accounts, String publicUrl) {
        this.accounts = accounts;
        this.publicUrl = publicUrl;
        this.faults = faults;
        this.sender = sender;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.route("/_sandbox/*").handler(BodyHandler.create(false).setBodyLimit(64 * 1024));
        router.get("/_sandbox/health")
                .handler(ctx -> json(ctx, 200, "{\"status\":\"UP\",\"now\":" + clock.millis() + "}"));
        router.get("/_sandbox/faults").handler(ctx -> json(ctx, 200, write(faults.rules())));
        router.put("/_sandbox/faults").handler(this::setFaults);
        router.delete("/_sandbox/faults").handler(ctx -> {
            faults.clear();
            json(ctx, 200, "[]");
        });
        router.get("/_sandbox/deliveries").handler(ctx -> {
            String eventId = ctx.request().getParam("event_id");
            json(
                    ctx,
                    200,
                    write(sender.log().stream()
                            .filter(d -> eventId == null || eventId.equals(d.eventId()))
                            .map(d -> java.util.Map.of(
                                    "event_id",
                                    d.eventId(),
                                    "event_type",
                                    d.eventType(),
                                    "endpoint_id",
                                    d.endpointId(),
                                    "url",
                                    d.url(),
                                    "attempt",
                                    d.attempt(),
                                    "http_status",
                                    d.httpStatus(),
                                    "error",
                                    d.error() == null ? "" : d.error(),
                                    "at",
                                    d.at().toEpochMilli(),
                                    "delivered",
                                    d.delivered()))
                            .toList()));
        });
        router.get("/_sandbox/deliveries/summary").handler(ctx -> json(ctx, 200, write(summary())));
        router.get("/_sandbox/deliveries/controls").handler(ctx -> json(ctx, 200, write(controls())));
        router.put("/_sandbox/deliveries/controls").handler(this::setControls);
        router.delete("/_sandbox/deliveries/controls").handler(ctx -> {
            sender.controls().clear();
            json(ctx, 200, write(controls()));
        });
        router.post("/_sandbox/events/:id/resend").handler(this::resend);
        router.post("/_sandbox/trigger").handler(this::trigger);
        router.post("/_sandbox/clock/advance").handler(ctx -> {
            String seconds = ctx.request().getParam("seconds");
            try {
                clock.advance(Duration.ofSeconds(Long.parseLong(seconds)));
                json(ctx, 200, "{\"now\":" + clock.millis() + "}");
            } catch (NumberFormatException e) {
                json(
                        ctx,
                        400,
                        "{\"error\":{\"type\":\"invalid_request_error\",\"param\":\"seconds\",\"message\":\"seconds must be an integer\"}}");
            }
        });
    }

    private void setFaults(RoutingContext ctx) {
        try {
            FaultRule[] rules = mapper.readValue(ctx.body().asString(), FaultRule[].class);
            List<FaultRule> list = Arrays.asList(rules);
            faults.set(list);
            json(ctx, 200, write(faults.rules()));
        } catch (Exception e) {
            badRequest(ctx, e.getMessage());
        }
    }

    private Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        long attempts = 0;
        long delivered = 0;
        long gaveUp = 0;
        Set<String> eventsDelivered = new HashSet<>();
        for (DeliveryAttempt attempt : sender.log()) {
            attempts++;
            if (attempt.delivered()) {
                delivered++;
                eventsDelivered.add(attempt.eventId() + " " + attempt.endpointId());
            } else if (attempt.finalAttempt() && !DeliveryControls.isDrop(attempt)) {
                gaveUp++; // retried on the schedule, and still failing at the last attempt
            }
        }
        summary.put("attempts", attempts);
        summary.put("delivered", delivered);
        summary.put("events_delivered", eventsDelivered.size());
        summary.put("given_up", gaveUp);
        summary.putAll(sender.controls().counts());
        return summary;
    }

    private Map<String, Object> controls() {
        DeliveryControls.Policy p = sender.controls().policy();
        Map<String, Object> controls = new LinkedHashMap<>();
        controls.put("drop", p.drop());
        controls.put("refuse", p.refuse());
        controls.put("duplicate", p.duplicate());
        controls.put("max_delay_ms", p.maxDelayMillis());
        controls.put("until", p.untilMillis());
        controls.put("max_attempts", p.maxAttempts());
        return controls;
    }

    /** {@code {"drop":0.2,"refuse":0.3,"duplicate":0.1,"max_delay_ms":500,"for_seconds":60,"max_attempts":5}}, all optional. */
    private void setControls(RoutingContext ctx) {
        try {
            JsonNode body = mapper.readTree(ctx.body().asString());
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            for (java.util.Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!CONTROL_FIELDS.contains(name)) {
                    throw new IllegalArgumentException("unknown field " + name + " (known: " + CONTROL_FIELDS + ")");
                }
            }
            long forSeconds = body.path("for_seconds").asLong(0);
            sender.controls()
                    .set(new DeliveryControls.Policy(
                            body.path("drop").asDouble(0),
                            body.path("refuse").asDouble(0),
                            body.path("duplicate").asDouble(0),
                            body.path("max_delay_ms").asLong(0),
                            forSeconds > 0 ? clock.millis() + forSeconds * 1000 : 0,
                            body.path("max_attempts").asInt(0)));
            json(ctx, 200, write(controls()));
        } catch (Exception e) {
            badRequest(ctx, e.getMessage());
        }
    }

    /** Delivers a stored event again, to {@code endpoint_id} or to every endpoint subscribed to its type now. */
    private void resend(RoutingContext ctx) {
        try {
            Account account = accounts.authenticate(ctx.request().getHeader("Authorization"));
            String id = ctx.pathParam("id");
            StoredEvent event = account.event(EventLog.KIND, id);
            if (event == null) {
                throw ApiError.notFound("event", id);
            }
            String endpointId = ctx.request().getParam("endpoint_id");
            List<String> targets;
            synchronized (account) {
                if (endpointId != null) {
                    WebhookEndpoints.retrieve(account, endpointId); // 404 when unknown
                    targets = List.of(endpointId);
                } else {
                    targets = WebhookEndpoints.subscriberIds(account, event.type());
                }
            }
            sender.resend(account, event, targets);
            json(ctx, 200, write(Map.of("id", id, "object", "event", "resent_to", targets)));
        } catch (ApiError error) {
            json(ctx, error.status(), write(error.toJson(null)));
        }
    }

    /** {@code {"type":"payment_intent.succeeded","object":"pi_..."}}: an event of that type about the object as stored now. */
    private void trigger(RoutingContext ctx) {
        try {
            Account account = accounts.authenticate(ctx.request().getHeader("Authorization"));
            JsonNode body = parse(ctx);
            String type = body.path("type").asText("");
            String objectId = body.path("object").asText("");
            if (!type.matches("[a-z_]+(\\.[a-z_]+)+")) {
                throw ApiError.invalid(
                        "parameter_invalid", "type", "type must be an event type such as payment_intent.succeeded");
            }
            String kind = kindOf(objectId);
            Call call = new Call(account, clock.instant(), Ids.next("req_"), null, publicUrl);
            StoredEvent event;
            synchronized (account) {
                if (!account.contains(kind, objectId)) {
                    throw ApiError.notFound(kind.replace('_', ' '), objectId);
                }
                event = EventLog.emit(call, type, kind, objectId);
            }
            sender.deliver(account, call.events());
            ctx.response()
                    .setStatusCode(200)
                    .putHeader("Content-Type", "application/json")
                    .end(io.vertx.core.buffer.Buffer.buffer(event.json()));
        } catch (ApiError error) {
            json(ctx, error.status(), write(error.toJson(null)));
        }
    }

    private JsonNode parse(RoutingContext ctx) {
        try {
            JsonNode body = mapper.readTree(ctx.body().asString());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (Exception notJson) {
            // answered below
        }
        throw new ApiError(400, "invalid_request_error", "parameter_invalid", null, "the body must be a JSON object");
    }

    private static final Map<String, String> KINDS_BY_PREFIX = Map.of(
            "pi_", PaymentIntents.KIND,
            "re_", Refunds.KIND,
            "cs_", CheckoutSessions.KIND,
            "cus_", Customers.KIND,
            "pm_", PaymentMethods.KIND,
            "ch_", Charges.KIND);

    private static String kindOf(String objectId) {
        return KINDS_BY_PREFIX.entrySet().stream()
                .filter(entry -> objectId.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> ApiError.invalid(
                        "parameter_invalid",
                        "object",
                        "object must be the id of a payment intent (pi_), refund (re_), checkout session (cs_),"
                                + " customer (cus_), payment method (pm_) or charge (ch_)"));
    }

    private void badRequest(RoutingContext ctx, String message) {
        json(
                ctx,
                400,
                "{\"error\":{\"type\":\"invalid_request_error\",\"message\":" + write(String.valueOf(message)) + "}}");
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(RoutingContext ctx, int status, String body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body);
    }
}
