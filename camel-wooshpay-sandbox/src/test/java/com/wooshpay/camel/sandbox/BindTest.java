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
