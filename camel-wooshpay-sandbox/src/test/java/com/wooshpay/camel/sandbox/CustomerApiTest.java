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

import com.fasterxml.jackson.databind.JsonNode;
import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers, payment methods and charges over raw HTTP: shapes, rules, and accounts kept apart by key. */
class CustomerApiTest {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    private Http api;

    @BeforeEach
    void newAccount() {
        api = new Http(sandbox.get().baseUrl(), "sk_test_" + System.nanoTime());
    }

    @Test
    void customersAreCreatedUpdatedSearchedAndDeleted() {
        JsonNode created = api.post(
                        "/v1/customers",
                        "{'email':'ana@example.com','name':'Ana','metadata':{'erp_id':'C-1','tier':'gold'}}")
                .json();
        String id = created.get("id").asText();
        assertThat(id).matches("cus_\\d{19}");
        assertThat(created.get("object").asText()).isEqualTo("customer");
        assertThat(created.get("phone").isNull()).isTrue();

        JsonNode updated = api.post("/v1/customers/" + id, "{'phone':'+85212345678','metadata':{'tier':''}}")
                .json();
        assertThat(updated.get("phone").asText()).isEqualTo("+85212345678");
        assertThat(updated.at("/metadata/erp_id").asText()).isEqualTo("C-1");
        assertThat(updated.at("/metadata").has("tier"))
                .as("an empty value removes the key")
                .isFalse();

        JsonNode found = api.get("/v1/customers/search?query=" + PaymentIntentApiTest.enc("metadata['erp_id']:'C-1'"))
                .json();
        assertThat(found.get("object").asText()).isEqualTo("search_result");
        assertThat(found.at("/data/0/id").asText()).isEqualTo(id);
        assertThat(api.get("/v1/customers?email=ANA@example.com")
                        .json()
                        .at("/data/0/id")
                        .asText())
                .isEqualTo(id);
        Http.Answer badField = api.get("/v1/customers/search?query=" + PaymentIntentApiTest.enc("amount:'1'"));
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.json().at("/error/param").asText()).isEqualTo("query");

        Http.Answer badEmail = api.post("/v1/customers", "{'email':'not-an-email'}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().at("/error/param").asText()).isEqualTo("email");

        JsonNode deleted = api.delete("/v1/customers/" + id).json();
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(api.get("/v1/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void paymentMethodsAttachToOneCustomerAndKeepNoCardNumber() {
        String customer = api.post("/v1/customers", "{'email':'bo@example.com'}")
                .json()
                .get("id")
                .asText();
        String other = api.post("/v1/customers", "{'email':'cy@example.com'}")
                .json()
                .get("id")
                .asText();
        Http.Answer card = api.post(
                "/v1/payment_methods",
                "{'type':'card','card':{'number':'4111111111111111','exp_month':3,'exp_year':2027,'cvc':'123'}}");
        assertThat(card.status()).isEqualTo(200);
        String pm = card.json().get("id").asText();
        assertThat(card.json().at("/card/last4").asText()).isEqualTo("1111");
        assertThat(card.json().at("/card/brand").asText()).isEqualTo("visa");
        assertThat(card.raw().body()).doesNotContain("4111111111111111").doesNotContain("\"cvc\"");

        Http.Answer noType = api.post("/v1/payment_methods", "{}");
        assertThat(noType.json().at("/error/param").asText()).isEqualTo("type");

        assertThat(api.post("/v1/payment_methods/" + pm + "/attach", "{'customer':'" + customer + "'}")
                        .json()
                        .get("customer")
                        .asText())
                .isEqualTo(customer);
        Http.Answer taken = api.post("/v1/payment_methods/" + pm + "/attach", "{'customer':'" + other + "'}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().at("/error/code").asText()).isEqualTo("payment_method_already_attached");

        JsonNode mine =
                api.get("/v1/customers/" + customer + "/payment_methods").json();
        assertThat(mine.at("/data/0/id").asText()).isEqualTo(pm);
        assertThat(api.get("/v1/payment_methods?customer=" + other).json().get("data"))
                .isEmpty();

        assertThat(api.post("/v1/payment_methods/" + pm + "/detach", "{}")
                        .json()
                        .get("customer")
                        .isNull())
                .isTrue();
        assertThat(api.get("/v1/customers/" + customer + "/payment_methods")
                        .json()
                        .get("data"))
                .isEmpty();
    }

    @Test
    void aPaidIntentHasAChargeThatShowsItsRefunds() {
        String intent = api.post("/v1/payment_intents", PaymentIntentApiTest.ALIPAYPLUS)
                .json()
                .get("id")
                .asText();
        api.post("/cashier/" + intent + "/pay", "{}");
        String charge = api.get("/v1/payment_intents/" + intent)
                .json()
                .get("latest_charge")
                .asText();
        assertThat(charge).startsWith("ch_");
        api.post("/v1/refunds", "{'payment_intent':'" + intent + "','amount':500}");

        JsonNode read = api.get("/v1/charges/" + charge).json();
        assertThat(read.get("payment_intent").asText()).isEqualTo(intent);
        assertThat(read.get("amount_refunded").asLong()).isEqualTo(500);
        assertThat(read.get("refunded").asBoolean()).isFalse();
        assertThat(read.get("status").asText()).isEqualTo("succeeded");
        assertThat(api.get("/v1/charges?payment_intent=" + intent)
                        .json()
                        .at("/data/0/id")
                        .asText())
                .isEqualTo(charge);
    }

    @Test
    void accountsNeverSeeEachOthersObjects() {
        String id = api.post("/v1/customers", "{'email':'dee@example.com'}")
                .json()
                .get("id")
                .asText();
        Http otherAccount = new Http(sandbox.get().baseUrl(), "sk_test_other_" + System.nanoTime());
        assertThat(otherAccount.get("/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(otherAccount.get("/v1/customers").json().get("data")).isEmpty();
    }
}
