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

import com.wooshpay.camel.sandbox.junit.WooshPaySandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Camel tests against the embedded sandbox: the component on its URL with an account of the test's own, no faults left behind. */
abstract class SandboxTestSupport extends CamelTestSupport {

    @RegisterExtension
    static WooshPaySandboxExtension sandbox = new WooshPaySandboxExtension();

    /** A fresh sandbox account per test instance: any sk_test_ key opens one. */
    protected final String apiKey = "sk_test_" + getClass().getSimpleName() + "_" + System.nanoTime();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TestServers.wooshpayOn(context, sandbox.get().baseUrl(), apiKey);
        return context;
    }

    @AfterEach
    void clearFaults() {
        sandbox.get().faults().clear();
    }
}
