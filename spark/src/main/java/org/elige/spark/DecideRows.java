package org.elige.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.elige.engine.DecisionIds;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.RuleDefect;
import org.elige.model.Status;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;

/**
 * Decides the records of one partition with the core's engine ({@link HouseholdReader},
 * {@link Evaluator}), as {@code batch} does, and turns each decision into rows of
 * {@link Tables#ROWS}: one per result, one per record with problems, the full decision when asked,
 * and one per record for the counts. A record that cannot be read never fails the task.
 */
final class DecideRows implements FlatMapFunction<Iterator<Source>, Row> {
    private final RuleShipment rules;
    private final LocalDate asOf;
    private final Map<String, String> params;
    private final boolean full;
    private final boolean asks;

    /**
     * @param full whether to keep each whole decision
     * @param asks whether to keep the facts each household is asked for (for {@code --report})
     */
    DecideRows(RuleShipment rules, LocalDate asOf, Map<String, String> params, boolean full, boolean asks) {
        this.rules = rules;
        this.asOf = asOf;
        this.params = params;
        this.full = full;
        this.asks = asks;
    }

    @Override
    public Iterator<Row> call(Iterator<Source> records) {
        RuleSet ruleSet = ExecutorRules.get(rules);
        Parameters parameters = ruleSet.parameters().with(params);
        return new Rows<>(records, source -> decide(ruleSet, parameters, source));
    }

    private List<Row> decide(RuleSet ruleSet, Parameters parameters, Source s) {
        List<Row> rows = new ArrayList<>();
        Decision d;
        String state;
        try {
            if (s.json() == null) {
                throw new InputException(List.of(new InputError("", null, Messages.text("input.empty"))));
            }
            Input input = HouseholdReader.read(s.json(), ruleSet.enrollable(), asOf);
            d = DecisionIds.withDerivedId(Evaluator.evaluate(ruleSet, input, parameters, full || asks));
            state = input.root().at("/location/cve_ent").isString()
                    ? input.root().at("/location/cve_ent").asString()
                    : null;
        } catch (InputException e) {
            rows.add(error(s, null, false, e.errors(), List.of()));
            rows.add(record(null, false, e.errors().size()));
            return rows;
        } catch (RuntimeException | StackOverflowError e) {
            List<InputError> internal =
                    List.of(new InputError("", null, Messages.text("input.internal", RuleDefect.describe(e))));
            rows.add(error(s, null, false, internal, List.of()));
            rows.add(record(null, false, 1));
            return rows;
        }
        for (Result r : d.results()) {
            rows.add(result(d, r, state));
        }
        List<String> defects = d.defects().stream()
                .map(x -> x.where() + " " + x.rule() + " " + x.criterion() + ": " + x.error())
                .toList();
        if (!d.errors().isEmpty() || !defects.isEmpty()) {
            rows.add(error(s, d, true, d.errors(), defects));
        }
        if (full) {
            rows.add(RowFactory.create(
                    "decision",
                    d.householdId(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Date.valueOf(d.evaluationDate()),
                    d.ruleSet().id(),
                    d.decisionId(),
                    d.inputSha256(),
                    state,
                    s.file(),
                    s.position(),
                    true,
                    null,
                    null,
                    null,
                    Json.WRITER.writeValueAsString(d),
                    null,
                    null));
        }
        rows.add(record(d, state));
        return rows;
    }

    static Row result(Decision d, Result r, String state) {
        BigDecimal amount = r.benefit() == null || r.benefit().amount() == null
                ? null
                : r.benefit().amount().setScale(2, RoundingMode.HALF_EVEN);
        return RowFactory.create(
                "result",
                d.householdId(),
                r.unit().kind(),
                r.unit().id(),
                r.program(),
                r.outcome().name(),
                amount,
                r.benefit() == null ? null : r.benefit().unit(),
                ids(r, Status.FAILED),
                ids(r, Status.UNKNOWN),
                ids(r, Status.NOT_APPLICABLE),
                Tables.strings(r.missing()),
                Tables.strings(r.conflictsWith()),
                Date.valueOf(d.evaluationDate()),
                d.ruleSet().id(),
                d.decisionId(),
                d.inputSha256(),
                state,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static String[] ids(Result r, Status status) {
        return r.criteria().stream()
                .filter(f -> f.status() == status)
                .map(Finding::id)
                .toArray(String[]::new);
    }

    private Row error(Source s, Decision d, boolean decided, List<InputError> errors, List<String> defects) {
        List<Row> problems = errors.stream()
                .map(e -> RowFactory.create(
                        e.path(),
                        e.value() == null ? null : Json.WRITER.writeValueAsString(e.value()),
                        e.message().es(),
                        e.message().en()))
                .toList();
        return RowFactory.create(
                "error",
                d == null ? null : d.householdId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                rules.id(),
                null,
                null,
                null,
                s.file(),
                s.position(),
                decided,
                errors.size(),
                Tables.rows(problems),
                Tables.strings(defects),
                null,
                null,
                null);
    }

    private static Row record(String household, boolean decided, int problems) {
        return record(household, null, decided, problems, null, null);
    }

    /** The row of a decided record: its state ("?" without one), whether some result is eligible, and the facts asked for. */
    private Row record(Decision d, String state) {
        boolean eligible = d.results().stream()
                .anyMatch(r -> r.outcome() == Outcome.ELIGIBLE || r.outcome() == Outcome.ELIGIBLE_TO_APPLY);
        Row[] asks = !this.asks
                ? null
                : d.questions().stream()
                        .map(q -> RowFactory.create(
                                q.label().es(), q.label().en(), q.settles().size()))
                        .toArray(Row[]::new);
        return record(
                d.householdId(), state == null ? "?" : state, true, d.errors().size(), eligible, asks);
    }

    private static Row record(
            String household, String state, boolean decided, int problems, Boolean eligible, Row[] asks) {
        return RowFactory.create(
                "record", household, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, state, null, null, decided, problems, null, null, null, eligible, asks);
    }
}
