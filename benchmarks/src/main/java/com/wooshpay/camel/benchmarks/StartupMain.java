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
package com.wooshpay.camel.benchmarks;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.Main;

/**
 * A minimal Camel Main application for the start-up measurement: {@code wooshpay <port>} serves one
 * {@code wooshpay:webhook} route, {@code bare <port>} one bare platform-http route. Runs until killed.
 */
public final class StartupMain {

    private StartupMain() {}

    public static void main(String[] args) throws Exception {
        boolean wooshpay = "wooshpay".equals(args[0]);
        int port = Integer.parseInt(args[1]);
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindHost("127.0.0.1");
                server.setBindPort(port);
                getContext().addService(new VertxPlatformHttpServer(server));
                if (wooshpay) {
                    from("wooshpay:webhook?webhookSecret=RAW(" + WebhookBenchmark.SECRET + ")")
                            .setBody(constant("ok"));
                } else {
                    from("platform-http:/wooshpay/webhook?httpMethodRestrict=POST")
                            .setBody(constant("ok"));
                }
            }
        });
        main.run();
    }
}
