package org.elige.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads request bodies with a size limit: a declared or actual length over the limit is a 413
 * before anything is parsed, and a body that says it is not JSON is a 415.
 */
final class Bodies {
    /** The default limit, 1 MiB. */
    static final long DEFAULT_LIMIT = 1024 * 1024;
    /**
     * How much of a refused body is read and thrown away before the 413, so that a client still
     * sending it gets the answer instead of a reset connection; beyond this the connection closes.
     */
    static final long DRAIN = 16L * 1024 * 1024;
    private final long limit;

    Bodies(long limit) {
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The whole body, at most {@link #limit()} bytes. */
    byte[] read(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type != null && !isJson(type)) {
            throw Reply.fail(ctx, 415, "unsupported_media_type", type);
        }
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > limit) {
                drain(in);
                throw Reply.fail(ctx, 413, "too_large", limit);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                drain(in);
                throw Reply.fail(ctx, 413, "too_large", limit);
            }
            return body;
        } catch (IOException e) {
            throw Reply.fail(ctx, 400, "unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static void drain(InputStream in) throws IOException {
        long left = DRAIN;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static boolean isJson(String type) {
        String t = type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return t.equals("application/json") || t.endsWith("+json");
    }
}
