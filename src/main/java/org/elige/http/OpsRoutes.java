package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}, {@code GET /metrics} and {@code GET /openapi.json}: open to every caller, no token. */
final class OpsRoutes {
    static final String OPENAPI = "/http/openapi.json";
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
        routes.get(Server.API + "/health", this::health);
        routes.get(Server.API + "/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE)
                .result(service.metrics().text(service.rules())));
        routes.get(Server.API + "/openapi.json", ctx -> ctx.contentType(Reply.JSON).result(openapi));
    }

    /** Live when it answers; ready when a rule set is loaded and the decision log answers. */
    private void health(Context ctx) {
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("rules", Map.of("status", "UP", "rule_set", service.rules().get().id()));
        boolean database;
        String why = null;
        try {
            database = service.records().ready();
        } catch (RuntimeException e) {
            database = false;
            why = e.getMessage();
        }
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("status", database ? "UP" : "DOWN");
        db.put("log", service.records().shown());
        if (why != null) {
            db.put("error", why);
        }
        checks.put("database", db);
        boolean ready = database;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("live", true);
        body.put("ready", ready);
        body.put("checks", checks);
        Reply.json(ctx, ready ? 200 : 503, body);
    }
}
