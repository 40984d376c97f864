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
package com.wooshpay.camel.producer;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.wooshpay.camel.WooshPayConfiguration;
import com.wooshpay.camel.WooshPayConstants;
import com.wooshpay.camel.WooshPayEndpoint;
import com.wooshpay.camel.client.ApiResponse;
import com.wooshpay.camel.client.HttpVerb;
import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.client.error.WooshPayValidationException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls one WooshPay operation per exchange: body and headers become the request, the typed answer becomes the
 * body, and the object id, status and redirect URL become headers. Asynchronous: the calling thread goes back to
 * Camel while the call is in flight (and while a retry waits), and the exchange continues on the component's
 * response pool once WooshPay answered, never on the HTTP client's I/O threads (a blocking step after the call, a
 * database update for example, would stall every call in flight).
 */
public class WooshPayProducer extends DefaultAsyncProducer {

    private final WooshPayOperation operation;
    private final WooshPayConfiguration configuration;
    private WooshPayClient client;
    private String idempotencyKeyProperty;
    private Executor continuation;

    public WooshPayProducer(WooshPayEndpoint endpoint) {
        super(endpoint);
        this.operation = endpoint.getOperation();
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public WooshPayEndpoint getEndpoint() {
        return (WooshPayEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // creating the client checks the key and the base URL now, so a misconfigured route fails at start; an
        // endpoint without a key of its own on a component with accounts serves only messages that name one
        if (!getEndpoint().servesOnlyNamedAccounts()) {
            client = getEndpoint().getClient();
        }
        idempotencyKeyProperty =
                IdempotencyKeys.propertyName(operation, getEndpoint().getEndpointKey());
        continuation = getEndpoint().getComponent().responseExecutor();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        CompletableFuture<ApiResponse> call;
        try {
            RequestBody body = RequestBody.of(message.getBody());
            Map<String, Object> params = body.params();
            String id = operation.requiresId() ? objectId(message, body) : null;
            RequestDefaults.apply(operation, configuration, message, params);
            if (operation.isList() && configuration.isAutoPaginate()) {
                // lazy: each page is fetched as the iterator is walked, by whoever walks it
                message.setBody(clientFor(message).paginate(operation, id, params));
                callback.done(true);
                return true;
            }
            WooshPayClient client = clientFor(message);
            String idempotencyKey = operation.verb() == HttpVerb.POST
                    ? IdempotencyKeys.forExchange(exchange, idempotencyKeyProperty)
                    : null;
            call = client.executeAsync(operation, id, params, idempotencyKey);
        } catch (RuntimeException invalid) {
            // a bad request fails here, before any HTTP call, on the caller's thread
            exchange.setException(invalid);
            callback.done(true);
            return true;
        }
        call.whenCompleteAsync(
                (response, failure) -> {
                    if (failure != null) {
                        exchange.setException(WooshPayClient.failureOf(failure));
                    } else {
                        message.setBody(response.value());
                        ResponseHeaders.apply(message, response);
                    }
                    callback.done(false);
                },
                continuation);
        return false;
    }

    /**
     * The endpoint's client, or the client of the account the message names in {@code CamelWooshPayAccount}: only
     * the name travels in the message; an unknown name fails here, before any call.
     */
    private WooshPayClient clientFor(Message message) {
        String account = message.getHeader(WooshPayConstants.ACCOUNT, String.class);
        if (account == null || account.isBlank()) {
            if (client == null) {
                throw new WooshPayValidationException(
                        WooshPayConstants.ACCOUNT,
                        "is required: this endpoint has no apiKey of its own; name one of the accounts "
                                + String.join(
                                        ", ",
                                        getEndpoint()
                                                .getComponent()
                                                .getAccounts()
                                                .keySet()));
            }
            return client;
        }
        try {
            return getEndpoint().clientForAccount(account);
        } catch (IllegalArgumentException unknown) {
            throw new WooshPayValidationException(WooshPayConstants.ACCOUNT, unknown.getMessage());
        }
    }

    /** The id of the object the call is about: the API's id header, else {@code id} in the body. */
    private String objectId(Message message, RequestBody body) {
        String header = WooshPayConstants.idHeaderOf(operation.apiName());
        String id = message.getHeader(header, String.class);
        Object fromBody = body.params().remove("id");
        if (id == null || id.isBlank()) {
            id = fromBody instanceof String s ? s : body.objectId();
        }
        if (id == null || id.isBlank()) {
            throw new WooshPayValidationException(
                    "id", "is required for " + operation + ": set header " + header + " or 'id' in the body");
        }
        return id;
    }
}
