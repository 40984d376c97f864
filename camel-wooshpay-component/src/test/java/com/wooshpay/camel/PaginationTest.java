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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.wooshpay.camel.model.Event;
import com.wooshpay.camel.model.ListPage;
import com.wooshpay.camel.model.PaymentIntent;
import com.wooshpay.camel.model.Refund;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** One page by default; with autoPaginate an iterator that fetches pages lazily and keeps the filters. */
class PaginationTest extends WireMockTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all-refunds")
                        .to("wooshpay:refund/list?autoPaginate=true")
                        .split(body())
                        .streaming()
                        .to("mock:refund");
            }
        };
    }

    private static String page(boolean hasMore, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.isEmpty() ? "" : ",")
                    .append("{'id':'")
                    .append(id)
                    .append("','object':'refund','amount':100}");
        }
        return json("{'object':'list','url':'/v1/refunds','has_more':" + hasMore + ",'data':[" + data + "]}");
    }

    private void stubThreePages() {
        wooshpay.stubFor(get(urlPathEqualTo("/v1/refunds"))
                .withQueryParam("starting_after", absent())
                .willReturn(aResponse().withStatus(200).withBody(page(true, "re_1", "re_2"))));
        wooshpay.stubFor(get(urlPathEqualTo("/v1/refunds"))
                .withQueryParam("starting_after", equalTo("re_2"))
                .willReturn(aResponse().withStatus(200).withBody(page(true, "re_3", "re_4"))));
        wooshpay.stubFor(get(urlPathEqualTo("/v1/refunds"))
                .withQueryParam("starting_after", equalTo("re_4"))
                .willReturn(aResponse().withStatus(200).withBody(page(false, "re_5"))));
    }

    @Test
    void listReturnsOnePageWithHasMoreAndSendsFiltersAsQuery() {
        stubThreePages();
        Exchange out = template.request(
                "wooshpay:refund/list",
                e -> e.getMessage().setBody(json("{'limit':2,'created':{'gte':1665553291000}}")));
        ListPage<?> page = out.getMessage().getBody(ListPage.class);
        assertThat(page.getData())
                .hasSize(2)
                .allSatisfy(item -> assertThat(item).isInstanceOf(Refund.class));
        assertThat(out.getMessage().getHeader(WooshPayConstants.HAS_MORE)).isEqualTo(true);
        wooshpay.verify(getRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withQueryParam("limit", equalTo("2"))
                .withQueryParam("created[gte]", equalTo("1665553291000")));
    }

    @Test
    void autoPaginateStreamsEveryItemThroughSplit() throws Exception {
        stubThreePages();
        MockEndpoint mock = getMockEndpoint("mock:refund");
        mock.expectedMessageCount(5);
        template.sendBody("direct:all-refunds", Map.of("limit", 2));
        mock.assertIsSatisfied();
        List<String> ids = mock.getExchanges().stream()
                .map(e -> e.getMessage().getBody(Refund.class).getId())
                .toList();
        assertThat(ids).containsExactly("re_1", "re_2", "re_3", "re_4", "re_5");
        // the filter is kept on every page
        wooshpay.verify(3, getRequestedFor(urlPathEqualTo("/v1/refunds")).withQueryParam("limit", equalTo("2")));
    }

    @Test
    void autoPaginateIsLazy() {
        stubThreePages();
        Iterator<?> items = template.requestBody("wooshpay:refund/list?autoPaginate=true", null, Iterator.class);
        wooshpay.verify(0, getRequestedFor(urlPathEqualTo("/v1/refunds")));
        assertThat(items.hasNext()).isTrue();
        items.next();
        items.next();
        wooshpay.verify(1, getRequestedFor(urlPathEqualTo("/v1/refunds")));
        items.next();
        wooshpay.verify(2, getRequestedFor(urlPathEqualTo("/v1/refunds")));
    }

    @Test
    void searchFollowsNextPageAndSendsTheQuery() {
        wooshpay.stubFor(
                get(urlPathEqualTo("/v1/payment_intents/search"))
                        .withQueryParam("page", absent())
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                json(
                                                        "{'object':'search_result','has_more':true,'next_page':'p2','data':[{'id':'pi_1','object':'payment_intent'}]}"))));
        wooshpay.stubFor(
                get(urlPathEqualTo("/v1/payment_intents/search"))
                        .withQueryParam("page", equalTo("p2"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                json(
                                                        "{'object':'search_result','has_more':null,'data':[{'id':'pi_2','object':'payment_intent'}]}"))));
        Iterator<?> items = template.requestBodyAndHeader(
                "wooshpay:paymentIntent/search?autoPaginate=true",
                null,
                WooshPayConstants.SEARCH_QUERY,
                "merchant_order_id:'SO-1'",
                Iterator.class);
        List<String> ids = new ArrayList<>();
        items.forEachRemaining(item -> ids.add(((PaymentIntent) item).getId()));
        assertThat(ids).containsExactly("pi_1", "pi_2");
        wooshpay.verify(
                2,
                getRequestedFor(urlPathEqualTo("/v1/payment_intents/search"))
                        .withQueryParam("query", equalTo("merchant_order_id:'SO-1'")));
    }

    @Test
    void eventsAreTypedAndKeepTheirRawJson() {
        wooshpay.stubFor(
                get(urlPathEqualTo("/v1/events"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                json(
                                                        "{'object':'list','has_more':false,'data':[{'id':'evt_1','object':'event','type':'charge.refund.updated',"
                                                                + "'created':1665553291000,'data':{'object':{'id':'re_9','object':'refund','status':'succeeded'}}}]}"))));
        ListPage<?> page = template.requestBody("wooshpay:event/list", null, ListPage.class);
        Event event = (Event) page.getData().get(0);
        assertThat(event.getDataObject()).isInstanceOf(Refund.class);
        assertThat(event.getDataObject(Refund.class).getStatus()).isEqualTo("succeeded");
        assertThat(event.getRawJson()).contains("\"re_9\"").startsWith("{\"id\":\"evt_1\"");
        assertThat(context.getTypeConverter().convertTo(String.class, event)).isEqualTo(event.getRawJson());
    }
}
