package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import org.elige.input.InputException;
import org.elige.model.Messages;
import org.elige.rules.RuleSet;
import org.elige.vary.Sweep;
import org.elige.vary.Variation;
import org.elige.vary.VaryException;

/**
 * {@code POST /vary?pointer=P&from=A&to=B&step=S}: one household record re-decided at each value of a
 * numeric fact, with the benefit per program and in total and the thresholds, as {@code evaluate
 * --vary --format json} prints it. Nothing is recorded: these are what-ifs, not decisions. The
 * request's time limit is checked before each decision, so a long axis on a large record ends in a 503.
 */
final class VaryRoutes {
    private final Service service;

    VaryRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.post(Server.API + "/vary", this::vary, Role.CASEWORKER);
    }

    private void vary(Context ctx) {
        byte[] body = service.bodies().read(ctx);
        RuleSet rules = service.rules().get();
        Decide options = Decide.options(ctx, rules);
        String pointer = ctx.queryParam("pointer");
        if (pointer == null || pointer.isBlank()) {
            throw Reply.fail(ctx, 400, "bad_query", "pointer", "", Messages.text("http.expect.pointer"));
        }
        BigDecimal from = number(ctx, "from");
        BigDecimal to = number(ctx, "to");
        BigDecimal step = number(ctx, "step");
        Sweep sweep;
        try {
            sweep = Variation.run(
                    rules,
                    body,
                    options.asOf(),
                    options.params(),
                    pointer,
                    from,
                    to,
                    step,
                    () -> service.limits().check(ctx));
        } catch (VaryException e) {
            throw Reply.fail(ctx, 400, "bad_vary", e.text().in(Reply.lang(ctx)));
        } catch (InputException e) {
            throw Decide.refused(ctx, e.errors()).toException();
        }
        Reply.json(ctx, 200, sweep);
    }

    /** A required decimal query parameter. */
    private static BigDecimal number(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            if (v != null && v.length() <= 40) {
                return new BigDecimal(v.trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Reply.fail(
                ctx, 400, "bad_query", name, v == null ? "" : Decide.shown(v), Messages.text("http.expect.number"));
    }
}
