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

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The page at {@code /}: every order, its status and its cashier link; and the same as JSON at {@code /api/orders}. */
@RestController
public class OrdersPage {

    private final JdbcTemplate jdbc;

    public OrdersPage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/api/orders", produces = "application/json")
    public List<Map<String, Object>> orders() {
        return jdbc
                .queryForList(
                        "select id, customer, entity, currency, amount, status, payment_intent_id, checkout_session_id,"
                                + " redirect_url, wooshpay_customer_id, refund_id, refunded_amount, created_at, updated_at"
                                + " from orders order by created_at desc, id")
                .stream()
                .map(OrderRoutes::lowerCaseKeys)
                .toList();
    }

    @GetMapping(value = "/api/dead-letters", produces = "application/json")
    public List<Map<String, Object>> deadLetters() {
        return jdbc
                .queryForList("select id, source, reference, reason, created_at from dead_letters order by id desc")
                .stream()
                .map(OrderRoutes::lowerCaseKeys)
                .toList();
    }

    @GetMapping(value = "/", produces = "text/html")
    public String page() {
        StringBuilder html = new StringBuilder(4096).append("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Orders</title>
                <meta http-equiv="refresh" content="5">
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2a3a}table{border-collapse:collapse}
                td,th{padding:.4rem .8rem;border-bottom:1px solid #ddd;text-align:left}.PAID{color:#0a7}.FAILED{color:#c33}
                .REFUNDED{color:#777}</style></head><body><h1>Orders</h1>
                <p>POST JSON orders to <code>/orders</code> or drop them in the inbox folder. This page refreshes every 5 s.</p>
                <table><tr><th>Order</th><th>Customer</th><th>Amount</th><th>Status</th><th>Payment</th><th></th></tr>
                """);
        for (Map<String, Object> row : orders()) {
            String id = escape(row.get("id"));
            String status = escape(row.get("status"));
            html.append("<tr><td>")
                    .append(id)
                    .append("</td><td>")
                    .append(escape(row.get("customer")))
                    .append("</td><td>")
                    .append(escape(money(row.get("amount"), row.get("currency"))))
                    .append("</td><td class=\"")
                    .append(status)
                    .append("\">")
                    .append(status)
                    .append("</td><td>");
            if (row.get("redirect_url") != null && "PAYMENT_PENDING".equals(row.get("status"))) {
                html.append("<a href=\"")
                        .append(escape(row.get("redirect_url")))
                        .append("\">cashier</a>");
            } else {
                html.append(escape(row.get("payment_intent_id")));
            }
            html.append("</td><td>");
            if ("PAID".equals(row.get("status"))) {
                html.append("<form method=\"post\" action=\"/orders/")
                        .append(id)
                        .append("/refund\"><button>Refund</button></form>");
            }
            html.append("</td></tr>\n");
        }
        return html.append("</table></body></html>").toString();
    }

    /** Minor units shown the way people read them: 115000 PHP as 1,150.00 PHP (ISO 4217 decimals). */
    static String money(Object minorUnits, Object currency) {
        if (!(minorUnits instanceof Number amount) || currency == null) {
            return String.valueOf(minorUnits) + " " + currency;
        }
        int decimals;
        try {
            decimals = Math.max(0, Currency.getInstance(currency.toString()).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            decimals = 2;
        }
        BigDecimal value = BigDecimal.valueOf(amount.longValue(), decimals);
        return String.format("%,." + decimals + "f %s", value, currency);
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
