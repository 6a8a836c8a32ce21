package org.elige.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

/**
 * Time and concurrency limits, so that slow or greedy clients cannot take the service from
 * others: every request gets a deadline when it arrives ({@code --request-timeout}); an API
 * request (one that needs a token) is admitted only while its token has fewer than
 * {@code --per-token} requests in progress (429 otherwise) and the service fewer than
 * {@code --max-active} (503 otherwise). Both are checked before the body is read, and a slot is
 * given back when the answer has been sent, however the request ended. Health, metrics, the
 * OpenAPI document and the page are never limited, and the server keeps threads for them. (Bodies
 * still arriving are limited apart, by {@link WholeBodies}: they hold no thread.)
 */
final class Limits {
    static final String DEADLINE = "elige.deadline";
    private final ServerOptions options;
    private final Metrics metrics;
    private final Semaphore active;
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private final Map<String, AtomicInteger> perToken = new ConcurrentHashMap<>();

    Limits(ServerOptions options, Metrics metrics) {
        this.options = options;
        this.metrics = metrics;
        this.active = new Semaphore(options.maxActive());
    }

    /** Notes when the request must be answered by: the time limit counts from its headers, so the body's time is in it. */
    void start(Context ctx) {
        long began = System.nanoTime();
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(ctx.req());
        if (core != null && core.getHeadersNanoTime() != 0 && began - core.getHeadersNanoTime() >= 0) {
            began = core.getHeadersNanoTime();
        }
        ctx.attribute(DEADLINE, began + options.requestTimeout().toNanos());
    }

    /** The request's deadline in nanoTime. */
    static long deadline(Context ctx) {
        Long d = ctx.attribute(DEADLINE);
        return d == null ? System.nanoTime() + ServerOptions.REQUEST_TIMEOUT.toNanos() : d;
    }

    /** Throws the 503 for a request past its time limit. */
    void check(Context ctx) {
        if (System.nanoTime() - deadline(ctx) >= 0) {
            throw late(ctx);
        }
    }

    private ProblemException late(Context ctx) {
        metrics.limited("time_limit");
        ctx.header("Retry-After", "5");
        return Reply.fail(ctx, 503, "time_limit", options.requestTimeout().toSeconds());
    }

    /**
     * Runs {@code work}, CPU work such as deciding and writing the log entry, in one of as many turns
     * as the machine has cores, waiting in arrival order for a turn until the request's deadline (then
     * its 503). More requests deciding at once than cores only share the cores, and slow the log's
     * writer, which needs one to commit: measured at 8 clients on 2 cores, the commit wait fell by
     * about a fifth.
     */
    <T> T onACore(Context ctx, Supplier<T> work) {
        boolean turn;
        try {
            long left = deadline(ctx) - System.nanoTime();
            turn = left > 0 && cores.tryAcquire(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw late(ctx);
        }
        try {
            return work.get();
        } finally {
            cores.release();
        }
    }

    /**
     * Admits an authenticated API request, or throws 429 (its token has too many in progress) or
     * 503 (the service has too many in progress); in development mode only the second applies.
     */
    void admit(Context ctx, TokenEntry who, boolean dev) {
        AtomicInteger mine = null;
        if (!dev) {
            mine = perToken.computeIfAbsent(who.sha256() != null ? who.sha256() : who.name(), k -> new AtomicInteger());
            if (mine.incrementAndGet() > options.perToken()) {
                mine.decrementAndGet();
                metrics.limited("per_token");
                ctx.header("Retry-After", "1");
                throw Reply.fail(ctx, 429, "token_busy", options.perToken());
            }
        }
        if (!active.tryAcquire()) {
            if (mine != null) {
                mine.decrementAndGet();
            }
            metrics.limited("max_active");
            ctx.header("Retry-After", "1");
            throw Reply.fail(ctx, 503, "busy", options.maxActive());
        }
        AtomicInteger held = mine;
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                active.release();
                if (held != null) {
                    held.decrementAndGet();
                }
            }
        };
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(ctx.req());
        if (core == null) {
            release.run();
            return;
        }
        Request.addCompletionListener(core, failure -> release.run());
    }

    /** API requests in progress, for metrics. */
    int inProgress() {
        return options.maxActive() - active.availablePermits();
    }
}
