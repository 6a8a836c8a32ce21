package org.elige.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads request bodies with a size limit and a deadline: a declared or actual length over the
 * limit is a 413 before anything is parsed, a body that says it is not JSON is a 415, and a body
 * that has not wholly arrived within the body timeout (counted from the first read, however the
 * bytes trickle in: it does not restart with each byte) is a 408 and the connection is closed.
 * Most bodies are already in memory when read here ({@link WholeBodies} received them); the
 * deadline matters for the rest (one declared over the limit, drained before its 413).
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
    private final Duration timeout;
    private final Metrics metrics;

    Bodies(long limit, Duration timeout, Metrics metrics) {
        this.limit = limit;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    long limit() {
        return limit;
    }

    /** The whole body, at most {@link #limit()} bytes, read by the body deadline (or the request's, if sooner). */
    byte[] read(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type != null && !isJson(type)) {
            throw Reply.fail(ctx, 415, "unsupported_media_type", type);
        }
        long declared = ctx.req().getContentLengthLong();
        long deadline = Math.min(System.nanoTime() + timeout.toNanos(), Limits.deadline(ctx));
        Deadline clock = new Deadline(ctx, deadline);
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > limit) {
                drain(in, clock);
                throw Reply.fail(ctx, 413, "too_large", limit);
            }
            byte[] body = readUpTo(in, (int) Math.min(Integer.MAX_VALUE - 8, limit + 1), clock);
            if (body.length > limit) {
                drain(in, clock);
                throw Reply.fail(ctx, 413, "too_large", limit);
            }
            return body;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            if (clock.passed() || timedOut(e)) {
                metrics.limited("body_timeout");
                ctx.header("Connection", "close");
                throw Reply.fail(ctx, 408, "body_timeout", timeout.toSeconds());
            }
            throw Reply.fail(ctx, 400, "unreadable");
        } finally {
            clock.restore();
        }
    }

    private static byte[] readUpTo(InputStream in, int most, Deadline clock) throws IOException {
        byte[] buf = new byte[Math.min(most, 8192)];
        int n = 0;
        while (n < most) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(most, 2L * buf.length));
            }
            clock.beforeRead();
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    private static void drain(InputStream in, Deadline clock) throws IOException {
        byte[] buf = new byte[8192];
        long left = DRAIN;
        while (left > 0) {
            clock.beforeRead();
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                return;
            }
            left -= r;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(String type) {
        String t = type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return t.equals("application/json") || t.endsWith("+json");
    }

    /**
     * The body's deadline, enforced on a blocking read: before each read the connection's idle
     * timeout is cut to the time left, so a read waiting for bytes that do not come fails at the
     * deadline instead of waiting for the next byte; the connection's own idle timeout is put back
     * afterwards.
     */
    private static final class Deadline {
        private final long at;
        private final EndPoint endPoint;
        private final long idle;

        Deadline(Context ctx, long at) {
            this.at = at;
            ServletContextRequest core = ServletContextRequest.getServletContextRequest(ctx.req());
            this.endPoint = core == null
                    ? null
                    : core.getConnectionMetaData().getConnection().getEndPoint();
            this.idle = endPoint == null ? 0 : endPoint.getIdleTimeout();
        }

        boolean passed() {
            return System.nanoTime() - at >= 0;
        }

        void beforeRead() throws IOException {
            long left = at - System.nanoTime();
            if (left <= 0) {
                throw new IOException(new TimeoutException("body deadline"));
            }
            if (endPoint != null) {
                long ms = Math.max(1, TimeUnit.NANOSECONDS.toMillis(left));
                endPoint.setIdleTimeout(idle > 0 ? Math.min(idle, ms) : ms);
            }
        }

        void restore() {
            if (endPoint != null) {
                endPoint.setIdleTimeout(idle);
            }
        }
    }
}
