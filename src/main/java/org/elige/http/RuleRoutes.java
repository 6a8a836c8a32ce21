package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.elige.model.RuleSetRef;
import org.elige.rules.ActiveRuleSet;
import org.elige.rules.Diagnostic;
import org.elige.rules.RuleSet;

/**
 * {@code GET /rules} (the rule set in use, when it was loaded, the last reload and its errors) and
 * {@code POST /rules:reload} (MANAGER): compile aside, run the fixtures, swap only if both pass.
 */
final class RuleRoutes {
    private final Service service;

    /** What {@code GET /rules} answers. */
    record State(RuleSetRef ruleSet, Instant loadedAt, String folder, boolean watching, LastReload lastReload) {
    }

    /** The last reload: whether it swapped, and every problem when it did not. */
    record LastReload(Instant at, boolean swapped, List<String> errors) {
    }

    RuleRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.get(Server.API + "/rules", this::show, Role.values());
        routes.post(Server.API + "/rules:reload", this::reload, Role.MANAGER);
    }

    private void show(Context ctx) {
        Reply.json(ctx, 200, state());
    }

    private void reload(Context ctx) {
        if (service.rules().reload()) {
            Reply.json(ctx, 200, state());
        } else {
            throw Reply.problem(ctx, 422, "rules_refused", service.rules().get().id())
                    .withProblems(service.rules().lastErrors().stream().map(Diagnostic::toString).toList()).toException();
        }
    }

    private State state() {
        ActiveRuleSet active = service.rules();
        RuleSet r = active.get();
        ActiveRuleSet.Reload last = active.lastReload();
        LastReload lr = last == null ? null
                : new LastReload(last.at(), last.swapped(), last.errors().stream().map(Diagnostic::toString).toList());
        return new State(new RuleSetRef(r.id(), r.label(), RuleSet.ENGINE), r.loadedAt(),
                active.dir().toString().replace('\\', '/'), service.watcher() != null, lr);
    }
}
