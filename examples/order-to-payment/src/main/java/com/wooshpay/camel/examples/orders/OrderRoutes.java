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
package com.wooshpay.camel.examples.orders;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wooshpay.camel.WooshPayComponent;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.client.error.WooshPayException;
import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.CheckoutSessionRequest;
import com.wooshpay.camel.model.Customer;
import com.wooshpay.camel.model.CustomerRequest;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.model.Refund;
import com.wooshpay.camel.model.RefundRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The order-to-payment flow. Orders come in over HTTP and as JSON files, are stored, and become a WooshPay payment
 * intent (one line) or checkout session (several lines), with the order number as idempotency key. WooshPay's signed
 * webhooks move them to PAID, FAILED or REFUNDED. Whatever cannot be processed goes to the dead-letter table.
 */
@Component
public class OrderRoutes extends RouteBuilder {

    static final String ORDER_ID = "orderId";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The other entities, read once from the component's accounts when the routes are built. */
    private Set<String> entities = Set.of();

    @Override
    public void configure() {
        entities = otherEntities();
        intake();
        payment();
        webhooks();
        refunds();
        recovery();
        from("direct:deadLetter")
                .routeId("dead-letter")
                .process(e -> e.getMessage()
                        .setBody(params(
                                "source",
                                e.getMessage().getHeader("dlSource"),
                                "reference",
                                e.getMessage().getHeader("dlReference"),
                                "reason",
                                reason(e),
                                "payload",
                                truncate(e.getMessage().getHeader("dlPayload", String.class)))))
                .to("sql:insert into dead_letters (source, reference, reason, payload, created_at)"
                        + " values (:#source, :#reference, :#reason, :#payload, CURRENT_TIMESTAMP)")
                .log("Dead letter from ${header.dlSource} (${header.dlReference}): ${header.dlReason}");
    }

    private void intake() {
        // an ERP posting an order; posting the same order number again answers the stored order and charges nothing
        from("platform-http:/orders?httpMethodRestrict=POST&consumes=application/json")
                .routeId("orders-http")
                .onException(InvalidOrderException.class)
                .handled(true)
                .setHeader("dlSource", constant("http"))
                .to("direct:deadLetter")
                .process(e -> answer(e, 400, Map.of("error", reason(e))))
                .end()
                .onException(DuplicateKeyException.class)
                .handled(true)
                .to("direct:answerOrder")
                .end()
                .onException(WooshPayException.class)
                .handled(true)
                .setHeader("dlSource", constant("payment"))
                .to("direct:deadLetter")
                .process(e -> answer(
                        e,
                        502,
                        Map.of(
                                "id",
                                e.getMessage().getHeader(ORDER_ID, ""),
                                "status",
                                "NEW",
                                "error",
                                "WooshPay did not take the payment yet; the order is kept and sent again")))
                .end()
                .convertBodyTo(String.class)
                .setHeader("dlPayload", body())
                .to("direct:acceptOrder")
                .to("direct:answerOrder");

        // an ERP dropping order files; a file that cannot be read as an order moves to .failed
        from("file:{{orders.inbox}}?include=.*\\.json&move=.done&moveFailed=.failed&readLock=changed&readLockMinAge=200")
                .routeId("orders-inbox")
                .onException(InvalidOrderException.class)
                .handled(false)
                .setHeader("dlSource", constant("file"))
                .to("direct:deadLetter")
                .end()
                .onException(WooshPayException.class)
                .handled(true)
                // the order is stored as NEW: the recovery route takes the payment later
                .setHeader("dlSource", constant("payment"))
                .to("direct:deadLetter")
                .end()
                .convertBodyTo(String.class)
                .setHeader("dlPayload", body())
                .to("direct:acceptOrder");

        // sub-routes leave errors to their caller, whose onException knows how to answer (HTTP 400, .failed file, ...)
        from("direct:acceptOrder")
                .routeId("accept-order")
                .errorHandler(noErrorHandler())
                .process(e -> {
                    Order received = parse(e.getMessage().getBody(String.class));
                    e.getMessage().setHeader("dlReference", received.id());
                    Order order = received.validated();
                    if (!order.entity().equals(Order.HOME_ENTITY) && !entities.contains(order.entity())) {
                        throw new InvalidOrderException("entity must be " + Order.HOME_ENTITY + " or one of " + entities
                                + " (the component's accounts), was " + order.entity());
                    }
                    e.getMessage().setHeader(ORDER_ID, order.id());
                    e.setProperty("order", order);
                    e.getMessage().setBody(params("orderId", order.id()));
                })
                .to("sql:select status from orders where id = :#orderId?outputType=SelectOne")
                .choice()
                .when(body().isNull())
                .process(e -> {
                    Order order = e.getProperty("order", Order.class);
                    e.getMessage()
                            .setBody(params(
                                    "orderId",
                                    order.id(),
                                    "customer",
                                    order.customer(),
                                    "currency",
                                    order.currency(),
                                    "entity",
                                    order.entity(),
                                    "amount",
                                    order.total(),
                                    "lines",
                                    JSON.writeValueAsString(order.lines())));
                })
                .to(
                        "sql:insert into orders (id, customer, currency, entity, amount, lines_json, status, created_at, updated_at)"
                                + " values (:#orderId, :#customer, :#currency, :#entity, :#amount, :#lines, 'NEW',"
                                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .log("Order ${header.orderId} stored")
                .to("direct:startPayment")
                .otherwise()
                .log("Order ${header.orderId} was already received (${body}): not charged again")
                .end();

        from("direct:answerOrder")
                .routeId("answer-order")
                .errorHandler(noErrorHandler())
                .process(e ->
                        e.getMessage().setBody(params("orderId", e.getMessage().getHeader(ORDER_ID))))
                .to(
                        "sql:select id, status, currency, amount, payment_intent_id, checkout_session_id, redirect_url from orders"
                                + " where id = :#orderId?outputType=SelectOne")
                .process(e -> answer(e, 201, lowerCaseKeys(e.getMessage().getBody(Map.class))));
    }

    private void payment() {
        // one line: a payment intent; several lines: a hosted checkout session. The order number is the idempotency
        // key, so a retry, a redelivery or the recovery route never charges twice
        from("direct:startPayment")
                .routeId("start-payment")
                .errorHandler(noErrorHandler())
                .process(e ->
                        e.getMessage().setBody(params("orderId", e.getMessage().getHeader(ORDER_ID))))
                .to("sql:select * from orders where id = :#orderId and status = 'NEW'?outputType=SelectOne")
                .filter(body().isNotNull())
                .process(e -> {
                    Map<String, Object> row = lowerCaseKeys(e.getMessage().getBody(Map.class));
                    e.setProperty("orderRow", row);
                    // the entity's own WooshPay account, by name: every call below (and the customer) goes there
                    String entity = (String) row.get("entity");
                    if (entity != null && !entity.equals(Order.HOME_ENTITY)) {
                        e.getMessage().setHeader(WooshPayConstants.ACCOUNT, entity);
                    }
                    e.getMessage().setHeader("customerName", row.get("customer"));
                    e.getMessage().setHeader("customerKey", Order.customerKey(entity, (String) row.get("customer")));
                })
                .to("direct:ensureCustomer")
                .process(e -> {
                    Map<?, ?> row = e.getProperty("orderRow", Map.class);
                    String customer = e.getMessage().getHeader("wooshpayCustomer", String.class);
                    Order.Line[] lines = JSON.readValue((String) row.get("lines_json"), Order.Line[].class);
                    String id = (String) row.get("id");
                    e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, "order-" + id);
                    if (lines.length > 1) {
                        CheckoutSessionRequest session = new CheckoutSessionRequest()
                                .clientReferenceId(id)
                                .param("customer", customer)
                                .param("metadata", Map.of("order_id", id));
                        for (Order.Line line : lines) {
                            session.lineItem(
                                    line.name(), (String) row.get("currency"), line.unitAmount(), line.quantity());
                        }
                        e.getMessage().setHeader("paymentKind", "session");
                        e.getMessage().setBody(session);
                    } else {
                        e.getMessage().setHeader("paymentKind", "intent");
                        e.getMessage()
                                .setBody(new PaymentIntentRequest()
                                        .amount(((Number) row.get("amount")).longValue())
                                        .currency((String) row.get("currency"))
                                        .merchantOrderId(id)
                                        .description("Order " + id)
                                        .param("customer", customer)
                                        .metadata("order_id", id));
                    }
                })
                .choice()
                .when(header("paymentKind").isEqualTo("session"))
                .to("wooshpay:session/create")
                .process(e -> {
                    CheckoutSession session = e.getMessage().getBody(CheckoutSession.class);
                    e.getMessage()
                            .setBody(params(
                                    "orderId",
                                    e.getMessage().getHeader(ORDER_ID),
                                    "pi",
                                    session.getPaymentIntent(),
                                    "cs",
                                    session.getId(),
                                    "url",
                                    session.getUrl(),
                                    "cus",
                                    e.getMessage().getHeader("wooshpayCustomer")));
                })
                .otherwise()
                .to("wooshpay:paymentIntent/create")
                .process(e -> {
                    PaymentIntent intent = e.getMessage().getBody(PaymentIntent.class);
                    e.getMessage()
                            .setBody(params(
                                    "orderId",
                                    e.getMessage().getHeader(ORDER_ID),
                                    "pi",
                                    intent.getId(),
                                    "cs",
                                    null,
                                    "url",
                                    intent.getRedirectUrl(),
                                    "cus",
                                    e.getMessage().getHeader("wooshpayCustomer")));
                })
                .end()
                .to(
                        "sql:update orders set status = 'PAYMENT_PENDING', payment_intent_id = :#pi, checkout_session_id = :#cs,"
                                + " redirect_url = :#url, wooshpay_customer_id = :#cus, updated_at = CURRENT_TIMESTAMP"
                                + " where id = :#orderId and status = 'NEW'")
                .log("Order ${header.orderId}: payment ${body[pi]} waits for the customer at ${body[url]}");

        // tag::ensure-customer[]
        // one WooshPay customer per ERP customer, in the order's entity (CamelWooshPayAccount is already set): found
        // by the ERP's key in its metadata, else created with that key as the Idempotency-Key, so a retry, a crash
        // between the two calls or a second instance racing this one still makes one customer
        from("direct:ensureCustomer")
                .routeId("ensure-customer")
                .errorHandler(noErrorHandler())
                .removeHeader("wooshpayCustomer")
                .filter(header("customerKey").isNotNull())
                .setHeader(WooshPayConstants.SEARCH_QUERY, simple("metadata['erp_customer']:'${header.customerKey}'"))
                .to("wooshpay:customer/search")
                .removeHeader(WooshPayConstants.SEARCH_QUERY)
                .process(e -> {
                    List<?> found = e.getMessage().getBody(ListPage.class).getData();
                    if (!found.isEmpty()) {
                        e.getMessage().setHeader("wooshpayCustomer", ((Customer) found.get(0)).getId());
                    }
                })
                .filter(header("wooshpayCustomer").isNull())
                .setHeader(WooshPayConstants.IDEMPOTENCY_KEY, simple("customer-${header.customerKey}"))
                .process(e -> e.getMessage()
                        .setBody(new CustomerRequest()
                                .name(e.getMessage().getHeader("customerName", String.class))
                                .metadata("erp_customer", e.getMessage().getHeader("customerKey"))))
                .to("wooshpay:customer/create")
                .process(e -> e.getMessage()
                        .setHeader(
                                "wooshpayCustomer",
                                e.getMessage().getBody(Customer.class).getId()))
                .log("ERP customer ${header.customerKey} is now WooshPay customer ${header.wooshpayCustomer}");
        // end::ensure-customer[]
    }

    private void webhooks() {
        // tag::webhook-events[]
        // WooshPay's signed events, verified and claimed by the consumer; answered 200 once the event's route is done
        from("wooshpay:webhook").routeId("wooshpay-events").to("direct:wooshpayEvent");
        // the safety net: events the webhook missed (endpoint down or misconfigured, deliveries given up) are read
        // from WooshPay's event list; the same repositories, so each event runs the route below once
        from("wooshpay:events?delay={{orders.replay-delay:60s}}")
                .routeId("wooshpay-replay")
                .to("direct:wooshpayEvent");
        // each other entity's account: its own webhook path, secret and registration, and its own replay
        for (String entity : entities) {
            from("wooshpay:webhook?account=" + entity)
                    .routeId("wooshpay-events-" + entity)
                    .to("direct:wooshpayEvent");
            from("wooshpay:events?account=" + entity + "&delay={{orders.replay-delay:60s}}")
                    .routeId("wooshpay-replay-" + entity)
                    .to("direct:wooshpayEvent");
        }

        from("direct:wooshpayEvent")
                .routeId("wooshpay-event")
                .setProperty("event", body())
                .choice()
                .when(header(WooshPayConstants.EVENT_TYPE).isEqualTo("payment_intent.succeeded"))
                .to("direct:paymentSucceeded")
                .when(header(WooshPayConstants.EVENT_TYPE).isEqualTo("checkout.session.completed"))
                .to("direct:sessionCompleted")
                .when(header(WooshPayConstants.EVENT_TYPE).isEqualTo("payment_intent.payment_failed"))
                .to("direct:paymentFailed")
                .when(header(WooshPayConstants.EVENT_TYPE).isEqualTo("charge.refund.updated"))
                .to("direct:refundUpdated")
                .end();
        // end::webhook-events[]

        // tag::exactly-once[]
        // exactly once: the receipt, the order's new status and the event's completion commit together. Killed before
        // the commit, nothing happened and WooshPay's next delivery (or the replay) routes the event again; after it,
        // the consumer finds the event completed and only acknowledges it
        from("direct:paymentSucceeded")
                .routeId("payment-succeeded")
                .transacted()
                .process(e -> {
                    PaymentIntent intent = event(e).getDataObject(PaymentIntent.class);
                    sqlParams(
                            e,
                            "pi",
                            intent.getId(),
                            "orderId",
                            intent.getMerchantOrderId(),
                            "amount",
                            intent.getAmount(),
                            "eventId",
                            event(e).getId(),
                            "source",
                            e.getMessage().getHeader(WooshPayConstants.EVENT_SOURCE),
                            "processor",
                            OrderToPaymentApplication.COMPLETED_EVENTS);
                })
                .to("sql:insert into CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt)"
                        + " values (:#processor, :#eventId, CURRENT_TIMESTAMP)")
                .setBody(exchangeProperty("sqlParams"))
                .to("sql:insert into payment_ledger (order_id, payment_intent_id, event_id, amount, source, created_at)"
                        + " values (:#orderId, :#pi, :#eventId, :#amount, :#source, CURRENT_TIMESTAMP)")
                .setBody(exchangeProperty("sqlParams"))
                // tag::mark-paid[]
                .to(
                        "sql:update orders set status = 'PAID', updated_at = CURRENT_TIMESTAMP"
                                + " where (payment_intent_id = :#pi or id = :#orderId) and status in ('NEW', 'PAYMENT_PENDING', 'FAILED')")
                // end::mark-paid[]
                .to("direct:unknownOrderCheck");
        // end::exactly-once[]

        from("direct:sessionCompleted")
                .routeId("session-completed")
                .process(e -> {
                    CheckoutSession session = event(e).getDataObject(CheckoutSession.class);
                    sqlParams(e, "pi", session.getPaymentIntent(), "orderId", session.getClientReferenceId());
                })
                .to(
                        "sql:update orders set status = 'PAID', updated_at = CURRENT_TIMESTAMP"
                                + " where (payment_intent_id = :#pi or id = :#orderId) and status in ('NEW', 'PAYMENT_PENDING', 'FAILED')")
                .to("direct:unknownOrderCheck");

        from("direct:paymentFailed")
                .routeId("payment-failed")
                .process(e -> {
                    PaymentIntent intent = event(e).getDataObject(PaymentIntent.class);
                    sqlParams(e, "pi", intent.getId(), "orderId", intent.getMerchantOrderId());
                })
                .to("sql:update orders set status = 'FAILED', updated_at = CURRENT_TIMESTAMP"
                        + " where (payment_intent_id = :#pi or id = :#orderId) and status = 'PAYMENT_PENDING'")
                .to("direct:unknownOrderCheck");

        from("direct:refundUpdated")
                .routeId("refund-updated")
                .process(e -> {
                    Refund refund = event(e).getDataObject(Refund.class);
                    e.getMessage().setHeader("refundSucceeded", "succeeded".equals(refund.getStatus()));
                    sqlParams(
                            e,
                            "pi",
                            refund.getPaymentIntent(),
                            "orderId",
                            null,
                            "amount",
                            refund.getAmount() == null ? 0L : refund.getAmount());
                })
                .filter(header("refundSucceeded"))
                .to(
                        "sql:update orders set refunded_amount = refunded_amount + :#amount,"
                                + " status = CASE WHEN refunded_amount + :#amount >= amount THEN 'REFUNDED' ELSE status END,"
                                + " updated_at = CURRENT_TIMESTAMP where payment_intent_id = :#pi and status in ('PAID', 'REFUND_PENDING')")
                .to("direct:unknownOrderCheck");

        // an event about a payment no order knows: kept with the reason, and acknowledged (a redelivery would not help)
        from("direct:unknownOrderCheck")
                .routeId("unknown-order-check")
                .filter(header("CamelSqlUpdateCount").isEqualTo(0))
                .setBody(exchangeProperty("sqlParams"))
                .to(
                        "sql:select count(*) from orders where payment_intent_id = :#pi or id = :#orderId?outputType=SelectOne")
                .filter(simple("${body} == 0"))
                .setHeader("dlSource", constant("webhook"))
                .setHeader("dlReference", header(WooshPayConstants.OBJECT_ID))
                .setHeader(
                        "dlReason",
                        simple(
                                "${header.CamelWooshPayEventType} ${header.CamelWooshPayEventId} for a payment no order knows"))
                .process(e -> e.getMessage().setHeader("dlPayload", event(e).getRawJson()))
                .to("direct:deadLetter");
    }

    private void refunds() {
        from("platform-http:/orders/{id}/refund?httpMethodRestrict=POST")
                .routeId("refund-http")
                .onException(WooshPayException.class)
                .handled(true)
                .setHeader("dlSource", constant("refund"))
                .setHeader("dlReference", header(ORDER_ID))
                .to("direct:deadLetter")
                .process(e -> answer(e, 502, Map.of("error", reason(e))))
                .end()
                .setHeader(ORDER_ID, header("id"))
                // the Refund button of the page posts a form: send that person back to the page
                .process(e -> {
                    String type = e.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
                    e.setProperty("formPost", type != null && type.startsWith("application/x-www-form-urlencoded"));
                })
                .process(e ->
                        e.getMessage().setBody(params("orderId", e.getMessage().getHeader(ORDER_ID))))
                .to(
                        "sql:select id, status, payment_intent_id, entity from orders where id = :#orderId?outputType=SelectOne")
                .choice()
                .when(body().isNull())
                .process(e -> answer(
                        e, 404, Map.of("error", "no order " + e.getMessage().getHeader(ORDER_ID))))
                .when(simple("${body[status]} != 'PAID'"))
                .process(e -> answer(
                        e,
                        409,
                        Map.of(
                                "error",
                                "order " + e.getMessage().getHeader(ORDER_ID) + " is "
                                        + lowerCaseKeys(e.getMessage().getBody(Map.class))
                                                .get("status") + "; only PAID orders are refunded")))
                .otherwise()
                .process(e -> {
                    Map<?, ?> row = lowerCaseKeys(e.getMessage().getBody(Map.class));
                    e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, row.get("payment_intent_id"));
                    e.getMessage().setHeader(WooshPayConstants.IDEMPOTENCY_KEY, "refund-" + row.get("id"));
                    if (!Order.HOME_ENTITY.equals(row.get("entity"))) {
                        e.getMessage().setHeader(WooshPayConstants.ACCOUNT, row.get("entity"));
                    }
                    e.getMessage().setBody(new RefundRequest().reason("requested_by_customer"));
                })
                .to("wooshpay:refund/create")
                .process(e -> {
                    String refundId = e.getMessage().getBody(Refund.class).getId();
                    e.getMessage().setHeader("refundId", refundId);
                    e.getMessage().setBody(params("orderId", e.getMessage().getHeader(ORDER_ID), "refundId", refundId));
                })
                .to(
                        "sql:update orders set status = 'REFUND_PENDING', refund_id = :#refundId, updated_at = CURRENT_TIMESTAMP"
                                + " where id = :#orderId and status = 'PAID'")
                .process(e -> {
                    if (Boolean.TRUE.equals(e.getProperty("formPost", Boolean.class))) {
                        e.getMessage().removeHeaders("*", "CamelHttp*");
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
                        e.getMessage().setHeader("Location", "/");
                        e.getMessage().setBody("");
                    } else {
                        answer(
                                e,
                                202,
                                Map.of(
                                        "id",
                                        e.getMessage().getHeader(ORDER_ID),
                                        "status",
                                        "REFUND_PENDING",
                                        "refund_id",
                                        e.getMessage().getHeader("refundId")));
                    }
                })
                .end();
    }

    private void recovery() {
        // an instance killed after its event route committed but before it released the claim leaves the claim's row:
        // never consulted again (the completion is read first), but kept forever. Rows whose heartbeat stopped two
        // leases ago belong to no live instance (a live one refreshes them every quarter lease), so they go
        from("timer:sweep-claims?delay=60000&period={{orders.claim-sweep-period:300000}}")
                .routeId("sweep-stale-claims")
                .process(e -> e.getMessage()
                        .setBody(params(
                                "cutoff",
                                new Timestamp(System.currentTimeMillis()
                                        - 2
                                                * e.getContext()
                                                        .getPropertiesComponent()
                                                        .resolveProperty("orders.claim-lease")
                                                        .map(Long::parseLong)
                                                        .orElse(120_000L)))))
                .to(
                        "sql:delete from CAMEL_MESSAGEPROCESSED where processorName = 'wooshpay-claims' and createdAt < :#cutoff")
                .filter(header("CamelSqlUpdateCount").isGreaterThan(0))
                .log("Removed ${header.CamelSqlUpdateCount} claims left by instances that stopped");

        // orders stored but never sent to WooshPay (WooshPay unreachable, or the application stopped in between)
        // only orders NEW for a while: a younger one may be on its way to WooshPay right now
        from("timer:recover-new-orders?delay=1000&period={{orders.recovery-period}}")
                .routeId("recover-new-orders")
                .process(e -> e.getMessage()
                        .setBody(params(
                                "cutoff",
                                new Timestamp(System.currentTimeMillis()
                                        - e.getContext()
                                                .getPropertiesComponent()
                                                .resolveProperty("orders.recovery-min-age")
                                                .map(Long::parseLong)
                                                .orElse(10_000L)))))
                .to("sql:select id from orders where status = 'NEW' and created_at < :#cutoff")
                .split(body())
                .process(e -> e.getMessage()
                        .setHeader(
                                ORDER_ID,
                                lowerCaseKeys(e.getMessage().getBody(Map.class)).get("id")))
                .log("Order ${header.orderId} has no payment yet: sending it to WooshPay again")
                .doTry()
                .to("direct:startPayment")
                .doCatch(WooshPayException.class)
                .log("Order ${header.orderId} still has no payment: ${exception.message}")
                .end()
                .end();
    }

    /** The other entities: the component's named accounts that have a key (see camel.component.wooshpay.accounts). */
    private Set<String> otherEntities() {
        Set<String> entities = new TreeSet<>();
        getCamelContext()
                .getComponent("wooshpay", WooshPayComponent.class)
                .getAccounts()
                .forEach((name, account) -> {
                    if (account.getApiKey() != null && !account.getApiKey().isBlank()) {
                        entities.add(name);
                    }
                });
        return entities;
    }

    /** Reads an order; {@link Order#validated()} checks it. */
    static Order parse(String json) {
        try {
            Order order = JSON.readValue(json, Order.class);
            if (order == null) {
                throw new InvalidOrderException("body is not an order");
            }
            return order;
        } catch (JsonProcessingException e) {
            throw new InvalidOrderException("body is not a JSON order: " + e.getOriginalMessage());
        }
    }

    private static Event event(Exchange e) {
        return e.getProperty("event", Event.class);
    }

    /** Sets the camel-sql parameters as the body, and keeps them for a later query of the same route. */
    private static void sqlParams(Exchange e, Object... keysAndValues) {
        Map<String, Object> map = params(keysAndValues);
        e.setProperty("sqlParams", map);
        e.getMessage().setBody(map);
    }

    /** A parameter map for camel-sql's :#name placeholders; unlike Map.of it takes null values. */
    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Column names as lower case: H2 answers them in upper case, PostgreSQL in lower case. */
    static Map<String, Object> lowerCaseKeys(Map<?, ?> row) {
        Map<String, Object> map = new HashMap<>();
        if (row != null) {
            row.forEach((k, v) -> map.put(String.valueOf(k).toLowerCase(Locale.ROOT), v));
        }
        return map;
    }

    private static String reason(Exchange e) {
        String explicit = e.getMessage().getHeader("dlReason", String.class);
        if (explicit != null) {
            return explicit;
        }
        Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return cause != null ? cause.getMessage() : "unknown";
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 8000 ? text : text.substring(0, 8000);
    }

    static void answer(Exchange e, int status, Map<?, ?> body) throws JsonProcessingException {
        e.getMessage().removeHeaders("*", "CamelHttp*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        e.getMessage().setBody(JSON.writeValueAsString(body));
    }
}
