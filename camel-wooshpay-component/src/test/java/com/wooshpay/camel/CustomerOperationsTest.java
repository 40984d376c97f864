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
package com.wooshpay.camel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.model.Charge;
import com.wooshpay.camel.model.Customer;
import com.wooshpay.camel.model.CustomerRequest;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.model.PaymentMethod;
import com.wooshpay.camel.model.PaymentMethodRequest;
import com.wooshpay.camel.model.WooshPayObject;
import com.wooshpay.camel.sandbox.faults.FaultRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers, payment methods and charges through the component against the sandbox: an ERP customer found by its
 * business key or created once (also when the answer to the create is lost), a card saved and attached by header, and
 * the charge of a paid intent with its refund.
 */
class CustomerOperationsTest extends SandboxTestSupport {

    @SuppressWarnings("unchecked")
    private List<Customer> search(String erpId) {
        ListPage<Customer> page = template.requestBodyAndHeader(
                "wooshpay:customer/search",
                null,
                WooshPayConstants.SEARCH_QUERY,
                "metadata['erp_id']:'" + erpId + "'",
                ListPage.class);
        return page.getData();
    }

    @Test
    void anErpCustomerIsCreatedOnceEvenWhenTheAnswerIsLost() {
        assertThat(search("C-1001")).isEmpty();
        // three answers in ten are lost after the create committed; each retry carries the same Idempotency-Key (a
        // call fails only if 11 attempts in a row lose theirs: 0.3^11, about 2 in a million, computed)
        sandbox.get()
                .faults()
                .set(List.of(FaultRule.forPath("/v1/customers").method("POST").resetAfterCommit(0.3)));
        Customer first = null;
        for (int i = 0; i < 3; i++) {
            Customer created = template.requestBodyAndHeader(
                    "wooshpay:customer/create?maxRetries=10&retryInitialDelay=10",
                    new CustomerRequest()
                            .email("ana@example.com")
                            .name("Ana Lima")
                            .metadata("erp_id", "C-1001"),
                    WooshPayConstants.IDEMPOTENCY_KEY,
                    "erp-customer-C-1001",
                    Customer.class);
            assertThat(created.getId()).startsWith("cus_");
            if (first == null) {
                first = created;
            }
            assertThat(created.getId()).as("the same customer every time").isEqualTo(first.getId());
        }
        sandbox.get().faults().clear();
        assertThat(search("C-1001")).extracting(Customer::getId).containsExactly(first.getId());

        Customer updated = template.requestBodyAndHeader(
                "wooshpay:customer/update",
                new CustomerRequest().phone("+85212345678"),
                WooshPayConstants.CUSTOMER_ID,
                first.getId(),
                Customer.class);
        assertThat(updated.getPhone()).isEqualTo("+85212345678");
        assertThat(updated.getMetadata()).containsEntry("erp_id", "C-1001");

        Customer deleted = template.requestBodyAndHeader(
                "wooshpay:customer/delete", null, WooshPayConstants.CUSTOMER_ID, first.getId(), Customer.class);
        assertThat(deleted.getDeleted()).isTrue();
        assertThat(search("C-1001")).isEmpty();
    }

    /** One POST of the new APIs: its URI, body, and the id header it needs (or null). */
    private record Post(String uri, Object body, String idHeader, String id) {}

    @Test
    void everyNewPostIsSafeToRetryWhenItsAnswerIsLost() {
        Customer customer = template.requestBody(
                "wooshpay:customer/create", new CustomerRequest().email("fay@example.com"), Customer.class);
        PaymentMethod card = template.requestBody(
                "wooshpay:paymentMethod/create",
                new PaymentMethodRequest().type("card").card("4111111111111111", 3, 2027, "123"),
                PaymentMethod.class);
        // three answers in ten are lost after WooshPay committed the call: each retry carries the same key
        sandbox.get()
                .faults()
                .set(List.of(
                        FaultRule.forPath("/v1/customers").method("POST").resetAfterCommit(0.3),
                        FaultRule.forPath("/v1/payment_methods").method("POST").resetAfterCommit(0.3)));
        List<Post> posts = List.of(
                new Post("customer/create", new CustomerRequest().email("gus@example.com"), null, null),
                new Post(
                        "customer/update",
                        new CustomerRequest().phone("+85200000000"),
                        WooshPayConstants.CUSTOMER_ID,
                        customer.getId()),
                new Post("paymentMethod/create", new PaymentMethodRequest().type("alipayplus"), null, null),
                new Post(
                        "paymentMethod/update",
                        new PaymentMethodRequest().billingName("Fay"),
                        WooshPayConstants.PAYMENT_METHOD_ID,
                        card.getId()),
                new Post(
                        "paymentMethod/attach",
                        new PaymentMethodRequest().customer(customer.getId()),
                        WooshPayConstants.PAYMENT_METHOD_ID,
                        card.getId()),
                new Post("paymentMethod/detach", null, WooshPayConstants.PAYMENT_METHOD_ID, card.getId()));
        for (Post post : posts) {
            String key = "retry-" + post.uri() + "-" + System.nanoTime();
            String[] ids = new String[2];
            for (int i = 0; i < 2; i++) {
                Map<String, Object> headers = new HashMap<>();
                headers.put(WooshPayConstants.IDEMPOTENCY_KEY, key);
                if (post.idHeader() != null) {
                    headers.put(post.idHeader(), post.id());
                }
                Object answer = template.requestBodyAndHeaders(
                        "wooshpay:" + post.uri() + "?maxRetries=10&retryInitialDelay=10", post.body(), headers);
                ids[i] = ((WooshPayObject) answer).getId();
            }
            assertThat(ids[1]).as(post.uri() + ": the same object again").isEqualTo(ids[0]);
        }
        sandbox.get().faults().clear();
        // one object per create, however many attempts reached WooshPay
        assertThat(sandbox.get().count(apiKey, "customer")).isEqualTo(2);
        assertThat(sandbox.get().count(apiKey, "payment_method")).isEqualTo(2);
        PaymentMethod after = template.requestBodyAndHeader(
                "wooshpay:paymentMethod/retrieve",
                null,
                WooshPayConstants.PAYMENT_METHOD_ID,
                card.getId(),
                PaymentMethod.class);
        assertThat(after.getCustomer()).as("attached, then detached").isNull();
        assertThat(after.getBillingDetails()).containsEntry("name", "Fay");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCardIsSavedAttachedListedAndDetached() {
        Customer customer = template.requestBody(
                "wooshpay:customer/create", new CustomerRequest().email("bo@example.com"), Customer.class);
        PaymentMethod card = template.requestBody(
                "wooshpay:paymentMethod/create",
                new PaymentMethodRequest().type("card").card("4111111111111111", 3, 2027, "123"),
                PaymentMethod.class);
        assertThat(card.getCard().getLast4()).isEqualTo("1111");
        assertThat(card.getCard().getExpYear()).isEqualTo(2027);
        assertThat(card.toString()).doesNotContain("4111111111111111");

        PaymentMethod attached = template.requestBodyAndHeaders(
                "wooshpay:paymentMethod/attach",
                null,
                Map.of(
                        WooshPayConstants.PAYMENT_METHOD_ID, card.getId(),
                        WooshPayConstants.CUSTOMER_ID, customer.getId()),
                PaymentMethod.class);
        assertThat(attached.getCustomer()).isEqualTo(customer.getId());

        ListPage<PaymentMethod> methods = template.requestBodyAndHeader(
                "wooshpay:customer/paymentMethods",
                null,
                WooshPayConstants.CUSTOMER_ID,
                customer.getId(),
                ListPage.class);
        assertThat(methods.getData()).extracting(PaymentMethod::getId).containsExactly(card.getId());
        ListPage<PaymentMethod> cards = template.requestBody(
                "wooshpay:paymentMethod/list", Map.of("customer", customer.getId(), "type", "card"), ListPage.class);
        assertThat(cards.getData()).extracting(PaymentMethod::getId).containsExactly(card.getId());
        Customer read = template.requestBodyAndHeader(
                "wooshpay:customer/retrieve", null, WooshPayConstants.CUSTOMER_ID, customer.getId(), Customer.class);
        assertThat(read.getEmail()).isEqualTo("bo@example.com");
        ListPage<Customer> byEmail =
                template.requestBody("wooshpay:customer/list", Map.of("email", "bo@example.com"), ListPage.class);
        assertThat(byEmail.getData()).extracting(Customer::getId).containsExactly(customer.getId());

        PaymentMethod detached = template.requestBodyAndHeader(
                "wooshpay:paymentMethod/detach",
                null,
                WooshPayConstants.PAYMENT_METHOD_ID,
                card.getId(),
                PaymentMethod.class);
        assertThat(detached.getCustomer()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPaidIntentHasAChargeWithItsRefund() throws Exception {
        PaymentIntent intent = template.requestBody(
                "wooshpay:paymentIntent/create",
                new PaymentIntentRequest()
                        .amount(1999)
                        .currency("HKD")
                        .merchantOrderId("SO-CH-1")
                        .confirm(true)
                        .returnUrl("https://shop.example/back")
                        .paymentMethodType("alipayplus")
                        .terminalType("alipayplus", "WEB"),
                PaymentIntent.class);
        assertThat(TestServers.customerPays(intent)).isEqualTo(200);
        template.requestBodyAndHeader(
                "wooshpay:refund/create", Map.of("amount", 500), WooshPayConstants.PAYMENT_INTENT_ID, intent.getId());

        ListPage<Charge> charges =
                template.requestBody("wooshpay:charge/list", Map.of("payment_intent", intent.getId()), ListPage.class);
        assertThat(charges.getData()).hasSize(1);
        Charge charge = template.requestBodyAndHeader(
                "wooshpay:charge/retrieve",
                null,
                WooshPayConstants.CHARGE_ID,
                charges.getData().get(0).getId(),
                Charge.class);
        assertThat(charge.getPaymentIntent()).isEqualTo(intent.getId());
        assertThat(charge.getAmountCaptured()).isEqualTo(1999L);
        assertThat(charge.getAmountRefunded()).isEqualTo(500L);
        assertThat(charge.getMerchantOrderId()).isEqualTo("SO-CH-1");
        assertThat(charge.statusValue()).isEqualTo("succeeded");
    }
}
