package org.elige.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.audit.Entry;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.model.Decision;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.rules.RuleSet;

/**
 * The request side of an evaluation: the caller's options from the query ({@code as_of},
 * repeatable {@code param=KEY=VALUE}), then the engine, then the answer's problems. A record that
 * cannot be read is a 400 (with the parse position); one the engine read but found errors in is a
 * 422 listing every JSON Pointer, exactly the errors the CLI prints.
 *
 * @param asOf   the evaluation date the caller asked for, or null for the record's own
 * @param params parameter overrides for a what-if, already checked against the rule set
 */
record Decide(LocalDate asOf, Map<String, String> params) {

    /** Reads and checks the query options against the rule set the request will use. */
    static Decide options(Context ctx, RuleSet rules) {
        LocalDate asOf = date(ctx, "as_of");
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : ctx.queryParams("param")) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw Reply.fail(ctx, 400, "bad_query", "param", p, "KEY=VALUE");
            }
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        try {
            rules.parameters().with(params);
        } catch (IllegalArgumentException e) {
            throw Reply.fail(ctx, 400, "bad_param", e.getMessage());
        }
        return new Decide(asOf, params);
    }

    /** An optional date query parameter; a malformed one is a 400. */
    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw Reply.fail(ctx, 400, "bad_query", name, v, "YYYY-MM-DD");
        }
    }

    /** The checked record and its decision. */
    record Decided(Input input, Decision decision) {
    }

    /** The decision for one record, or a thrown problem naming every input error. */
    Decided decide(Context ctx, RuleSet rules, byte[] record) {
        Decided d;
        try {
            Input input = HouseholdReader.read(record, rules.enrollable(), asOf);
            d = new Decided(input, Evaluator.evaluate(rules, input, rules.parameters().with(params)));
        } catch (InputException e) {
            throw refused(ctx, e.errors()).toException();
        }
        if (!d.decision().errors().isEmpty()) {
            throw invalid(ctx, d.decision().errors()).toException();
        }
        return d;
    }

    /** What the decision log stores for it: everything needed to replay it. */
    Entry entry(Decided d, String batchId, Long line) {
        return Entry.of(d.input(), d.decision(), params, batchId, line);
    }

    /** A record refused outright: 400 when it is not a readable JSON object, 422 when it lacks a date. */
    static Problem refused(Context ctx, List<InputError> errors) {
        boolean unreadable = errors.stream().allMatch(e -> e.path().isEmpty());
        if (unreadable) {
            String lang = Reply.lang(ctx);
            return Problem.of(400, "malformed", Messages.get(lang, "http.malformed.title"), errors.get(0).message().in(lang))
                    .withErrors(errors);
        }
        return invalid(ctx, errors);
    }

    static Problem invalid(Context ctx, List<InputError> errors) {
        return Reply.problem(ctx, 422, "invalid", errors.size()).withErrors(errors);
    }
}
