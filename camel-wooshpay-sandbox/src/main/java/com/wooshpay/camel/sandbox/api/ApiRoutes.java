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

import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.domain.Call;
import com.wooshpay.camel.sandbox.domain.Charges;
import com.wooshpay.camel.sandbox.domain.CheckoutSessions;
import com.wooshpay.camel.sandbox.domain.Customers;
import com.wooshpay.camel.sandbox.domain.EventLog;
import com.wooshpay.camel.sandbox.domain.PaymentIntents;
import com.wooshpay.camel.sandbox.domain.PaymentMethods;
import com.wooshpay.camel.sandbox.domain.Refunds;
import com.wooshpay.camel.sandbox.domain.WebhookEndpoints;
import com.wooshpay.camel.sandbox.faults.FaultInjector;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.IdempotencyRecords;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.webhook.WebhookSender;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The {@code /v1} API. Every request goes through the same steps: faults, authentication, JSON body, the account's
 * lock, idempotency (POST), the operation, the answer, then delivery of the events it caused.
 */
public final class ApiRoutes {

    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /**
     * One API operation: the call, the id from the path (or null), the JSON body and the query parameters. It answers
     * a tree, or the JSON bytes of a stored object as they are (no second serialization on the hot paths).
     */
    @FunctionalInterface
    interface Operation {
        Object apply(Call call, String id, JsonNode body, Function<String, String> query);
    }

    private final Vertx vertx;
    private final Accounts accounts;
    private final Clock clock;
    private final FaultInjector faults;
    private final WebhookSender sender;
    private final String publicBaseUrl;
    private final ObjectMapper mapper = new ObjectMapper();

    public ApiRoutes(
            Vertx vertx,
            Accounts accounts,
            Clock clock,
            FaultInjector faults,
            WebhookSender sender,
            String publicBaseUrl) {
        this.vertx = vertx;
        this.accounts = accounts;
        this.clock = clock;
        this.faults = faults;
        this.sender = sender;
        this.publicBaseUrl = publicBaseUrl;
    }

    public void mount(Router router) {
        router.route("/v1/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));

        post(
                router,
                "/v1/payment_intents",
                (c, id, b, q) -> stored(c, PaymentIntents.KIND, PaymentIntents.create(c, b)));
        get(router, "/v1/payment_intents/search", (c, id, b, q) -> PaymentIntents.search(c.account(), q));
        get(
                router,
                "/v1/payment_intents/:id",
                (c, id, b, q) -> stored(c, PaymentIntents.KIND, PaymentIntents.retrieve(c.account(), id)));
        post(router, "/v1/payment_intents/:id", (c, id, b, q) -> PaymentIntents.update(c, id, b));
        post(router, "/v1/payment_intents/:id/confirm", (c, id, b, q) -> PaymentIntents.confirm(c, id, b));
        post(router, "/v1/payment_intents/:id/cancel", (c, id, b, q) -> PaymentIntents.cancel(c, id, b));
        post(router, "/v1/payment_intents/:id/capture", (c, id, b, q) -> PaymentIntents.capture(c, id, b));
        get(router, "/v1/payment_intents", (c, id, b, q) -> PaymentIntents.list(c.account(), q));

        post(router, "/v1/refunds", (c, id, b, q) -> Refunds.create(c, b));
        get(router, "/v1/refunds/:id", (c, id, b, q) -> Refunds.retrieve(c.account(), id));
        get(router, "/v1/refunds", (c, id, b, q) -> Refunds.list(c.account(), q));

        post(router, "/v1/checkout/sessions", (c, id, b, q) -> CheckoutSessions.create(c, b));
        get(router, "/v1/checkout/sessions/list", (c, id, b, q) -> CheckoutSessions.list(c, q));
        get(router, "/v1/checkout/sessions/:id", (c, id, b, q) -> CheckoutSessions.retrieve(c, id));
        post(router, "/v1/checkout/sessions/:id/expire", (c, id, b, q) -> CheckoutSessions.expire(c, id));
        get(router, "/v1/checkout/sessions/:id/line_items", (c, id, b, q) -> CheckoutSessions.lineItems(c, id, q));

        post(router, "/v1/webhook_endpoints", (c, id, b, q) -> WebhookEndpoints.create(c, b));
        get(router, "/v1/webhook_endpoints/:id", (c, id, b, q) -> WebhookEndpoints.retrieve(c.account(), id));
        post(router, "/v1/webhook_endpoints/:id", (c, id, b, q) -> WebhookEndpoints.update(c, id, b));
        router.delete("/v1/webhook_endpoints/:id")
                .handler(ctx -> handle(ctx, (c, id, b, q) -> WebhookEndpoints.delete(c, id)));
        get(router, "/v1/webhook_endpoints", (c, id, b, q) -> WebhookEndpoints.list(c.account(), q));

        post(router, "/v1/customers", (c, id, b, q) -> Customers.create(c, b));
        get(router, "/v1/customers/search", (c, id, b, q) -> Customers.search(c.account(), q));
        get(router, "/v1/customers/:id", (c, id, b, q) -> Customers.retrieve(c.account(), id));
        post(router, "/v1/customers/:id", (c, id, b, q) -> Customers.update(c, id, b));
        router.delete("/v1/customers/:id").handler(ctx -> handle(ctx, (c, id, b, q) -> Customers.delete(c, id)));
        get(router, "/v1/customers", (c, id, b, q) -> Customers.list(c.account(), q));
        get(
                router,
                "/v1/customers/:id/payment_methods",
                (c, id, b, q) -> PaymentMethods.listForCustomer(c.account(), id, q));

        post(router, "/v1/payment_methods", (c, id, b, q) -> PaymentMethods.create(c, b));
        get(router, "/v1/payment_methods/:id", (c, id, b, q) -> PaymentMethods.retrieve(c.account(), id));
        post(router, "/v1/payment_methods/:id", (c, id, b, q) -> PaymentMethods.update(c, id, b));
        post(router, "/v1/payment_methods/:id/attach", (c, id, b, q) -> PaymentMethods.attach(c, id, b));
        post(router, "/v1/payment_methods/:id/detach", (c, id, b, q) -> PaymentMethods.detach(c, id));
        get(router, "/v1/payment_methods", (c, id, b, q) -> PaymentMethods.list(c.account(), q));

        get(router, "/v1/charges/:id", (c, id, b, q) -> Charges.retrieve(c.account(), id));
        get(router, "/v1/charges", (c, id, b, q) -> Charges.list(c.account(), q));

        get(router, "/v1/events/:id", (c, id, b, q) -> EventLog.retrieve(c.account(), id));
        get(router, "/v1/events", (c, id, b, q) -> EventLog.list(c.account(), q));

        // failures outside an operation (a body over the limit, an unexpected error): WooshPay's envelope, not Vert.x's
        // page
        router.route("/v1/*").failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            String message = status == 413
                    ? "The request body is larger than " + MAX_BODY_BYTES + " bytes."
                    : "The sandbox failed to serve the request.";
            answerError(
                    ctx,
                    Ids.next("req_"),
                    new ApiError(
                            status,
                            status == 500 ? "api_error" : "invalid_request_error",
                            status == 413 ? "request_too_large" : null,
                            null,
                            message));
        });
        router.route("/v1/*")
                .last()
                .handler(ctx -> answerError(
                        ctx,
                        Ids.next("req_"),
                        new ApiError(
                                404,
                                "invalid_request_error",
                                "resource_missing",
                                null,
                                "Unrecognized request URL (" + ctx.request().method() + ": "
                                        + ctx.request().path() + ")")));
    }

    /** The stored JSON of an object just created or read. */
    private static byte[] stored(Call call, String kind, ObjectNode object) {
        return call.account().raw(kind, object.get("id").asText());
    }

    private void post(Router router, String path, Operation operation) {
        router.post(path).handler(ctx -> handle(ctx, operation));
    }

    private void get(Router router, String path, Operation operation) {
        router.get(path).handler(ctx -> handle(ctx, operation));
    }

    private void handle(RoutingContext ctx, Operation operation) {
        FaultInjector.Decision fault =
                faults.decide(ctx.request().method().name(), ctx.request().path());
        if (fault.latencyMillis() > 0) {
            vertx.setTimer(fault.latencyMillis(), t -> serve(ctx, operation, fault));
        } else {
            serve(ctx, operation, fault);
        }
    }

    private void serve(RoutingContext ctx, Operation operation, FaultInjector.Decision fault) {
        String requestId = Ids.next("req_");
        try {
            if (fault.action() == FaultInjector.Action.ERROR_500) {
                throw new ApiError(
                        500, "api_error", null, null, "The sandbox injected a server error (fault injection).");
            }
            if (fault.action() == FaultInjector.Action.ERROR_429) {
                ctx.response().putHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
                throw new ApiError(429, "rate_limit_error", "rate_limit", null, "Too many requests (fault injection).");
            }
            Account account = accounts.authenticate(ctx.request().getHeader("Authorization"));
            JsonNode body = readBody(ctx);
            boolean isPost = ctx.request().method() == HttpMethod.POST;
            String key = isPost ? ctx.request().getHeader("Idempotency-Key") : null;
            String endpoint = ctx.request().path(); // only POSTs carry keys: the path names the endpoint
            Call call = new Call(account, clock.instant(), requestId, key, publicBaseUrl);
            Answer answer;
            synchronized (account) {
                answer = replay(account, key, endpoint, body, call);
                if (answer == null) {
                    answer = run(operation, call, ctx, body, requestId);
                    if (key != null && answer.status() < 500) {
                        account.idempotency()
                                .remember(
                                        key,
                                        new IdempotencyRecords.Record(
                                                endpoint, body, answer.status(), answer.json(), call.now()));
                    }
                }
            }
            if (!call.events().isEmpty()) {
                sender.deliver(account, call.events());
            }
            if (fault.action() == FaultInjector.Action.RESET_AFTER_COMMIT) {
                // the effect is committed (and replayable by key); the client never hears about it
                ctx.request().connection().close();
                return;
            }
            ctx.response().putHeader("Request-Id", requestId);
            if (answer.replayed()) {
                ctx.response().putHeader("Idempotent-Replayed", "true");
            }
            respond(ctx, answer.status(), answer.json());
        } catch (ApiError error) {
            answerError(ctx, requestId, error);
        }
    }

    private Answer replay(Account account, String key, String endpoint, JsonNode body, Call call) {
        if (key == null) {
            return null;
        }
        IdempotencyRecords.Record record = account.idempotency().find(key, call.now());
        if (record == null) {
            return null;
        }
        if (!record.matches(endpoint, body)) {
            throw new ApiError(
                    409,
                    "idempotency_error",
                    "idempotency_key_reused",
                    null,
                    "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                            + "Try using a key other than '" + key + "' if you meant to execute a different request.");
        }
        return new Answer(record.status(), record.body(), true);
    }

    private Answer run(Operation operation, Call call, RoutingContext ctx, JsonNode body, String requestId) {
        try {
            Object result = operation.apply(call, ctx.pathParam("id"), body, ctx.request()::getParam);
            return new Answer(200, result instanceof byte[] json ? json : write((JsonNode) result), false);
        } catch (ApiError error) {
            // a validation error is an answer too: replayed for the same key, as Stripe does
            call.events().clear();
            return new Answer(error.status(), write(error.toJson(requestId)), false);
        }
    }

    private JsonNode readBody(RoutingContext ctx) {
        Buffer buffer = ctx.body() != null ? ctx.body().buffer() : null;
        if (buffer == null || buffer.length() == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode body = mapper.readTree(buffer.getBytes());
            if (body == null || !body.isObject()) {
                throw ApiError.invalid("invalid_json", null, "The request body must be a JSON object.");
            }
            return body;
        } catch (IOException e) {
            throw ApiError.invalid("invalid_json", null, "The request body is not valid JSON.");
        }
    }

    private void answerError(RoutingContext ctx, String requestId, ApiError error) {
        ctx.response().putHeader("Request-Id", requestId);
        respond(ctx, error.status(), write(error.toJson(requestId)));
    }

    static void respond(RoutingContext ctx, int status, byte[] json) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(Buffer.buffer(json));
    }

    private byte[] write(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, byte[] json, boolean replayed) {}
}
