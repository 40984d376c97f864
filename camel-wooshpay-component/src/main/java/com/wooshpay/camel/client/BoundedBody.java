package com.wooshpay.camel.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.core5.http.HttpEntity;

/** Reads an answer body, refusing to hold more than the configured number of bytes in memory. */
final class BoundedBody {

    /** The answer was larger than allowed; never retried, since a retry would get the same answer. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("WooshPay answer is larger than maxResponseSize (" + limit + " bytes)");
        }
    }

    private static final byte[] EMPTY = new byte[0];

    private BoundedBody() {
    }

    static byte[] read(HttpEntity entity, long limit) throws IOException {
        if (entity == null) {
            return EMPTY;
        }
        long declared = entity.getContentLength();
        if (declared > limit) {
            throw new TooLargeException(limit);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return EMPTY;
            }
            if (declared >= 0) {
                // the usual case: one array of exactly the announced size, no copying
                byte[] body = in.readNBytes((int) declared);
                if (in.read() != -1) {
                    throw new IOException("WooshPay answer is longer than its Content-Length");
                }
                return body;
            }
            return readChunked(in, limit);
        }
    }

    private static byte[] readChunked(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[4096];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
