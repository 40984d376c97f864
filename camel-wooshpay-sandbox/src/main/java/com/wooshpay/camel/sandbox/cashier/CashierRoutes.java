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
package com.wooshpay.camel.sandbox.cashier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wooshpay.camel.sandbox.api.Accounts;
import com.wooshpay.camel.sandbox.api.ApiError;
import com.wooshpay.camel.sandbox.domain.Call;
import com.wooshpay.camel.sandbox.domain.CheckoutSessions;
import com.wooshpay.camel.sandbox.domain.PaymentIntents;
import com.wooshpay.camel.sandbox.store.Account;
import com.wooshpay.camel.sandbox.store.Ids;
import com.wooshpay.camel.sandbox.webhook.WebhookSender;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The customer's side: {@code GET /cashier/{pi}} shows the page; {@code POST /cashier/{pi}/pay} and {@code /fail}
 * act like the customer. A browser form post is redirected to the intent's {@code return_url}; any other caller (a
 * test) gets the intent as JSON. {@code GET /checkout/{cs}} sends the customer of a checkout session to its cashier.
 */
public final class CashierRoutes {

    private final Accounts accounts;
    private final Clock clock;
    private final WebhookSender sender;
    private final String publicBaseUrl;

    public CashierRoutes(Accounts accounts, Clock clock, WebhookSender sender, String publicBaseUrl) {
        this.accounts = accounts;
        this.clock = clock;
        this.sender = sender;
        this.publicBaseUrl = publicBaseUrl;
    }

    public void mount(Router router) {
        router.route("/cashier/*").handler(BodyHandler.create(false).setBodyLimit(16 * 1024));
        router.get("/cashier/:id").handler(this::page);
        router.post("/cashier/:id/pay").handler(ctx -> act(ctx, true));
        router.post("/cashier/:id/fail").handler(ctx -> act(ctx, false));
        router.get("/checkout/:id").handler(this::checkout);
    }

    private void page(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Account account = owner(PaymentIntents.KIND, id);
        if (account == null) {
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/plain")
                    .end("No such payment: " + id);
            return;
        }
        ObjectNode intent;
        synchronized (account) {
            intent = PaymentIntents.retrieve(account, id);
        }
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(CashierPage.render(intent));
    }

    private void checkout(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Account account = owner(CheckoutSessions.KIND, id);
        if (account == null) {
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/plain")
                    .end("No such checkout session: " + id);
            return;
        }
        String intentId;
        synchronized (account) {
            intentId = CheckoutSessions.paymentIntentOf(account, id);
        }
        ctx.response()
                .setStatusCode(302)
                .putHeader("Location", "/cashier/" + intentId)
                .end();
    }

    private void act(RoutingContext ctx, boolean pay) {
        String id = ctx.pathParam("id");
        Account account = owner(PaymentIntents.KIND, id);
        String requestId = Ids.next("req_");
        if (account == null) {
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "application/json")
                    .end(ApiError.notFound("payment_intent", id)
                            .toJson(requestId)
                            .toString());
            return;
        }
        Call call = new Call(account, clock.instant(), requestId, null, publicBaseUrl);
        ObjectNode intent;
        try {
            synchronized (account) {
                intent = pay ? PaymentIntents.pay(call, id, wallet(ctx)) : PaymentIntents.fail(call, id);
            }
        } catch (ApiError error) {
            ctx.response()
                    .setStatusCode(error.status())
                    .putHeader("Content-Type", "application/json")
                    .end(error.toJson(requestId).toString());
            return;
        } finally {
            if (!call.events().isEmpty()) {
                sender.deliver(account, call.events());
            }
        }
        if (isFormPost(ctx) && intent.hasNonNull("return_url")) {
            String returnUrl = intent.get("return_url").asText();
            String location = returnUrl + (returnUrl.contains("?") ? "&" : "?") + "payment_intent="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&redirect_status="
                    + (pay ? "succeeded" : "failed");
            ctx.response().setStatusCode(303).putHeader("Location", location).end();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/json").end(intent.toString());
    }

    private static String wallet(RoutingContext ctx) {
        String wallet = ctx.request().getFormAttribute("wallet");
        if (wallet == null && ctx.body() != null && ctx.body().length() > 0 && !isFormPost(ctx)) {
            try {
                wallet = ctx.body().asJsonObject().getString("wallet");
            } catch (RuntimeException notJson) {
                wallet = null;
            }
        }
        return wallet;
    }

    private static boolean isFormPost(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    private Account owner(String kind, String id) {
        for (Account account : accounts.all()) {
            synchronized (account) {
                if (account.contains(kind, id)) {
                    return account;
                }
            }
        }
        return null;
    }
}
