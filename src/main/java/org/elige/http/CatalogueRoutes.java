package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import org.elige.input.SchemaCheck;
import org.elige.model.Messages;

/**
 * {@code GET /programs?as_of=} (the catalogue in force on a date), {@code GET /schema} (the household
 * JSON Schema) and {@code GET /labels?lang=} (the words for its fields and codes). The schema
 * and the labels are public, like the page that builds its form from them: they hold no household.
 */
final class CatalogueRoutes {
    /** Where "today" is, when a catalogue is asked for without a date. */
    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private final Service service;

    CatalogueRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.get(Server.API + "/programs", this::programs, Role.values());
        routes.get(Server.API + "/schema", this::schema);
        routes.get(Server.API + "/labels", this::labels);
    }

    private void programs(Context ctx) {
        LocalDate date = Decide.date(ctx, "as_of");
        Reply.json(ctx, 200, Catalogue.of(service.rules().get(), date == null ? LocalDate.now(ZONE) : date));
    }

    /** The catalogue's {@code fact.*} and {@code code.*} entries in one language. */
    private void labels(Context ctx) {
        Reply.json(ctx, 200, Messages.all(Reply.lang(ctx), "fact.", "code."));
    }

    private void schema(Context ctx) {
        ctx.status(200).contentType("application/schema+json").result(SchemaCheck.text());
    }
}
