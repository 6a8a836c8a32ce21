package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}, {@code /ready}, {@code /live}, {@code /metrics} and {@code /openapi.json}:
 * open to every caller, no token, never limited. They show states, never where things are (no
 * file or database location).
 */
final class OpsRoutes {
    static final String OPENAPI = "/http/openapi.json";
    /** How long a health check waits for the database to answer a read. */
    static final java.time.Duration DATABASE_WAIT = java.time.Duration.ofSeconds(2);

    private final Service service;
    private final byte[] openapi;

    OpsRoutes(Service service) {
        this.service = service;
        try (InputStream in = OpsRoutes.class.getResourceAsStream(OPENAPI)) {
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(RoutesConfig routes) {
        routes.get(Server.API + "/health", ctx -> answer(ctx, false));
        routes.get(Server.API + "/ready", ctx -> answer(ctx, false));
        routes.get(Server.API + "/live", ctx -> answer(ctx, true));
        routes.get(Server.API + "/metrics", ctx -> {
            State s = state();
            ctx.contentType(Metrics.CONTENT_TYPE)
                    .result(service.metrics()
                            .text(
                                    service.rules(),
                                    s.log(),
                                    s.ready(),
                                    service.limits().inProgress()));
        });
        routes.get(
                Server.API + "/openapi.json", ctx -> ctx.contentType(Reply.JSON).result(openapi));
    }

    /** What the checks found: the body of every health answer, and whether the service is live and ready. */
    record State(boolean live, boolean ready, Journal.Health log, Map<String, Object> body) {}

    /**
     * {@code /health} and {@code /ready} answer 503 unless ready: a rule set is loaded, the decision
     * log answers a read, and its writer is running, has not stalled on one write and could write
     * last time it tried. {@code /live} answers 503 only when the writer thread has ended, which only
     * a restart mends; the body is the same.
     */
    private void answer(Context ctx, boolean liveness) {
        State s = state();
        Reply.json(ctx, (liveness ? s.live() : s.ready()) ? 200 : 503, s.body());
    }

    State state() {
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put(
                "rules",
                Map.of("status", "UP", "rule_set", service.rules().get().id()));
        boolean database;
        String why = null;
        try {
            database = service.records().readyWithin(DATABASE_WAIT);
        } catch (RuntimeException e) {
            database = false;
            why = hide(e.getMessage());
        }
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("status", database ? "UP" : "DOWN");
        if (why != null) {
            db.put("error", why);
        }
        checks.put("database", db);
        Journal.Health log = service.journal().health();
        Map<String, Object> writer = new LinkedHashMap<>();
        writer.put("status", log.ready() ? "UP" : "DOWN");
        writer.put("alive", log.alive());
        writer.put("pending", log.pending());
        if (!log.ready()) {
            writer.put("error", log.problem());
            if (log.failedAt() != null && log.failure() != null) {
                writer.put("failed_at", log.failedAt().toString());
            }
        }
        checks.put("log_writer", writer);
        boolean ready = database && log.ready();
        boolean live = log.alive();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("live", live);
        body.put("ready", ready);
        body.put("checks", checks);
        return new State(live, ready, log, body);
    }

    private String hide(String message) {
        String m = String.valueOf(message);
        String shown = service.records().shown();
        return shown == null || shown.isEmpty() ? m : m.replace(shown, "the decision log");
    }
}
