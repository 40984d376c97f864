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

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** The API key goes only over HTTPS, or over plain HTTP to this machine (the embedded sandbox). */
final class TransportSecurity {

    private TransportSecurity() {}

    static URI checkedBaseUrl(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(Strings.withoutTrailingSlash(baseUrl));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + baseUrl, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("baseUrl must be an absolute https URL, was " + baseUrl);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing to send the WooshPay API key over plain HTTP to "
                    + uri.getHost() + ": use https, or http only to a loopback host such as the embedded sandbox");
        }
        return uri;
    }

    /**
     * Plain HTTP through a proxy hands the key to the proxy in clear text: allowed only when the proxy is on this
     * machine too. HTTPS goes through a proxy as a tunnel, so any proxy is fine.
     */
    static void checkProxy(URI baseUrl, String proxyHost) {
        if (proxyHost != null
                && !proxyHost.isBlank()
                && "http".equalsIgnoreCase(baseUrl.getScheme())
                && !isLoopback(proxyHost)) {
            throw new IllegalArgumentException(
                    "Refusing to send the WooshPay API key over plain HTTP through the proxy " + proxyHost
                            + ": use an https baseUrl, or a proxy on a loopback host");
        }
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only IP literals are checked: a DNS name other than localhost is never trusted to stay on this machine
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
