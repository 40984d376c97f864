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
package com.wooshpay.camel.sandbox;

import java.net.http.HttpRequest;

import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The cashier page a person uses: amount, currency, wallets for the currency, and the browser redirect. */
class CashierTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    @Test
    void pageShowsAmountAndWalletsAndFormPostRedirectsToReturnUrl() {
        Http api = new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
        String id = api.post(
                        "/v1/payment_intents",
                        PaymentIntentApiTest.ALIPAYPLUS
                                .replace("'hkd'", "'PHP'")
                                .replace("1999", "123456"))
                .json()
                .get("id")
                .asText();
        Http browser = new Http(sandbox.get().baseUrl(), null);
        Http.Answer page = browser.send(
                browser.builder("/cashier/" + id).header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        String html = page.raw().body();
        assertThat(html)
                .contains("1,234.56")
                .contains("PHP")
                .contains("GCash")
                .contains("BPI")
                .doesNotContain("AlipayHK")
                .contains("action=\"/cashier/" + id + "/pay\"")
                .contains("/fail")
                .contains("SO-1");

        Http.Answer submitted = browser.send(browser.builder("/cashier/" + id + "/pay")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("wallet=GCash")));
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.header("Location"))
                .isEqualTo("https://shop.example/back?payment_intent=" + id + "&redirect_status=succeeded");
        assertThat(api.get("/v1/payment_intents/" + id)
                        .json()
                        .at("/payment_method_details/wallet")
                        .asText())
                .isEqualTo("GCash");
        assertThat(browser.send(browser.builder("/cashier/" + id).GET()).raw().body())
                .contains("cannot be paid now");
        assertThat(browser.send(browser.builder("/cashier/pi_404").GET()).status())
                .isEqualTo(404);
    }

    @Test
    void walletsFollowTheCurrency() {
        Http api = new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
        String idr = api.post(
                        "/v1/payment_intents",
                        PaymentIntentApiTest.ALIPAYPLUS
                                .replace("'hkd'", "'IDR'")
                                .replace("1999", "50000"))
                .json()
                .get("id")
                .asText();
        String html = new Http(sandbox.get().baseUrl(), null)
                .get("/cashier/" + idr)
                .raw()
                .body();
        assertThat(html).contains("50,000 IDR").contains("DANA").contains("Akulaku PayLater");
    }
}
