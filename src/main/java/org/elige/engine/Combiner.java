package org.elige.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.HashMap;
import org.elige.facts.Tri;
import org.elige.facts.Unit;
import org.elige.model.Benefit;
import org.elige.model.Finding;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.model.UnitRef;
import org.elige.rules.Program;

/**
 * Combines a program's findings for one unit into its outcome, three-valued: any decisive FAILED
 * gives NOT_ELIGIBLE, else any UNKNOWN gives UNDETERMINED, else ELIGIBLE (or ELIGIBLE_TO_APPLY).
 * Failing only an exclusion gives CONFLICT; reading an invalid fact gives DATA_ERROR.
 */
final class Combiner {

    private Combiner() {
    }

    static Result combine(Program program, Unit unit, Findings findings, Set<String> invalidUnits) {
        UnitRef ref = new UnitRef(unit.kind(), unit.id());
        if (!program.rulesKnownOn(findings.date())) {
            return new Result(program.id(), program.name(), ref, Outcome.UNDETERMINED, null, List.of(), List.of(),
                    List.of(), program.unknownReason(), List.of());
        }
        List<Finding> criteria = new ArrayList<>(program.criteria().size());
        Map<String, Status> status = new HashMap<>();
        Set<String> missed = new LinkedHashSet<>();
        boolean invalid = invalidUnits.contains(unit.pointer());
        for (String id : program.criteria()) {
            Finding f = single(findings.of(unit, id), id);
            criteria.add(f);
            status.put(id, f.status());
            missed.addAll(f.missing());
            invalid |= f.invalid();
        }
        List<String> missing = List.copyOf(missed);
        if (invalid) {
            return new Result(program.id(), program.name(), ref, Outcome.DATA_ERROR, null, criteria, missing, List.of(),
                    Messages.text("outcome.data_error"), List.of());
        }
        Function<String, Tri> entry = id -> program.exclusions().containsKey(id) ? Tri.TRUE : tri(status.get(id));
        Tri base = program.eligibleWhen().eval(entry);
        Tri free = Tri.TRUE;
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, String> ex : program.exclusions().entrySet()) {
            Tri t = tri(status.get(ex.getKey()));
            free = free.and(t);
            if (t == Tri.FALSE) {
                conflicts.add(ex.getValue());
            }
        }
        Outcome outcome = outcome(program, base, free);
        Benefit benefit = awarded(outcome) ? findings.benefitOf(program.id(), unit) : null;
        Text reason = outcome == Outcome.UNDETERMINED && missing.isEmpty() ? reason(criteria) : null;
        return new Result(program.id(), program.name(), ref, outcome, benefit, criteria, missing, conflicts, reason,
                decisive(program, outcome, entry, status));
    }

    /** The criteria whose status decided the outcome, in the program's order. */
    private static List<String> decisive(Program program, Outcome outcome, Function<String, Tri> entry, Map<String, Status> status) {
        List<String> ids = new ArrayList<>();
        if (outcome == Outcome.NOT_ELIGIBLE) {
            program.eligibleWhen().decisive(entry, Tri.FALSE, ids);
        } else if (outcome == Outcome.UNDETERMINED) {
            program.eligibleWhen().decisive(entry, Tri.UNKNOWN, ids);
            program.exclusions().keySet().stream().filter(id -> status.get(id) == Status.UNKNOWN).forEach(ids::add);
        } else if (outcome == Outcome.CONFLICT) {
            program.exclusions().keySet().stream().filter(id -> status.get(id) == Status.FAILED).forEach(ids::add);
        }
        return program.criteria().stream().filter(ids::contains).toList();
    }

    private static Outcome outcome(Program program, Tri base, Tri free) {
        if (base == Tri.FALSE) {
            return Outcome.NOT_ELIGIBLE;
        }
        if (base == Tri.UNKNOWN || free == Tri.UNKNOWN) {
            return Outcome.UNDETERMINED;
        }
        if (free == Tri.FALSE) {
            return Outcome.CONFLICT;
        }
        return Outcome.valueOf(program.award());
    }

    private static boolean awarded(Outcome o) {
        return o == Outcome.ELIGIBLE || o == Outcome.ELIGIBLE_TO_APPLY || o == Outcome.CONFLICT;
    }

    /** Exactly one finding per criterion; none or several is a defect in the rules, shown as such. */
    private static Finding single(List<Finding> found, String id) {
        if (found.size() == 1) {
            return found.get(0);
        }
        Text why = Messages.text(found.isEmpty() ? "defect.no_finding" : "defect.many_findings", id, found.size());
        return new Finding(id, Status.UNKNOWN, Map.of(), Map.of(), null, why, List.of(), why, false);
    }

    private static Text reason(List<Finding> criteria) {
        Set<String> es = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        criteria.stream().filter(f -> f.status() == Status.UNKNOWN && f.reason() != null).forEach(f -> {
            es.add(f.reason().es());
            en.add(f.reason().en());
        });
        return es.isEmpty() ? null : new Text(String.join(" ", es), String.join(" ", en));
    }

    static Tri tri(Status s) {
        return s == Status.PASSED ? Tri.TRUE : s == Status.FAILED ? Tri.FALSE : Tri.UNKNOWN;
    }
}
