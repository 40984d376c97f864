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

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts option as a Camel Main application sets it: properties only, the name as a map key. */
class AccountsUnderMainTest {

    @Test
    void accountsAreBoundFromProperties() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.wooshpay.accounts[hk].api-key", "sk_test_main_hk_0001");
        main.addInitialProperty("camel.component.wooshpay.accounts[hk].webhook-path", "/hooks/hk");
        main.addInitialProperty("camel.component.wooshpay.accounts[sg].api-key", "sk_test_main_sg_0002");
        main.addInitialProperty("camel.component.wooshpay.accounts[sg].base-url", "https://apitest.wooshpay.com");
        main.start();
        try {
            WooshPayComponent component = main.getCamelContext().getComponent("wooshpay", WooshPayComponent.class);
            assertThat(component.getAccounts()).containsOnlyKeys("hk", "sg");
            assertThat(component.account("hk").getApiKey()).isEqualTo("sk_test_main_hk_0001");
            assertThat(component.account("hk").getWebhookPath()).isEqualTo("/hooks/hk");
            assertThat(component.account("sg").getBaseUrl()).isEqualTo("https://apitest.wooshpay.com");

            WooshPayEndpoint sg = main.getCamelContext()
                    .getEndpoint("wooshpay:paymentIntent/create?account=sg", WooshPayEndpoint.class);
            assertThat(sg.getConfiguration().getApiKey()).isEqualTo("sk_test_main_sg_0002");
            assertThat(sg.getConfiguration().getBaseUrl()).isEqualTo("https://apitest.wooshpay.com");
            assertThat(sg.getConfiguration().getWebhookPath()).isEqualTo("/wooshpay/webhook/sg");
            // what Camel prints of the endpoint names the account, never its key
            assertThat(sg.getEndpointUri()).doesNotContain("sk_test_main_sg_0002");
            assertThat(component.account("sg").toString()).doesNotContain("sk_test_main_sg_0002");
        } finally {
            main.stop();
        }
    }
}
