package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import org.elige.input.SchemaCheck;

/** {@code GET /programs?as_of=} (the catalogue in force on a date) and {@code GET /schema} (the household JSON Schema). */
final class CatalogueRoutes {
    /** Where "today" is, when a catalogue is asked for without a date. */
    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private final Service service;

    CatalogueRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.get(Server.API + "/programs", this::programs, Role.values());
        routes.get(Server.API + "/schema", this::schema, Role.values());
    }

    private void programs(Context ctx) {
        LocalDate date = Decide.date(ctx, "as_of");
        Reply.json(ctx, 200, Catalogue.of(service.rules().get(), date == null ? LocalDate.now(ZONE) : date));
    }

    private void schema(Context ctx) {
        ctx.status(200).contentType("application/schema+json").result(SchemaCheck.text());
    }
}
