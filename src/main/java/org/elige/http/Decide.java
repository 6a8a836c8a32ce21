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
import org.elige.rules.ParameterException;
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
                throw Reply.fail(ctx, 400, "bad_query", "param", shown(p), Messages.text("http.expect.key_value"));
            }
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        try {
            rules.parameters().with(params);
        } catch (ParameterException e) {
            String why = e.text().in(Reply.lang(ctx));
            throw Reply.fail(ctx, 400, "bad_param", why.length() <= 300 ? why : why.substring(0, 300) + "…");
        }
        return new Decide(asOf, params);
    }

    /** The earliest date a query parameter may name. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest: far enough ahead for any what-if, near enough that no date arithmetic overflows. */
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * An optional date query parameter: {@code YYYY-MM-DD} from {@link #FIRST_DATE} to
     * {@link #LAST_DATE}; anything else ({@code +999999999-12-31}, {@code 0000-01-01}, {@code 2025-02-30})
     * is a 400 naming the parameter.
     */
    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        String t = v.trim();
        try {
            if (ISO_DATE.matcher(t).matches()) {
                LocalDate d = LocalDate.parse(t);
                if (!d.isBefore(FIRST_DATE) && !d.isAfter(LAST_DATE)) {
                    return d;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw Reply.fail(ctx, 400, "bad_date", name, shown(t), FIRST_DATE, LAST_DATE);
    }

    /** A caller's value as echoed in a message: at most 40 characters. */
    static String shown(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }

    /** The checked record and its decision. */
    record Decided(Input input, Decision decision) {}

    /**
     * The decision for one record, or a thrown problem naming every input error.
     *
     * @param metrics told how long reading and evaluating took, or null
     */
    Decided decide(Context ctx, RuleSet rules, byte[] record, Metrics metrics) {
        Decided d;
        try {
            long t = System.nanoTime();
            Input input = HouseholdReader.read(record, rules.enrollable(), asOf);
            long read = System.nanoTime();
            d = new Decided(
                    input, Evaluator.evaluate(rules, input, rules.parameters().with(params)));
            if (metrics != null) {
                metrics.stage(Metrics.Stage.READ, read - t);
                metrics.stage(Metrics.Stage.EVALUATE, System.nanoTime() - read);
            }
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

    /** The same for one decision whose canonical JSON is written, and encoded in UTF-8 ({@code utf8}). */
    Entry entry(Decided d, String decisionJson, byte[] utf8) {
        return Entry.of(d.input(), d.decision(), decisionJson, utf8, params, null, null);
    }

    /** A record refused outright: 400 when it is not a readable JSON object, 422 when it lacks a date. */
    static Problem refused(Context ctx, List<InputError> errors) {
        boolean unreadable = errors.stream().allMatch(e -> e.path().isEmpty());
        if (unreadable) {
            String lang = Reply.lang(ctx);
            return Problem.of(
                            400,
                            "malformed",
                            Messages.get(lang, "http.malformed.title"),
                            errors.get(0).message().in(lang))
                    .withErrors(errors);
        }
        return invalid(ctx, errors);
    }

    static Problem invalid(Context ctx, List<InputError> errors) {
        return Reply.problem(ctx, 422, "invalid", errors.size()).withErrors(errors);
    }
}
