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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.StaticService;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The platform-http server for Camel Main on Vert.x, with the limits a public webhook endpoint needs and Camel 4.22's
 * {@code VertxPlatformHttpServer} cannot be given (it builds its {@code HttpServerOptions} itself, with no timeouts):
 * <ul>
 * <li>an <b>idle timeout</b>: a connection that sends nothing for {@code idleTimeout} is closed, whether it stalled in
 * the middle of its request head or waits after an answer;</li>
 * <li>a <b>request deadline</b>: once the head is in, the answer must be written within {@code requestTimeout}, else
 * 408 and the connection is closed (a body trickling in a byte at a time, a route that hangs);</li>
 * <li>the <b>body bound</b> before buffering, and a bounded request line (4 KiB) and head (8 KiB).</li>
 * </ul>
 * What it cannot do: put a deadline on the first request head of a connection (Vert.x tells a server of a connection
 * only when its first request head is complete), so a head trickled faster than the idle timeout is bounded by the
 * head size limits alone; put a reverse proxy in front where that matters.
 * It serves Camel's platform-http consumers through Camel's own extension point: a {@link VertxPlatformHttpRouter}
 * bound in the registry, which the Vert.x platform-http engine looks up. Add it as a service before the routes start.
 */
public final class BoundedHttpServer extends ServiceSupport implements CamelContextAware, StaticService {

    /** What a request may take. */
    public record Limits(long maxBodySize, Duration idleTimeout, Duration requestTimeout) {

        /** 2 MiB, 10 s without a byte, 30 s from request head to answer. */
        public static final Limits WEBHOOK =
                new Limits(2L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private final String host;
    private final int port;
    private final Limits limits;
    private CamelContext camelContext;
    private Vertx vertx;
    private HttpServer server;

    public BoundedHttpServer(String host, int port, Limits limits) {
        this.host = host;
        this.port = port;
        this.limits = limits;
    }

    @Override
    protected void doStart() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        long maxBodySize = limits.maxBodySize();
        VertxPlatformHttpRouter camelRouter =
                new VertxPlatformHttpRouter(null, vertx, router, VertxPlatformHttpRouter.getRouterNameFromPort(port)) {
                    @Override
                    public Handler<RoutingContext> bodyHandler() {
                        // a larger body is answered 413 as it arrives, before it is buffered whole
                        return BodyHandler.create(false).setBodyLimit(maxBodySize);
                    }
                };
        // the engine finds the port from a server configuration in the registry, then the router by the port's name
        VertxPlatformHttpServerConfiguration described = new VertxPlatformHttpServerConfiguration();
        described.setBindHost(host);
        described.setBindPort(port);
        described.setMaxBodySize(maxBodySize);
        camelContext.getRegistry().bind("boundedHttpServerConfiguration", described);
        camelContext.getRegistry().bind(VertxPlatformHttpRouter.getRouterNameFromPort(port), camelRouter);
        HttpServerOptions options = new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setIdleTimeout((int) limits.idleTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxInitialLineLength(4096)
                .setMaxHeaderSize(8192);
        server = vertx.createHttpServer(options).requestHandler(request -> {
            bound(request);
            router.handle(request);
        });
        server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** The answer must be written within {@code requestTimeout} of the head. */
    private void bound(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        long timer = vertx.setTimer(limits.requestTimeout().toMillis(), id -> {
            if (!request.response().ended() && !request.response().closed()) {
                request.response()
                        .setStatusCode(408)
                        .putHeader("Connection", "close")
                        .end();
            }
            connection.close();
        });
        request.response().endHandler(ended -> vertx.cancelTimer(timer));
        request.response().closeHandler(closed -> vertx.cancelTimer(timer));
    }

    @Override
    protected void doStop() throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            server = null;
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx = null;
        }
    }

    /** The port it listens on (the one asked for, or the one chosen for 0). */
    public int getPort() {
        return server != null ? server.actualPort() : port;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }
}
