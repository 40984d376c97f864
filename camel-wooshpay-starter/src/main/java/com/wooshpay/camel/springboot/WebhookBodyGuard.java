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
package com.wooshpay.camel.springboot;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.wooshpay.camel.webhook.WooshPayWebhookConsumer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;

/**
 * Guards the paths of the application's {@code wooshpay:webhook} consumers on a servlet web server, where the
 * request body would otherwise be read whole before the consumer sees it: a declared length over the consumer's
 * maxBodySize is answered 413 before a byte of the body is read, a body growing past it is cut off at the limit,
 * and a body that has not fully arrived within the read timeout is answered 408, so a slow sender holds a request
 * thread for seconds, not for as long as it cares to trickle. The connection is closed after a refusal, so the
 * server does not go on swallowing the rest.
 */
final class WebhookBodyGuard extends HttpFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookBodyGuard.class);

    private final CamelContext camelContext;
    private final Duration readTimeout;

    WebhookBodyGuard(CamelContext camelContext, Duration readTimeout) {
        this.camelContext = camelContext;
        this.readTimeout = readTimeout;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // before anything that could read the body
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        WooshPayWebhookConsumer consumer = "POST".equals(request.getMethod()) ? consumerFor(pathOf(request)) : null;
        if (consumer == null) {
            chain.doFilter(request, response);
            return;
        }
        long max = consumer.getMaxBodySize();
        if (request.getContentLengthLong() > max) {
            refuse(request, response, 413, "payload larger than " + max + " bytes");
            return;
        }
        byte[] body;
        try {
            body = readBounded(request.getInputStream(), max, System.nanoTime() + readTimeout.toNanos());
        } catch (BodyTooLarge e) {
            refuse(request, response, 413, "payload larger than " + max + " bytes");
            return;
        } catch (BodyTooSlow e) {
            refuse(request, response, 408, "the body did not arrive within " + readTimeout.toMillis() + " ms");
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The webhook consumers by path, and the route count they were read at: a POST reads this, not every route. */
    private record Consumers(int routes, Map<String, WooshPayWebhookConsumer> byPath) {}

    private volatile Consumers consumers = new Consumers(-1, Map.of());

    private WooshPayWebhookConsumer consumerFor(String path) {
        Consumers known = consumers;
        int routes = camelContext.getRoutesSize();
        if (known.routes() != routes) {
            // a route was added or removed since: read them again (rare, and cheap for a few routes)
            Map<String, WooshPayWebhookConsumer> byPath = new HashMap<>();
            for (Route route : camelContext.getRoutes()) {
                if (route.getConsumer() instanceof WooshPayWebhookConsumer webhook) {
                    byPath.put(webhook.getPath(), webhook);
                }
            }
            known = new Consumers(routes, Map.copyOf(byPath));
            consumers = known;
        }
        return known.byPath().get(path);
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static byte[] readBounded(InputStream in, long max, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        int read;
        // each read returns as soon as some bytes came (or the server's own socket timeout fires): the deadline is
        // checked between reads, so a trickle of one byte a second is cut off at the deadline
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + read > max) {
                throw new BodyTooLarge();
            }
            body.write(buffer, 0, read);
            if (System.nanoTime() > deadline) {
                throw new BodyTooSlow();
            }
        }
        return body.toByteArray();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        LOG.warn("Refused WooshPay webhook on {} with {}: {}", pathOf(request), status, reason); // never the body
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + reason + "\"}");
        response.flushBuffer();
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("webhook body refused");
        }
    }

    private static final class BodyTooSlow extends IOException {
        BodyTooSlow() {
            super("webhook body refused");
        }
    }

    /** The request with its body already read (and bounded), for the platform-http consumer to read again. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        /**
         * Read as text from the same bytes: camel-spring-boot 4.17's platform-http consumer reads the body through
         * {@code getReader()}, which the servlet container refuses once the guard has taken its input stream.
         */
        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
