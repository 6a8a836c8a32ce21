package org.elige.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.elige.facts.Tri;
import org.elige.facts.Unit;
import org.elige.model.Benefit;
import org.elige.model.Finding;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.RuleDefect;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.model.UnitRef;
import org.elige.rules.Condition;
import org.elige.rules.Program;

/**
 * Combines a program's findings for one unit into its outcome, three-valued: a unit with invalid
 * data is DATA_ERROR first; then any decisive FAILED gives NOT_ELIGIBLE, else any UNKNOWN gives
 * UNDETERMINED, else ELIGIBLE (or ELIGIBLE_TO_APPLY). Failing only an exclusion gives CONFLICT.
 * Outside its period a program also has an UNKNOWN {@code <PROGRAM>-IN-FORCE} criterion, so it is
 * never ELIGIBLE there. Such a result, and one that fails a targeting criterion, is not applicable here
 * ({@link Result#notApplicableHere()}). An alternative not taken is NOT_APPLICABLE, so a positive result carries
 * no FAILED criterion.
 */
final class Combiner {

    private Combiner() {}

    static Result combine(Program program, Unit unit, Findings findings, Set<String> invalidUnits) {
        UnitRef ref = new UnitRef(unit.kind(), unit.id());
        List<Finding> found = new ArrayList<>(program.criteria().size() + 1);
        boolean invalid = invalidUnits.contains(unit.pointer());
        for (String id : program.criteria()) {
            RuleDefect failure = findings.failure(unit, id);
            Finding f = failure != null ? failed(id) : single(findings.of(unit, id), id, findings.wholeFailure());
            found.add(f);
            invalid |= f.invalid();
        }
        if (invalid) {
            return new Result(
                    program.id(),
                    program.name(),
                    ref,
                    Outcome.DATA_ERROR,
                    null,
                    found,
                    List.of(),
                    List.of(),
                    Messages.text("outcome.data_error"),
                    List.of(),
                    false);
        }
        List<Finding> criteria = notTaken(program, found);
        Map<String, Status> status = new java.util.HashMap<>();
        criteria.forEach(f -> status.put(f.id(), f.status()));
        boolean inForce = program.inPeriod(findings.date());
        if (!inForce) {
            criteria.add(0, outsidePeriod(program, findings));
        }
        Function<String, Tri> entry = id -> program.exclusions().containsKey(id) ? Tri.TRUE : tri(status.get(id));
        Tri base = program.eligibleWhen().eval(entry).and(inForce ? Tri.TRUE : Tri.UNKNOWN);
        Tri free = Tri.TRUE;
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, String> ex : program.exclusions().entrySet()) {
            Tri t = tri(status.get(ex.getKey()));
            free = free.and(t);
            if (t.isFalse()) {
                conflicts.add(ex.getValue());
            }
        }
        Outcome outcome = outcome(program, base, free);
        Set<String> missed = new LinkedHashSet<>();
        criteria.stream().filter(f -> f.status() == Status.UNKNOWN).forEach(f -> missed.addAll(f.missing()));
        List<String> missing = List.copyOf(missed);
        Benefit benefit = awarded(outcome) ? findings.benefitOf(program.id(), unit) : null;
        Text reason = outcome == Outcome.UNDETERMINED && missing.isEmpty() ? reason(criteria) : null;
        List<String> decisive = decisive(program, outcome, entry, status);
        if (!inForce && outcome == Outcome.UNDETERMINED) {
            decisive = new ArrayList<>(decisive);
            decisive.add(0, program.inForceId());
        }
        boolean notHere = outcome == Outcome.NOT_ELIGIBLE && decisive.stream().anyMatch(program.targeting()::contains)
                || !inForce && (outcome == Outcome.NOT_ELIGIBLE || outcome == Outcome.UNDETERMINED);
        return new Result(
                program.id(),
                program.name(),
                ref,
                outcome,
                benefit,
                criteria,
                missing,
                conflicts,
                reason,
                decisive,
                notHere);
    }

    /**
     * The findings with every criterion of an alternative not taken as NOT_APPLICABLE: where an
     * {@code any} holds, its parts that do not hold are not what qualifies the unit (revision
     * 2026-12-07 §3), whatever the rest of the condition says (a FAILED alternative is no obstacle
     * when another PASSED, even if the unit fails elsewhere). While an {@code any} is open, each
     * criterion keeps its own status, and so does one the condition also needs elsewhere.
     */
    static List<Finding> notTaken(Program program, List<Finding> found) {
        Map<String, Status> status = new java.util.HashMap<>();
        found.forEach(f -> status.put(f.id(), f.status()));
        Set<String> waived = new HashSet<>();
        Set<String> needed = new HashSet<>();
        waive(program.eligibleWhen(), id -> tri(status.get(id)), waived, needed);
        waived.removeAll(needed);
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            boolean decided = f.status() == Status.PASSED || f.status() == Status.NOT_APPLICABLE;
            out.add(waived.contains(f.id()) && !decided ? notApplicable(f) : f);
        }
        return out;
    }

    /**
     * Collects the criteria of the parts not taken of every {@code any} that holds ({@code waived}),
     * and the criteria named anywhere else ({@code needed}).
     */
    private static void waive(Condition c, Function<String, Tri> status, Set<String> waived, Set<String> needed) {
        if (c instanceof Condition.Criterion leaf) {
            needed.add(leaf.id());
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> waive(p, status, waived, needed));
        } else if (c instanceof Condition.Any any) {
            boolean holds = any.eval(status).isTrue();
            for (Condition p : any.parts()) {
                if (holds && !p.eval(status).isTrue()) {
                    waived.addAll(Condition.ids(p));
                } else {
                    waive(p, status, waived, needed);
                }
            }
        }
    }

    private static Finding notApplicable(Finding f) {
        Text why = Messages.text("criterion.not_taken");
        Text explanation = f.explanation() == null
                ? null
                : Messages.text(
                        "criterion.not_applicable",
                        why.es(),
                        f.explanation().es(),
                        why.en(),
                        f.explanation().en());
        return new Finding(
                f.id(),
                Status.NOT_APPLICABLE,
                f.facts(),
                f.parameters(),
                f.citation(),
                explanation,
                List.of(),
                null,
                false);
    }

    /** The UNKNOWN criterion of a program decided outside its period, saying which years are known. */
    private static Finding outsidePeriod(Program program, Findings findings) {
        Text years = program.periodFrom() == null
                ? Messages.text(
                        "period.until", String.valueOf(program.periodUntil().getYear()))
                : program.periodUntil() == null
                        ? Messages.text(
                                "period.from",
                                String.valueOf(program.periodFrom().getYear()))
                        : program.periodFrom().getYear()
                                        == program.periodUntil().getYear()
                                ? Messages.text(
                                        "period.in",
                                        String.valueOf(program.periodFrom().getYear()))
                                : Messages.text(
                                        "period.between",
                                        String.valueOf(program.periodFrom().getYear()),
                                        String.valueOf(program.periodUntil().getYear()));
        Text note = program.periodNote();
        Text why = Messages.text(
                "period.outside",
                years.es(),
                findings.date().toString(),
                note == null ? "" : " " + note.es(),
                years.en(),
                findings.date().toString(),
                note == null ? "" : " " + note.en());
        return new Finding(
                program.inForceId(),
                Status.UNKNOWN,
                Map.of(),
                Map.of(),
                null,
                findings.explains() ? why : null,
                List.of(),
                why,
                false);
    }

    /** The criteria whose status decided the outcome, in the program's order. */
    private static List<String> decisive(
            Program program, Outcome outcome, Function<String, Tri> entry, Map<String, Status> status) {
        List<String> ids = new ArrayList<>();
        if (outcome == Outcome.NOT_ELIGIBLE) {
            program.eligibleWhen().decisive(entry, Tri.FALSE, ids);
        } else if (outcome == Outcome.UNDETERMINED) {
            program.eligibleWhen().decisive(entry, Tri.UNKNOWN, ids);
            program.exclusions().keySet().stream()
                    .filter(id -> status.get(id) == Status.UNKNOWN)
                    .forEach(ids::add);
        } else if (outcome == Outcome.CONFLICT) {
            program.exclusions().keySet().stream()
                    .filter(id -> status.get(id) == Status.FAILED)
                    .forEach(ids::add);
        }
        return program.criteria().stream().filter(ids::contains).toList();
    }

    private static Outcome outcome(Program program, Tri base, Tri free) {
        if (base.isFalse()) {
            return Outcome.NOT_ELIGIBLE;
        }
        if (base.isUnknown() || free.isUnknown()) {
            return Outcome.UNDETERMINED;
        }
        if (free.isFalse()) {
            return Outcome.CONFLICT;
        }
        return Outcome.valueOf(program.award());
    }

    private static boolean awarded(Outcome o) {
        return o == Outcome.ELIGIBLE || o == Outcome.ELIGIBLE_TO_APPLY || o == Outcome.CONFLICT;
    }

    /**
     * Exactly one finding per criterion; none or several is a defect in the rules, shown as such
     * (none after the rules failed while matching: that failure is named).
     */
    private static Finding single(List<Finding> found, String id, RuleDefect whole) {
        if (found.size() == 1) {
            return found.get(0);
        }
        Text why = found.isEmpty() && whole != null
                ? Messages.text("defect.evaluation_failed")
                : Messages.text(found.isEmpty() ? "defect.no_finding" : "defect.many_findings", id, found.size());
        return new Finding(id, Status.UNKNOWN, Map.of(), Map.of(), null, why, List.of(), why, false);
    }

    /**
     * The criterion whose rule threw for this unit: UNKNOWN, saying so in words; which rule and
     * which exception are for operators ({@code Decision.defects}), not for the caseworker.
     */
    private static Finding failed(String id) {
        Text why = Messages.text("defect.rule_failed", id);
        return new Finding(id, Status.UNKNOWN, Map.of(), Map.of(), null, why, List.of(), why, false);
    }

    private static Text reason(List<Finding> criteria) {
        Set<String> es = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        criteria.stream()
                .filter(f -> f.status() == Status.UNKNOWN && f.reason() != null)
                .forEach(f -> {
                    es.add(f.reason().es());
                    en.add(f.reason().en());
                });
        return es.isEmpty() ? null : new Text(String.join(" ", es), String.join(" ", en));
    }

    /** A criterion's status for combining: NOT_APPLICABLE neither passes nor blocks, so it counts as passed. */
    static Tri tri(Status s) {
        return s == Status.PASSED || s == Status.NOT_APPLICABLE
                ? Tri.TRUE
                : s == Status.FAILED ? Tri.FALSE : Tri.UNKNOWN;
    }
}
