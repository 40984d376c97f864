package com.wooshpay.camel.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an answer body, refusing to hold more than the configured number of bytes in memory. */
final class BoundedBody {

    /** The answer was larger than allowed; never retried, since a retry would get the same answer. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("WooshPay answer is larger than maxResponseSize (" + limit + " bytes)");
        }
    }

    private BoundedBody() {
    }

    static byte[] read(InputStream in, long limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
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
