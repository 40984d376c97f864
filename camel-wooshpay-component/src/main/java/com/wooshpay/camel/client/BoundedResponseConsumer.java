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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Collects one answer as it streams in on an I/O thread, refusing to hold more than the configured number of bytes:
 * a declared length over the limit fails at the headers, a longer stream at the byte that crosses it.
 */
final class BoundedResponseConsumer extends AbstractBinResponseConsumer<BoundedResponseConsumer.Answer> {

    /** Status, body and the headers the client uses. */
    record Answer(int status, byte[] body, String requestId, String retryAfter) {}

    /** The answer was larger than allowed; never retried, since a retry would get the same answer. */
    static final class TooLargeException extends IOException {
        private final int status;

        TooLargeException(long limit, int status) {
            super("WooshPay answer is larger than maxResponseSize (" + limit + " bytes)");
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final long limit;
    private HttpResponse response;
    private ByteArrayOutputStream body;

    BoundedResponseConsumer(long limit) {
        this.limit = limit;
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) throws HttpException, IOException {
        this.response = response;
        Header length = response.getFirstHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.getValue().trim());
            } catch (NumberFormatException ignored) {
                // HttpClient itself refuses a malformed length; nothing to pre-size
            }
        }
        if (declared > limit) {
            throw new TooLargeException(limit, response.getCode());
        }
        // the usual case: one array of the announced size
        this.body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        int n = src.remaining();
        if (body.size() + (long) n > limit) {
            throw new TooLargeException(limit, response.getCode());
        }
        if (src.hasArray()) {
            body.write(src.array(), src.arrayOffset() + src.position(), n);
            src.position(src.limit());
        } else {
            byte[] chunk = new byte[n];
            src.get(chunk);
            body.write(chunk, 0, n);
        }
    }

    @Override
    protected Answer buildResult() {
        return new Answer(
                response.getCode(),
                body == null ? new byte[0] : body.toByteArray(),
                header("Request-Id", "X-Request-Id"),
                header(HttpHeaders.RETRY_AFTER));
    }

    private String header(String... names) {
        for (String name : names) {
            Header header = response.getFirstHeader(name);
            if (header != null) {
                return header.getValue();
            }
        }
        return null;
    }

    @Override
    public void releaseResources() {
        body = null;
    }
}
