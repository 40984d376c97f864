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
package com.wooshpay.camel.examples.yaml;

import java.util.Properties;

import com.wooshpay.camel.sandbox.WooshPaySandbox;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs the YAML routes with Camel Main: an HTTP server on Vert.x for platform-http with the limits a public webhook
 * needs ({@link BoundedHttpServer}; camel-platform-http-main is not available for Camel 4.22 here), and the embedded WooshPay sandbox when no key is set
 * ({@code WOOSHPAY_API_KEY} or {@code -Dwooshpay.api-key=...}).
 */
public final class YamlRouteApplication {

    private YamlRouteApplication() {}

    public static void main(String[] args) throws Exception {
        Main main = create(Integer.getInteger("http.port", 8081), null);
        main.run(args);
    }

    /** A Main ready to start: the given properties override application.properties (tests use it). */
    public static Main create(int port, Properties overrides) {
        Main main = new Main(YamlRouteApplication.class);
        Properties props = new Properties();
        props.setProperty("http.port", Integer.toString(port));
        if (overrides != null) {
            props.putAll(overrides);
        }
        String apiKey = props.getProperty(
                "camel.component.wooshpay.api-key",
                System.getProperty("wooshpay.api-key", System.getenv("WOOSHPAY_API_KEY")));
        WooshPaySandbox sandbox = null;
        if (apiKey == null || apiKey.isBlank()) {
            sandbox = WooshPaySandbox.start(0);
            props.setProperty("camel.component.wooshpay.api-key", sandbox.apiKey());
            props.setProperty("camel.component.wooshpay.base-url", sandbox.baseUrl());
            System.out.println("No WooshPay API key: using the embedded sandbox at " + sandbox.baseUrl());
        } else {
            props.setProperty("camel.component.wooshpay.api-key", apiKey);
        }
        main.setOverrideProperties(props);
        WooshPaySandbox started = sandbox;
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                // bodies bounded before buffering, idle and request deadlines (see BoundedHttpServer)
                try {
                    support.getCamelContext()
                            .addService(new BoundedHttpServer("0.0.0.0", port, BoundedHttpServer.Limits.WEBHOOK));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void afterStop(BaseMainSupport support) {
                if (started != null) {
                    started.close();
                }
            }
        });
        return main;
    }
}
