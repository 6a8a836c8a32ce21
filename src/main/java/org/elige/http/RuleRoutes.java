package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
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

    /** What {@code GET /rules} answers; {@code folder} is the rule folder's name, not its path. */
    record State(RuleSetRef ruleSet, Instant loadedAt, String folder, boolean watching, LastReload lastReload) {}

    /** The last reload: whether it swapped, and every problem when it did not. */
    record LastReload(Instant at, boolean swapped, List<String> errors) {}

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
        ActiveRuleSet.Reload attempt = service.rules().reloadNow();
        if (attempt.swapped()) {
            Reply.json(ctx, 200, state());
        } else {
            throw Reply.problem(ctx, 422, "rules_refused", service.rules().get().id())
                    .withProblems(attempt.errors().stream().map(this::shown).toList())
                    .toException();
        }
    }

    private State state() {
        ActiveRuleSet active = service.rules();
        RuleSet r = active.get();
        ActiveRuleSet.Reload last = active.lastReload();
        LastReload lr = last == null
                ? null
                : new LastReload(
                        last.at(),
                        last.swapped(),
                        last.errors().stream().map(this::shown).toList());
        return new State(
                new RuleSetRef(r.id(), r.label(), RuleSet.ENGINE),
                r.loadedAt(),
                name(active.dir()),
                service.watcher() != null,
                lr);
    }

    /**
     * A problem as callers see it: located in the rule folder or the fixtures by their own names
     * ({@code rules/jcf/age.drl:12:8}), never by where they are on the server's disk.
     */
    private String shown(Diagnostic d) {
        String text = d.toString();
        text = relative(text, service.rules().dir());
        return relative(text, service.options().fixtures());
    }

    private static String relative(String text, Path dir) {
        if (dir == null) {
            return text;
        }
        String as = dir.toString().replace('\\', '/');
        String name = name(dir);
        if (as.equals(name) || as.isEmpty()) {
            return text;
        }
        return text.replace(as + "/", name + "/").replace(as + ":", name + ":");
    }

    /** A folder's logical name: its last segment ({@code rules}), never an absolute path. */
    static String name(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? "rules" : n.toString();
    }
}
