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
        if (declared > limit) {
            throw Reply.fail(ctx, 413, "too_large", limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw Reply.fail(ctx, 413, "too_large", limit);
            }
            return body;
        } catch (IOException e) {
            throw Reply.fail(ctx, 400, "unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static boolean isJson(String type) {
        String t = type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return t.equals("application/json") || t.endsWith("+json");
    }
}
