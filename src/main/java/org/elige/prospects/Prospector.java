package org.elige.prospects;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.elige.engine.Evaluator;
import org.elige.input.Input;
import org.elige.model.Decision;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;

/**
 * Works out, for a decision, what would open each result that is not positive (issue 18): the
 * first date within a horizon on which the same record would be positive, found by deciding it on
 * the dates where something the rules read changes ({@link Turns}), never day by day; and the
 * single facts that, changed alone, would make it positive today ({@link Changes}). Every claim is
 * a decision of the same rule set, with the same parameters, on the shared rule base.
 */
public final class Prospector {
    /** How far ahead dates are looked for when the caller does not say. */
    public static final Period HORIZON = Period.ofYears(5);

    private Prospector() {}

    /** Whether an outcome is one a person can act on: eligible, or eligible to apply. */
    static boolean positive(Outcome o) {
        return o == Outcome.ELIGIBLE || o == Outcome.ELIGIBLE_TO_APPLY;
    }

    /** A result's identity across decisions of the same record: program, unit kind and unit id. */
    static String key(Result r) {
        return r.program() + " " + r.unit().kind() + " " + r.unit().id();
    }

    /**
     * The prospects of a decision made with explanations (its findings name the facts and
     * parameters each criterion read).
     *
     * @param input      the checked record the decision was made from
     * @param parameters the parameters it was made with (overrides included)
     */
    public static Prospects of(RuleSet rules, Input input, Parameters parameters, Decision decision, Period horizon) {
        LocalDate from = decision.evaluationDate();
        LocalDate until = from.plus(horizon);
        Map<String, Result> open = new LinkedHashMap<>();
        for (Result r : decision.results()) {
            if (r.outcome() == Outcome.NOT_ELIGIBLE || r.outcome() == Outcome.UNDETERMINED) {
                open.put(key(r), r);
            }
        }
        Map<String, NextDate> dates = dates(rules, input, parameters, open, from, until);
        Map<String, List<Change>> changes = new Changes(rules, input, parameters).of(open.values());
        List<Prospect> items = new ArrayList<>();
        open.forEach((k, r) -> {
            NextDate d = dates.get(k);
            List<Change> c = changes.getOrDefault(k, List.of());
            if (d != null || !c.isEmpty()) {
                items.add(new Prospect(r.program(), r.unit(), r.outcome(), d, c));
            }
        });
        return new Prospects(until, List.copyOf(items));
    }

    /** The first positive date of each open result, evaluating the record on each turn in order. */
    private static Map<String, NextDate> dates(
            RuleSet rules,
            Input input,
            Parameters parameters,
            Map<String, Result> open,
            LocalDate from,
            LocalDate until) {
        Map<String, NextDate> found = new HashMap<>();
        if (open.isEmpty()) {
            return found;
        }
        Map<String, Result> waiting = new HashMap<>(open);
        TreeMap<LocalDate, List<Turn>> turns = Turns.of(rules, parameters, open.values(), from, until);
        for (Map.Entry<LocalDate, List<Turn>> turn : turns.entrySet()) {
            LocalDate day = turn.getKey();
            Set<String> programs = new HashSet<>();
            waiting.values().forEach(r -> programs.add(r.program()));
            Decision then = Evaluator.evaluate(rules, on(input, day), parameters, false, programs);
            for (Result r : then.results()) {
                Result now = waiting.get(key(r));
                if (now != null && positive(r.outcome())) {
                    waiting.remove(key(r));
                    found.put(key(r), Because.next(now, day, r.outcome(), turn.getValue(), parameters, input.root()));
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
        }
        return found;
    }

    /** The same record decided on another date. */
    static Input on(Input input, LocalDate day) {
        return new Input(
                input.root(),
                day,
                input.errors(),
                input.warnings(),
                input.invalidUnits(),
                input.sha256(),
                input.errorPaths());
    }
}
