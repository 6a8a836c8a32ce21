package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintWriter;
import org.elige.audit.LogException;
import org.elige.model.Text;

/**
 * Every error leaves as problem+json: problems thrown by handlers, Javalin's own 404, 405 and
 * other HTTP errors, and anything unexpected as a 500 whose cause goes to the server's error
 * stream (never to the caller). Bad input never reaches the 500 path: the handlers turn it into
 * 400, 413, 415 or 422 first.
 */
final class Errors {
    private Errors() {}

    /**
     * The decision log's own words (which file, SQLite's reason) go to the server's error stream; the
     * caller reads, in its language, that the log is unavailable and what became of its decisions.
     */
    static void install(RoutesConfig routes, PrintWriter err) {
        routes.exception(ProblemException.class, (e, ctx) -> Reply.problem(ctx, e.problem()));
        routes.exception(LogException.class, (e, ctx) -> {
            synchronized (err) {
                err.println("elige serve: decision log: " + e.getMessage());
                err.flush();
            }
            ctx.header("Retry-After", "5");
            Problem p = Reply.problem(ctx, 503, "log_unavailable");
            Text consequence = e.consequence();
            Reply.problem(
                    ctx,
                    consequence == null
                            ? p
                            : Problem.of(
                                    503,
                                    "log-unavailable",
                                    p.title(),
                                    p.detail() + " " + consequence.in(Reply.lang(ctx))));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> Reply.problem(ctx, forStatus(ctx, e.getStatus())));
        routes.exception(Exception.class, (e, ctx) -> {
            synchronized (err) {
                err.println("elige serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace(err);
                err.flush();
            }
            Reply.problem(ctx, Reply.problem(ctx, 500, "internal"));
        });
        for (int status : new int[] {404, 405}) {
            routes.error(status, ctx -> {
                if (ctx.resultInputStream() == null) {
                    Reply.problem(ctx, forStatus(ctx, status));
                }
            });
        }
    }

    /** The problem for a status Javalin or Jetty decided on. */
    static Problem forStatus(Context ctx, int status) {
        return switch (status) {
            case 404 -> Reply.problem(ctx, 404, "not_found", ctx.method(), ctx.path());
            case 405 -> Reply.problem(ctx, 405, "method_not_allowed", ctx.method(), ctx.path());
            default -> Reply.problem(ctx, status, "http_error", status);
        };
    }
}
