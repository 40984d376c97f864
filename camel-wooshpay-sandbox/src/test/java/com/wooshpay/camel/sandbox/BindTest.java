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
package com.wooshpay.camel.sandbox;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox listens on the host it names, not on every interface. */
class BindTest {

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (WooshPaySandbox sandbox = WooshPaySandbox.start(0)) {
            assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
            // bound to 127.0.0.1 only, the same port is still free on another loopback address; bound to every
            // interface (0.0.0.0), this bind would fail with "address already in use"
            try (ServerSocket other = new ServerSocket(sandbox.port(), 1, InetAddress.getByName("127.0.0.2"))) {
                assertThat(other.getLocalPort()).isEqualTo(sandbox.port());
            }
        }
    }
}
