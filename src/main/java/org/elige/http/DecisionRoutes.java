package org.elige.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.audit.Row;
import org.elige.model.Messages;
import org.elige.model.Text;

/**
 * Reading recorded decisions: {@code GET /evaluations/{id}} (the decision exactly as logged) and
 * {@code GET /evaluations?household_id=&from=&to=&limit=&cursor=} (summaries, newest first, a page
 * at a time). A caseworker lists one household at a time; an auditor may list them all.
 */
final class DecisionRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private final Service service;

    /** One line of a listing. */
    record Summary(
            String decisionId,
            String householdId,
            String evaluationDate,
            String decidedAt,
            String ruleSetId,
            String location) {}

    DecisionRoutes(Service service) {
        this.service = service;
    }

    void install(RoutesConfig routes) {
        routes.get(Server.API + "/evaluations/{id}", this::one, Role.CASEWORKER, Role.AUDITOR);
        routes.get(Server.API + "/evaluations", this::list, Role.CASEWORKER, Role.AUDITOR);
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Row row = service.records().find(id).orElseThrow(() -> Reply.fail(ctx, 404, "decision_not_found", id));
        ctx.status(200).contentType(Reply.JSON).result(row.entry().decisionJson());
    }

    private void list(Context ctx) {
        String household = blankToNull(ctx.queryParam("household_id"));
        if (household == null && !Access.holds(ctx, Role.AUDITOR)) {
            throw Reply.fail(ctx, 403, "list_forbidden");
        }
        LocalDate from = Decide.date(ctx, "from");
        LocalDate to = Decide.date(ctx, "to");
        int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, Messages.text("http.expect.range", 1, MAX_LIMIT));
        long before = number(ctx, "cursor", 0, 1, Long.MAX_VALUE, Messages.text("http.expect.cursor"));
        List<Row> rows = service.records().page(household, from, to, before, limit + 1);
        List<Summary> items = new ArrayList<>();
        rows.stream()
                .limit(limit)
                .forEach(r -> items.add(new Summary(
                        r.entry().decisionId(),
                        r.entry().householdId(),
                        r.entry().evaluationDate(),
                        r.entry().decidedAt(),
                        r.entry().ruleSetId(),
                        Server.API + "/evaluations/" + r.entry().decisionId())));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put(
                "next_cursor",
                rows.size() > limit ? String.valueOf(rows.get(limit - 1).seq()) : null);
        Reply.json(ctx, 200, page);
    }

    private static long number(Context ctx, String name, long absent, long min, long max, Text expected) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Reply.fail(ctx, 400, "bad_query", name, v, expected);
    }

    private static int number(Context ctx, String name, int absent, int min, int max, Text expected) {
        return (int) number(ctx, name, (long) absent, (long) min, (long) max, expected);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
