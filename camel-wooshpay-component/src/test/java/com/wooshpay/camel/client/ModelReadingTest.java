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
package com.wooshpay.camel.client;

import java.time.Duration;
import java.time.Instant;

import com.wooshpay.camel.model.CheckoutSession;
import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.GenericObject;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.WooshPayJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Camel-free model reads WooshPay's documented shapes and quirks, and writes them back unchanged. */
class ModelReadingTest {

    private static String json(String s) {
        return s.replace('\'', '"');
    }

    @Test
    void timestampsInSecondsOrMilliseconds() {
        assertThat(WooshPayJson.read(json("{'created':1665553291000}"), PaymentIntent.class)
                        .getCreated())
                .isEqualTo(Instant.ofEpochMilli(1665553291000L));
        assertThat(WooshPayJson.read(json("{'created':1665553291}"), PaymentIntent.class)
                        .getCreated())
                .isEqualTo(Instant.ofEpochSecond(1665553291L));
        assertThat(WooshPayJson.read(json("{'created':'1665553291000'}"), PaymentIntent.class)
                        .getCreated())
                .isEqualTo(Instant.ofEpochMilli(1665553291000L));
        assertThat(WooshPayJson.read(json("{'created':null}"), PaymentIntent.class)
                        .getCreated())
                .isNull();
    }

    @Test
    void redirectUrlFromEveryDocumentedNextActionShape() {
        String[][] cases = {
            {"{'type':'redirect_to_url','alipayplus_handle_redirect':{'url':'https://a/1'}}", "https://a/1"},
            {
                "{'type':'redirect_to_url','alipayplus_handle_redirect':{'normalUrl':'https://a/2','applinkUrl':'app://x'}}",
                "https://a/2"
            },
            {"{'type':'redirect_to_url','dana_handle_redirect':{'url':'https://a/3'}}", "https://a/3"},
            {
                "{'type':'challenge_redirect','challenge_redirect':{'url':'https://a/4','return_url':'https://r'}}",
                "https://a/4"
            },
            {
                "{'type':'bank_transfer_id_handle_redirect','bank_transfer_id_handle_redirect':{'url':'https://a/5'}}",
                "https://a/5"
            },
        };
        for (String[] c : cases) {
            PaymentIntent intent = WooshPayJson.read("{\"next_action\":" + json(c[0]) + "}", PaymentIntent.class);
            assertThat(intent.getRedirectUrl()).as(c[0]).isEqualTo(c[1]);
            String asString = WooshPayJson.write(json(c[0]));
            assertThat(WooshPayJson.read("{\"next_action\":" + asString + "}", PaymentIntent.class)
                            .getRedirectUrl())
                    .as("as JSON string " + c[0])
                    .isEqualTo(c[1]);
        }
        assertThat(WooshPayJson.read(json("{'next_action':''}"), PaymentIntent.class)
                        .getRedirectUrl())
                .isNull();
        assertThat(WooshPayJson.read(json("{'next_action':null}"), PaymentIntent.class)
                        .getRedirectUrl())
                .isNull();
    }

    @Test
    void listsAsAnArrayAJsonStringOrOneValue() {
        String[][] cases = {
            {"['alipayplus','card']", "[alipayplus, card]"},
            {"'[\\'alipayplus\\',\\'card\\']'".replace("\\'", "\\\""), "[alipayplus, card]"},
            {"'alipayplus'", "[alipayplus]"},
            {"[]", "[]"},
            {"['a',7,true,null,{'x':1},['y']]", "[a, 7, true, null, , ]"},
            {"7", "[7]"},
        };
        assertReadsAs("payment_method_types", PaymentIntent::getPaymentMethodTypes, cases);
        assertThatThrownBy(() -> WooshPayJson.read(json("{'payment_method_types':['a','b'"), PaymentIntent.class))
                .as("an answer cut off inside the list")
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void jsonFieldsAsAnObjectAJsonStringOrText() {
        String[][] cases = {
            {"{'alipayplus':{'terminal_type':'WEB'}}", "{\"alipayplus\":{\"terminal_type\":\"WEB\"}}"},
            {"'{\\'alipayplus\\':{}}'".replace("\\'", "\\\""), "{\"alipayplus\":{}}"},
            {"'[1,2]'", "[1,2]"},
            {"'plain text'", "\"plain text\""},
            {"'{not json'", "\"{not json\""},
            {"[1,{'a':2}]", "[1,{\"a\":2}]"},
            {"12", "12"},
        };
        assertReadsAs("payment_method_options", PaymentIntent::getPaymentMethodOptions, cases);
    }

    /**
     * Each {@code cases} row: the field's JSON (quotes as ') and what it reads as; the field after it is still read,
     * and every empty shape reads as null.
     */
    private static void assertReadsAs(
            String field, java.util.function.Function<PaymentIntent, Object> value, String[][] cases) {
        for (String[] c : cases) {
            PaymentIntent intent =
                    WooshPayJson.read(json("{'" + field + "':" + c[0] + ",'status':'ok'}"), PaymentIntent.class);
            assertThat(String.valueOf(value.apply(intent))).as(c[0]).isEqualTo(c[1]);
            assertThat(intent.getStatus()).as("the field after " + c[0]).isEqualTo("ok");
        }
        for (String empty : new String[] {"null", "''", "'  '", "'null'"}) {
            assertThat(value.apply(WooshPayJson.read(json("{'" + field + "':" + empty + "}"), PaymentIntent.class)))
                    .as(field + " " + empty)
                    .isNull();
        }
    }

    @Test
    void unknownFieldsSurviveARoundTrip() {
        String original =
                json("{'id':'pi_1','object':'payment_intent','brand_new_field':{'a':[1,2]},'3ds_status':'y'}");
        PaymentIntent intent = WooshPayJson.read(original, PaymentIntent.class);
        assertThat(WooshPayJson.write(intent))
                .contains("\"brand_new_field\":{\"a\":[1,2]}")
                .contains("\"3ds_status\":\"y\"");
    }

    @Test
    void eventDataObjectIsTypedByItsObjectName() {
        Event event = Event.fromJson(json("{'id':'evt_1','object':'event','type':'checkout.session.completed',"
                + "'data':{'object':{'id':'cs_1','object':'checkout.session','status':'complete'}}}"));
        assertThat(event.getDataObject()).isInstanceOf(CheckoutSession.class);
        assertThat(event.statusValue()).isEqualTo("complete");
        Event other = Event.fromJson(
                json(
                        "{'id':'evt_2','type':'payout.paid','data':{'object':{'id':'po_1','object':'payout','status':'paid'}}}"));
        assertThat(other.getDataObject()).isInstanceOf(GenericObject.class);
        assertThat(other.getDataObject().statusValue()).isEqualTo("paid");
    }

    @Test
    void retryAfterAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.parseRetryAfter("Thu, 26 Nov 2026 10:00:05 GMT", now))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isNull();
        assertThat(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)).delay(0, "3600"))
                .isEqualTo(RetryPolicy.MAX_RETRY_AFTER);
    }
}
