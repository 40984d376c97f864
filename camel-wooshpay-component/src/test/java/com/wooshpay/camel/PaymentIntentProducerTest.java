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

import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.CheckoutSessionRequest;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.PaymentIntentRequest;
import com.wooshpay.camel.model.Refund;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies (defaults, overrides, each input type) and the mapping of answers to models and headers. */
class PaymentIntentProducerTest extends WireMockTestSupport {

    private static final String REQUIRES_ACTION = json("""
            {'id':'pi_1664204164491640832','object':'payment_intent','amount':1999,'currency':'HKD',
             'status':'requires_action','created':1665553291000,'livemode':false,'merchant_order_id':'SO-1001',
             '3ds_status':'none','client_secret':'pi_1664204164491640832_secret_abc',
             'next_action':{'type':'redirect_to_url',
                            'alipayplus_handle_redirect':{'normalUrl':'https://sandbox.example/cashier/pi_1'}}}""");

    private void answerCreate(String body) {
        wooshpay.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_7")
                        .withBody(body)));
    }

    @Test
    void fillsAlipayPlusDefaultsFromTheEndpoint() {
        answerCreate(REQUIRES_ACTION);
        Exchange out = template.request(
                "wooshpay:paymentIntent/create?currency=hkd&terminalType=WAP",
                e -> e.getMessage().setBody(Map.of("amount", 1999, "merchant_order_id", "SO-1001")));
        assertThat(out.getException()).isNull();

        wooshpay.verify(postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(equalToJson(json("""
                {'amount':1999,'currency':'HKD','merchant_order_id':'SO-1001','confirm':true,
                 'payment_method_data':{'type':'alipayplus'},'payment_method_types':['alipayplus'],
                 'payment_method_options':{'alipayplus':{'terminal_type':'WAP'}},
                 'return_url':'https://shop.example/return'}"""))));

        PaymentIntent intent = out.getMessage().getBody(PaymentIntent.class);
        assertThat(intent.getId()).isEqualTo("pi_1664204164491640832");
        assertThat(intent.getAmount()).isEqualTo(1999L);
        assertThat(intent.getCreated().toEpochMilli()).isEqualTo(1665553291000L);
        assertThat(intent.getMerchantOrderId()).isEqualTo("SO-1001");
        assertThat(intent.getExtraFields()).containsEntry("3ds_status", "none");
        assertThat(out.getMessage().getHeader(WooshPayConstants.OBJECT_ID)).isEqualTo("pi_1664204164491640832");
        assertThat(out.getMessage().getHeader(WooshPayConstants.STATUS)).isEqualTo("requires_action");
        assertThat(out.getMessage().getHeader(WooshPayConstants.REDIRECT_URL))
                .isEqualTo("https://sandbox.example/cashier/pi_1");
        assertThat(out.getMessage().getHeader(WooshPayConstants.REQUEST_ID)).isEqualTo("req_7");
        assertThat(intent.toString()).doesNotContain("secret");
    }

    @Test
    void bodyWinsOverDefaultsAndHeadersWinOverBody() {
        answerCreate(REQUIRES_ACTION);
        template.requestBodyAndHeaders(
                "wooshpay:paymentIntent/create?currency=HKD",
                json(
                        "{'amount':100,'currency':'PHP','payment_method_data':{'type':'gcash'},'return_url':'https://a.example/r'}"),
                Map.of(WooshPayConstants.AMOUNT, "2500", WooshPayConstants.CURRENCY, "THB"));
        wooshpay.verify(postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(equalToJson(json("""
                {'amount':2500,'currency':'THB','confirm':true,'payment_method_data':{'type':'gcash'},
                 'payment_method_options':{'gcash':{'terminal_type':'WEB'}},'return_url':'https://a.example/r'}"""))));
    }

    @Test
    void acceptsTypedRequestsAndReturnsEveryTypedModel() {
        answerCreate(REQUIRES_ACTION);
        template.requestBody(
                "wooshpay:paymentIntent/create?confirm=false",
                new PaymentIntentRequest().amount(500).currency("myr").captureMethod("manual"));
        wooshpay.verify(postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(equalToJson(json("""
                {'amount':500,'currency':'MYR','capture_method':'manual','confirm':false,
                 'payment_method_data':{'type':'alipayplus'},'payment_method_types':['alipayplus'],
                 'payment_method_options':{'alipayplus':{'terminal_type':'WEB'}}}"""))));

        wooshpay.stubFor(
                post(urlEqualTo("/v1/checkout/sessions"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                json(
                                                        "{'id':'cs_1','object':'checkout.session','status':'open','url':'https://checkout.example/cs_1',"
                                                                + "'expires_at':1665639691214,'line_items':{'object':'list','has_more':null,'data':[{'id':'li_1','object':'item','quantity':2}]}}"))));
        Exchange session = template.request(
                "wooshpay:session/create",
                e -> e.getMessage()
                        .setBody(new CheckoutSessionRequest()
                                .lineItem("Tea", "HKD", 1200, 2)
                                .lineItem("Cup", "HKD", 300, 1)
                                .cancelUrl("https://shop.example/cart")));
        wooshpay.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions")).withRequestBody(equalToJson(json("""
                {'mode':'payment','success_url':'https://shop.example/return','cancel_url':'https://shop.example/cart',
                 'payment_method_types':['alipayplus'],
                 'line_items':[{'quantity':2,'price_data':{'currency':'HKD','unit_amount':1200,'product_data':{'name':'Tea'}}},
                               {'quantity':1,'price_data':{'currency':'HKD','unit_amount':300,'product_data':{'name':'Cup'}}}]}"""))));
        CheckoutSession cs = session.getMessage().getBody(CheckoutSession.class);
        assertThat(cs.getLineItems().getData()).hasSize(1);
        assertThat(cs.getLineItems().isHasMore()).isFalse();
        assertThat(cs.getExpiresAt().toEpochMilli()).isEqualTo(1665639691214L);
        assertThat(session.getMessage().getHeader(WooshPayConstants.REDIRECT_URL))
                .isEqualTo("https://checkout.example/cs_1");
    }

    @Test
    void refundWithOnlyThePaymentIntentHeaderRefundsInFull() {
        wooshpay.stubFor(
                post(urlEqualTo("/v1/refunds"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                json(
                                                        "{'id':'re_1','object':'refund','amount':1999,'status':'succeeded','payment_intent':'pi_9'}"))));
        Refund refund = template.requestBodyAndHeader(
                "wooshpay:refund/create", null, WooshPayConstants.PAYMENT_INTENT_ID, "pi_9", Refund.class);
        assertThat(refund.getStatus()).isEqualTo("succeeded");
        wooshpay.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(equalToJson("{\"payment_intent\":\"pi_9\"}")));
    }

    @Test
    void readsWooshPayQuirksLeniently() {
        // next_action as a JSON-encoded string, payment_method_types as a JSON string, seconds timestamp
        wooshpay.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_2"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(
                                json("{'id':'pi_2','object':'payment_intent','status':'requires_action','created':1665553291,"
                                                + "'payment_method_types':'[\\'gcash\\']',"
                                                + "'next_action':'{\\'type\\':\\'redirect_to_url\\',\\'gcash_handle_redirect\\':{\\'url\\':\\'https://open-sea.example/x\\'}}'}")
                                        .replace("\\'", "\\\""))));
        Exchange out = template.request(
                "wooshpay:paymentIntent/retrieve",
                e -> e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, "pi_2"));
        PaymentIntent intent = out.getMessage().getBody(PaymentIntent.class);
        assertThat(intent.getPaymentMethodTypes()).containsExactly("gcash");
        assertThat(intent.getCreated().getEpochSecond()).isEqualTo(1665553291L);
        assertThat(out.getMessage().getHeader(WooshPayConstants.REDIRECT_URL)).isEqualTo("https://open-sea.example/x");

        // next_action as "" means none
        wooshpay.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(json(
                                "{'id':'pi_3','object':'payment_intent','status':'succeeded','next_action':''}"))));
        Exchange done = template.request("wooshpay:paymentIntent/retrieve", e -> {
            e.getMessage().setHeader(WooshPayConstants.PAYMENT_INTENT_ID, "pi_3");
            e.getMessage().setHeader(WooshPayConstants.REDIRECT_URL, "stale");
        });
        assertThat(done.getMessage().getBody(PaymentIntent.class).getNextAction())
                .isNull();
        assertThat(done.getMessage().getHeader(WooshPayConstants.REDIRECT_URL)).isNull();
    }

    @Test
    void convertsAnswersToJsonAndMapInWooshPayNames() {
        answerCreate(REQUIRES_ACTION);
        Exchange out = template.request(
                "wooshpay:paymentIntent/create?currency=HKD",
                e -> e.getMessage().setBody(Map.of("amount", 1999)));
        String jsonText = out.getMessage().getBody(String.class);
        assertThat(jsonText)
                .contains("\"merchant_order_id\":\"SO-1001\"")
                .contains("\"created\":1665553291000")
                .contains("\"3ds_status\":\"none\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = out.getMessage().getBody(Map.class);
        assertThat(map)
                .containsEntry("id", "pi_1664204164491640832")
                .containsEntry("amount", 1999L)
                .containsEntry("status", "requires_action")
                .containsKey("next_action");
    }

    @Test
    void retrieveTakesTheIdFromAnEarlierAnswerInTheBody() {
        answerCreate(REQUIRES_ACTION);
        wooshpay.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_1664204164491640832"))
                .willReturn(
                        aResponse().withStatus(200).withBody(REQUIRES_ACTION.replace("requires_action", "succeeded"))));
        Object created = template.requestBody("wooshpay:paymentIntent/create?currency=HKD", Map.of("amount", 1999));
        PaymentIntent again = template.requestBody("wooshpay:paymentIntent/retrieve", created, PaymentIntent.class);
        assertThat(again.getStatus()).isEqualTo("succeeded");
        wooshpay.verify(1, WireMock.getRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_1664204164491640832")));
    }
}
