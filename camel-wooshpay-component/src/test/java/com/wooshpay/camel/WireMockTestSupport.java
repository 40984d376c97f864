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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Camel tests against a WireMock stub of the WooshPay API on loopback. The wooshpay component is pointed at it with
 * a test key and near-zero retry delays; each test stubs the answers it needs and checks what went over the wire.
 */
public abstract class WireMockTestSupport extends CamelTestSupport {

    public static final String API_KEY = "sk_test_51HxUnitTestKeyDoNotUse0000";

    protected static WireMockServer wooshpay;

    @BeforeAll
    static void startStub() {
        wooshpay = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().containerThreads(40));
        wooshpay.start();
    }

    @AfterAll
    static void stopStub() {
        wooshpay.stop();
    }

    @BeforeEach
    void resetStub() {
        wooshpay.resetAll();
    }

    protected static String baseUrl() {
        return "http://127.0.0.1:" + wooshpay.port();
    }

    protected static WireMock stub() {
        return new WireMock(wooshpay);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.wooshpayOn(context, baseUrl(), API_KEY).setRetryMaxDelay(5);
        return context;
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
