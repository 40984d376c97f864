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

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.domain.Wallets;

/** The HTML of the sandbox's Alipay+ cashier: the amount, the wallets for the currency, and pay / fail buttons. */
final class CashierPage {

    /** ISO 4217 currencies without minor units that Alipay+ presents; the rest have two decimals. */
    private static final Set<String> ZERO_DECIMAL = Set.of("IDR", "JPY", "KRW", "VND");

    private CashierPage() {}

    static String render(JsonNode intent) {
        String id = escape(intent.path("id").asText());
        String currency = escape(intent.path("currency").asText());
        String status = intent.path("status").asText();
        String amount = formatAmount(intent.path("amount").asLong(), currency);
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>WooshPay sandbox cashier</title><style>")
                .append(
                        "body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1d2a3a}")
                .append(".amount{font-size:2.2rem;font-weight:600;margin:.5rem 0}.muted{color:#667}")
                .append(
                        "button{display:block;width:100%;margin:.4rem 0;padding:.8rem;font-size:1rem;border-radius:.5rem;border:1px solid #1677ff;background:#fff;cursor:pointer}")
                .append("button.pay:hover{background:#1677ff;color:#fff}button.fail{border-color:#c33;color:#c33}")
                .append(
                        ".badge{display:inline-block;padding:.1rem .5rem;border-radius:1rem;background:#eef}</style></head><body>")
                .append(
                        "<p class=\"muted\">WooshPay sandbox &middot; Alipay+ test cashier &middot; no real money moves</p>")
                .append("<h1>Pay with Alipay+</h1>")
                .append("<div class=\"amount\">")
                .append(amount)
                .append(' ')
                .append(currency)
                .append("</div>")
                .append("<p class=\"muted\">Payment <code>")
                .append(id)
                .append("</code> &middot; status <span class=\"badge\" id=\"status\">")
                .append(escape(status))
                .append("</span></p>");
        if (intent.hasNonNull("merchant_order_id")) {
            html.append("<p>Order <strong>")
                    .append(escape(intent.get("merchant_order_id").asText()))
                    .append("</strong></p>");
        }
        boolean payable = "requires_action".equals(status)
                || ("requires_payment_method".equals(status) && intent.hasNonNull("checkout_session"));
        if (payable) {
            List<String> wallets = Wallets.forCurrency(intent.path("currency").asText());
            html.append("<p>Choose your wallet:</p>");
            for (String wallet : wallets) {
                html.append("<form method=\"post\" action=\"/cashier/")
                        .append(id)
                        .append("/pay\">")
                        .append("<input type=\"hidden\" name=\"wallet\" value=\"")
                        .append(escape(wallet))
                        .append("\">")
                        .append("<button class=\"pay\" type=\"submit\">Pay with ")
                        .append(escape(wallet))
                        .append("</button></form>");
            }
            html.append("<form method=\"post\" action=\"/cashier/")
                    .append(id)
                    .append("/fail\">")
                    .append("<button class=\"fail\" type=\"submit\">Fail the payment</button></form>");
        } else {
            html.append("<p>This payment cannot be paid now (status ")
                    .append(escape(status))
                    .append(").</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String formatAmount(long minorUnits, String currency) {
        if (ZERO_DECIMAL.contains(currency)) {
            return String.format("%,d", minorUnits);
        }
        return String.format("%,.2f", BigDecimal.valueOf(minorUnits, 2));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
