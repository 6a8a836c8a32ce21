package org.elige.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.elige.input.Json;
import org.elige.model.Messages;

/**
 * Receives an API request's whole body before any thread serves it, so that slow clients cost a
 * connection and the bytes they sent, never a worker thread or a place among the requests in
 * progress. Jetty hands over the body as it arrives; only when it is complete is the request
 * passed on to the API (which then reads it from memory). Until then:
 * <ul>
 * <li>the body must be complete within the body timeout, counted from the request's headers and
 * not restarted by each byte (408 and the connection closes);</li>
 * <li>it may not grow beyond the body limit (413);</li>
 * <li>a token may have at most {@code --per-token} bodies arriving at once (429);</li>
 * <li>all bodies arriving at once hold at most {@code --max-active} times the body limit in memory
 * (503).</li>
 * </ul>
 * Only requests that will be read are held: a POST under the API with a body, sent as JSON, with a
 * token the tokens file knows (or, in development mode, from this machine). Any other request goes
 * straight on, and the API refuses it (401, 413, 415) without reading its body.
 */
final class WholeBodies extends Handler.Wrapper {
    private final long limit;
    private final Duration timeout;
    private final int perToken;
    private final long budget;
    private final TokenStore tokens;
    private final boolean dev;
    private final Metrics metrics;
    private final AtomicLong held = new AtomicLong();
    private final Map<String, AtomicInteger> arriving = new ConcurrentHashMap<>();

    WholeBodies(ServerOptions o, TokenStore tokens, Metrics metrics) {
        this.limit = o.maxBody();
        this.timeout = o.bodyTimeout();
        this.perToken = o.perToken();
        this.budget = (long) o.maxActive() * o.maxBody();
        this.tokens = tokens;
        this.dev = o.dev();
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String key = holder(request);
        if (key == null) {
            return super.handle(request, response, callback);
        }
        AtomicInteger mine = arriving.computeIfAbsent(key, k -> new AtomicInteger());
        if (!dev && mine.incrementAndGet() > perToken) {
            mine.decrementAndGet();
            metrics.limited("per_token");
            answer(request, response, callback, 429, "token_busy", "1", perToken);
            return true;
        }
        if (dev) {
            mine.incrementAndGet();
        }
        new Arrival(request, response, callback, mine).start();
        return true;
    }

    /** The key of the token that will be served, when the request is one to receive whole; else null. */
    private String holder(Request request) {
        if (!"POST".equals(request.getMethod())
                || !Request.getPathInContext(request).startsWith(Server.API + "/")) {
            return null;
        }
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared == 0 || declared > limit || declared < 0 && !chunked) {
            return null;
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
            if (!t.equals("application/json") && !t.endsWith("+json")) {
                return null;
            }
        }
        if (dev) {
            return Access.isLoopback(Request.getRemoteAddr(request)) ? "dev" : null;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (tokens == null
                || header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.length() <= 7) {
            return null;
        }
        TokenEntry who = tokens.find(header.substring(7).trim());
        return who == null ? null : who.sha256();
    }

    private static final int MORE = 0;
    private static final int COMPLETE = 1;
    private static final int TOO_LARGE = 2;
    private static final int NO_MEMORY = 3;
    private static final int ENDED = 4;

    /** One body arriving: read as Jetty delivers it, without a thread in between. */
    private final class Arrival implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicInteger mine;
        private final AtomicBoolean over = new AtomicBoolean();
        private final long started = System.nanoTime();
        private byte[] body = new byte[1024];
        private int size;
        private long counted;
        private Scheduler.Task timer;
        /** The thread of {@link WholeBodies#handle} while it reads what came with the headers. */
        private volatile Thread starting;

        Arrival(Request request, Response response, Callback callback, AtomicInteger mine) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.mine = mine;
        }

        void start() {
            timer = request.getComponents()
                    .getScheduler()
                    .schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
            starting = Thread.currentThread();
            try {
                run();
            } finally {
                starting = null;
            }
        }

        /** Reads what has arrived, then asks to be called again when more does. */
        @Override
        public void run() {
            while (!over.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (!chunk.isLast()) {
                        expire(); // a transient failure is the connection's idle timeout: the body stopped coming
                    } else if (end()) {
                        callback.failed(chunk.getFailure());
                    }
                    return;
                }
                int took;
                try {
                    took = take(chunk);
                } finally {
                    chunk.release();
                }
                switch (took) {
                    case MORE -> {
                        continue;
                    }
                    case TOO_LARGE -> answer(request, response, callback, 413, "too_large", null, limit);
                    case NO_MEMORY -> {
                        metrics.limited("max_active");
                        answer(request, response, callback, 503, "busy", "1", budget / Math.max(1, limit));
                    }
                    case COMPLETE -> pass();
                    default -> {
                        // ENDED: the deadline came first and answered
                    }
                }
                return;
            }
        }

        /**
         * Keeps one chunk's bytes, under the lock that {@link #end} takes, so that the bytes held
         * are counted exactly once whichever thread ends the arrival.
         */
        private synchronized int take(Content.Chunk chunk) {
            if (over.get()) {
                return ENDED;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            int n = bytes.remaining();
            if (size + (long) n > limit) {
                return end() ? TOO_LARGE : ENDED;
            }
            if (held.addAndGet(n) > budget) {
                held.addAndGet(-n);
                return end() ? NO_MEMORY : ENDED;
            }
            counted += n;
            if (size + n > body.length) {
                body = Arrays.copyOf(body, (int) Math.min(limit, Math.max(size + n, 2L * body.length)));
            }
            bytes.get(body, size, n);
            size += n;
            if (chunk.isLast()) {
                return end() ? COMPLETE : ENDED;
            }
            return MORE;
        }

        /** Past the body's deadline: 408, and the connection closes (the rest of the body is never read). */
        private void expire() {
            if (end()) {
                metrics.limited("body_timeout");
                metrics.request("POST", route(request), 408, (System.nanoTime() - started) / 1e9);
                answer(request, response, callback, 408, "body_timeout", null, timeout.toSeconds());
            }
        }

        /** Ends the arrival once (whichever comes first: the last byte, a limit, the deadline, a failure). */
        private synchronized boolean end() {
            if (!over.compareAndSet(false, true)) {
                return false;
            }
            if (timer != null) {
                timer.cancel();
            }
            mine.decrementAndGet();
            held.addAndGet(-counted);
            counted = 0;
            return true;
        }

        /** The body is complete: the API serves the request on a worker thread, reading the body from memory. */
        private void pass() {
            byte[] whole;
            synchronized (this) {
                whole = size == body.length ? body : Arrays.copyOf(body, size);
                body = null;
            }
            Request complete = new Request.Wrapper(request) {
                private boolean read;

                @Override
                public Content.Chunk read() {
                    if (read) {
                        return Content.Chunk.EOF;
                    }
                    read = true;
                    return Content.Chunk.from(ByteBuffer.wrap(whole), true);
                }

                @Override
                public void demand(Runnable demandCallback) {
                    demandCallback.run();
                }
            };
            Runnable serve = () -> {
                try {
                    if (!WholeBodies.this.getHandler().handle(complete, response, callback)) {
                        Response.writeError(complete, response, callback, 404);
                    }
                } catch (Throwable t) {
                    Response.writeError(complete, response, callback, t);
                }
            };
            if (starting == Thread.currentThread()) {
                serve.run(); // the body came with the headers: serve it on this worker, as Jetty would have
            } else {
                request.getContext().execute(serve);
            }
        }
    }

    /** The route a refused request was for, for the request counter (a bounded set of names). */
    private static String route(Request request) {
        String path = Request.getPathInContext(request);
        return switch (path) {
            case Server.API + "/evaluations",
                    Server.API + "/evaluations:batch",
                    Server.API + "/replay",
                    Server.API + "/rules:reload" -> path;
            default -> "unmatched";
        };
    }

    /** Answers a problem from here, before the API has seen the request, as the API would. */
    private void answer(
            Request request,
            Response response,
            Callback callback,
            int status,
            String kind,
            String retryAfter,
            Object... args) {
        if (status != 408) {
            metrics.request("POST", route(request), status, 0);
        }
        String lang = Reply.lang(request);
        Problem p = Problem.of(
                        status,
                        kind.replace('_', '-'),
                        Messages.get(lang, "http." + kind + ".title"),
                        Messages.get(lang, "http." + kind, args))
                .at(Request.getPathInContext(request));
        response.setStatus(status);
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Reply.PROBLEM);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (retryAfter != null) {
            headers.put(HttpHeader.RETRY_AFTER, retryAfter);
        }
        // The rest of the body is never read: the connection closes after the answer.
        headers.put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(Json.WRITER.writeValueAsBytes(p)), callback);
    }
}
