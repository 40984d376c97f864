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
import java.util.Map;
import java.util.stream.Stream;

import com.wooshpay.camel.client.error.WooshPayValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input fails before any HTTP call, with an error that names the field. */
class ValidationTest extends WireMockTestSupport {

    private static final String LINE = "{'quantity':1,'price_data':{'currency':'HKD','unit_amount':500}}";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("paymentIntent/create", "{'currency':'HKD'}", Map.of(), "amount"),
                Arguments.of("paymentIntent/create", "{'amount':0,'currency':'HKD'}", Map.of(), "amount"),
                Arguments.of("paymentIntent/create", "{'amount':-5,'currency':'HKD'}", Map.of(), "amount"),
                Arguments.of("paymentIntent/create", "{'amount':10.5,'currency':'HKD'}", Map.of(), "amount"),
                Arguments.of("paymentIntent/create", "{'amount':'ten','currency':'HKD'}", Map.of(), "amount"),
                Arguments.of("paymentIntent/create", "{'amount':100}", Map.of(), "currency"),
                Arguments.of("paymentIntent/create", "{'amount':100,'currency':'HKDX'}", Map.of(), "currency"),
                Arguments.of("paymentIntent/create", "{'amount':100,'currency':'US'}", Map.of(), "currency"),
                Arguments.of("paymentIntent/create", "{'amount':100,'currency':'USD'}", Map.of(), "currency"),
                Arguments.of(
                        "paymentIntent/create",
                        "{'amount':100,'currency':'HKD'}",
                        Map.of(WooshPayConstants.CURRENCY, "EUR"),
                        "currency"),
                Arguments.of(
                        "paymentIntent/create?returnUrl=",
                        "{'amount':100,'currency':'HKD','return_url':' '}",
                        Map.of(),
                        "return_url"),
                Arguments.of(
                        "paymentIntent/cancel",
                        "{}",
                        Map.of(WooshPayConstants.PAYMENT_INTENT_ID, "pi_1"),
                        "cancellation_reason"),
                Arguments.of(
                        "paymentIntent/capture",
                        "{'amount_to_capture':0}",
                        Map.of(WooshPayConstants.PAYMENT_INTENT_ID, "pi_1"),
                        "amount_to_capture"),
                Arguments.of("paymentIntent/retrieve", "{}", Map.of(), "id"),
                Arguments.of("paymentIntent/search", "{}", Map.of(), "query"),
                Arguments.of("paymentIntent/list", "{'limit':500}", Map.of(), "limit"),
                Arguments.of("refund/create", "{'amount':100}", Map.of(), "payment_intent"),
                Arguments.of("refund/create", "{'payment_intent':'pi_1','amount':-1}", Map.of(), "amount"),
                Arguments.of("refund/create", "{'payment_intent':'pi_1','reason':'bored'}", Map.of(), "reason"),
                Arguments.of("refund/retrieve", "{}", Map.of(), "id"),
                Arguments.of("customer/create", "{'email':'not an email'}", Map.of(), "email"),
                Arguments.of("customer/create", "{'address':'Main St 1'}", Map.of(), "address"),
                Arguments.of("customer/update", "{'email':'ana@example.com'}", Map.of(), "id"),
                Arguments.of("customer/search", "{}", Map.of(), "query"),
                Arguments.of("customer/paymentMethods", "{}", Map.of(), "id"),
                Arguments.of("paymentMethod/create", "{}", Map.of(), "type"),
                Arguments.of("paymentMethod/create", "{'type':'card'}", Map.of(), "card"),
                Arguments.of(
                        "paymentMethod/create",
                        "{'type':'card','card':{'number':'4111','exp_month':3,'exp_year':2027}}",
                        Map.of(),
                        "card.number"),
                Arguments.of(
                        "paymentMethod/create",
                        "{'type':'card','card':{'number':'4111111111111111','exp_month':13,'exp_year':2027}}",
                        Map.of(),
                        "card.exp_month"),
                Arguments.of(
                        "paymentMethod/update",
                        "{'card':{'number':'4111111111111111'}}",
                        Map.of(WooshPayConstants.PAYMENT_METHOD_ID, "pm_1"),
                        "card.number"),
                Arguments.of(
                        "paymentMethod/attach", "{}", Map.of(WooshPayConstants.PAYMENT_METHOD_ID, "pm_1"), "customer"),
                Arguments.of("paymentMethod/detach", "{}", Map.of(), "id"),
                Arguments.of("charge/retrieve", "{}", Map.of(), "id"),
                Arguments.of("session/create", "{'line_items':[]}", Map.of(), "line_items"),
                Arguments.of(
                        "session/create",
                        "{'line_items':[" + LINE + ",{'quantity':1,'price_data':{'currency':'PHP','unit_amount':5}}]}",
                        Map.of(),
                        "line_items[1].price_data.currency"),
                Arguments.of(
                        "session/create",
                        "{'line_items':[{'quantity':0,'price_data':{'currency':'HKD','unit_amount':5}}]}",
                        Map.of(),
                        "line_items[0].quantity"),
                Arguments.of(
                        "session/create",
                        "{'line_items':[{'quantity':1,'price_data':{'currency':'HKD','unit_amount':5,"
                                + "'recurring':{'interval':'month'}}}]}",
                        Map.of(),
                        "line_items[0].price_data.recurring"),
                Arguments.of(
                        "session/create",
                        "{'line_items':[{'quantity':1,'price_data':{'currency':'HKD','unit_amount':0}}]}",
                        Map.of(),
                        "line_items[0].price_data.unit_amount"),
                Arguments.of("session/create?returnUrl=", "{'line_items':[" + LINE + "]}", Map.of(), "success_url"),
                Arguments.of("session/expire", "{}", Map.of(), "id"),
                Arguments.of("webhookEndpoint/create", "{'url':'not a url','enabled_events':['*']}", Map.of(), "url"),
                Arguments.of("webhookEndpoint/create", "{'url':'https://a.example/h'}", Map.of(), "enabled_events"),
                Arguments.of("webhookEndpoint/delete", "{}", Map.of(), "id"),
                Arguments.of("event/retrieve", "{}", Map.of(), "id"),
                Arguments.of("paymentIntent/create", "[1,2]", Map.of(), "body"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("badRequests")
    void refusedBeforeAnyHttpCall(String uri, String body, Map<String, Object> headers, String field) {
        Exchange out = template.request("wooshpay:" + uri, e -> {
            e.getMessage().setBody(json(body));
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertThat(out.getException()).isInstanceOf(WooshPayValidationException.class);
        WooshPayValidationException error = (WooshPayValidationException) out.getException();
        assertThat(error.getField()).isEqualTo(field);
        assertThat(error.getMessage()).contains("'" + field + "'");
        wooshpay.verify(0, anyRequestedFor(anyUrl()));
    }
}
