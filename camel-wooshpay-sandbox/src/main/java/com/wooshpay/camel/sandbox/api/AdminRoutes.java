package com.wooshpay.camel.sandbox.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.wooshpay.camel.sandbox.SandboxClock;
import com.wooshpay.camel.sandbox.faults.FaultInjector;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import com.wooshpay.camel.sandbox.webhook.WebhookSender;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The sandbox's own controls under {@code /_sandbox}: health, fault rules (read, replace, clear), the webhook
 * delivery log, and moving the clock. Not part of WooshPay's API; no key needed (the sandbox binds to loopback).
 */
public final class AdminRoutes {

    private final FaultInjector faults;
    private final WebhookSender sender;
    private final SandboxClock clock;
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public AdminRoutes(FaultInjector faults, WebhookSender sender, SandboxClock clock) {
        this.faults = faults;
        this.sender = sender;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.route("/_sandbox/*").handler(BodyHandler.create(false).setBodyLimit(64 * 1024));
        router.get("/_sandbox/health").handler(ctx -> json(ctx, 200, "{\"status\":\"UP\",\"now\":" + clock.millis() + "}"));
        router.get("/_sandbox/faults").handler(ctx -> json(ctx, 200, write(faults.rules())));
        router.put("/_sandbox/faults").handler(this::setFaults);
        router.delete("/_sandbox/faults").handler(ctx -> {
            faults.clear();
            json(ctx, 200, "[]");
        });
        router.get("/_sandbox/deliveries").handler(ctx -> {
            String eventId = ctx.request().getParam("event_id");
            json(ctx, 200, write(sender.log().stream().filter(d -> eventId == null || eventId.equals(d.eventId()))
                    .map(d -> java.util.Map.of("event_id", d.eventId(), "event_type", d.eventType(), "endpoint_id", d.endpointId(),
                            "url", d.url(), "attempt", d.attempt(), "http_status", d.httpStatus(),
                            "error", d.error() == null ? "" : d.error(), "at", d.at().toEpochMilli(), "delivered", d.delivered()))
                    .toList()));
        });
        router.post("/_sandbox/clock/advance").handler(ctx -> {
            String seconds = ctx.request().getParam("seconds");
            try {
                clock.advance(Duration.ofSeconds(Long.parseLong(seconds)));
                json(ctx, 200, "{\"now\":" + clock.millis() + "}");
            } catch (NumberFormatException e) {
                json(ctx, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"param\":\"seconds\",\"message\":\"seconds must be an integer\"}}");
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
            json(ctx, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":" + write(String.valueOf(e.getMessage())) + "}}");
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }
}
