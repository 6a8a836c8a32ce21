package org.elige.engine;

import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elige.facts.Household;
import org.elige.facts.Person;
import org.elige.facts.Unit;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.model.Decision;
import org.elige.model.Result;
import org.elige.model.RuleSetRef;
import org.elige.rules.Parameters;
import org.elige.rules.Program;
import org.elige.rules.RuleInfo;
import org.elige.rules.RuleSet;
import org.elige.rules.UnitFilter;
import org.kie.api.runtime.KieSession;

/**
 * Decides a household record under a rule set at an evaluation date. Each call opens its own
 * session on the rule set's shared KieBase, so evaluations may run on many threads at once. A rule
 * that throws never ends an evaluation: its criterion is UNKNOWN with a rule-defect finding, and
 * the decision lists the failure ({@link Decision#defects()}).
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * Reads, checks and decides one record. The evaluation date is {@code asOf} when given, else
     * the record's {@code evaluation_date}; never the machine clock.
     *
     * @param overrides parameter what-ifs, {@code KEY -> VALUE}; an unknown key is an IllegalArgumentException
     */
    public static Decision decide(RuleSet rules, byte[] record, LocalDate asOf, Map<String, String> overrides)
            throws InputException {
        return decide(rules, record, asOf, overrides, true);
    }

    /** As {@link #decide(RuleSet, byte[], LocalDate, Map)}; without sentences when {@code explain} is false. */
    public static Decision decide(
            RuleSet rules, byte[] record, LocalDate asOf, Map<String, String> overrides, boolean explain)
            throws InputException {
        Parameters parameters = rules.parameters().with(overrides);
        Input input = HouseholdReader.read(record, rules.enrollable(), asOf);
        return evaluate(rules, input, parameters, explain);
    }

    /**
     * Decides a checked record at its evaluation date: ages, parameters and rule versions are taken
     * on that date.
     *
     * @param parameters the rule set's parameters, with any caller overrides
     */
    public static Decision evaluate(RuleSet rules, Input input, Parameters parameters) {
        return evaluate(rules, input, parameters, true);
    }

    /** As {@link #evaluate(RuleSet, Input, Parameters)}; without sentences and facts read when {@code explain} is false. */
    public static Decision evaluate(RuleSet rules, Input input, Parameters parameters, boolean explain) {
        return evaluate(rules, input, parameters, explain, null);
    }

    /**
     * As {@link #evaluate(RuleSet, Input, Parameters, boolean)}, deciding only these programs (all when
     * null): the others' rules do not fire and they have no results. For re-evaluations that ask
     * about a few results (org.elige.prospects).
     */
    public static Decision evaluate(
            RuleSet rules, Input input, Parameters parameters, boolean explain, java.util.Set<String> only) {
        LocalDate date = input.evaluationDate();
        Household household = new Household(input.root(), date);
        Findings findings = new Findings(rules, date, parameters, input.errorPaths(), explain);
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("out", findings);
            session.insert(household);
            session.insert(household.locality());
            household.members().forEach(session::insert);
            household.producers().forEach(session::insert);
            household.groups().forEach(session::insert);
            session.fireAllRules(match -> {
                RuleInfo info = rules.info(match.getRule());
                return info != null
                        && (only == null || only.contains(info.program()))
                        && info.appliesOn(rules.programs().get(info.program()).nearestInPeriod(date));
            });
        } catch (RuntimeException | StackOverflowError e) {
            // A rule's consequence that throws is handled rule by rule (RuleFailures); this is a
            // failure while matching (a pattern's constraint that throws): one record, not the caller.
            findings.evaluationFailed(e);
        } finally {
            session.dispose();
        }
        List<Result> results = new ArrayList<>();
        for (Program program : rules.programs().values()) {
            if (only != null && !only.contains(program.id())) {
                continue;
            }
            for (Unit unit : units(household, program)) {
                results.add(Combiner.combine(program, unit, findings, input.invalidUnits()));
            }
        }
        return new Decision(
                UlidCreator.getMonotonicUlid().toString(),
                household.id(),
                date,
                Instant.now(),
                new RuleSetRef(rules.id(), rules.label(), RuleSet.ENGINE),
                input.sha256(),
                parameters.overrides(),
                results,
                explain ? Questions.of(results, input.root()) : List.of(),
                input.errors(),
                input.warnings(),
                findings.defects());
    }

    /**
     * The units a program decides for: those of its kind its {@code units:} filter keeps (a member
     * whose relationship to the head is unknown is not known to be one it keeps).
     */
    static List<? extends Unit> units(Household h, Program program) {
        List<? extends Unit> all = units(h, program.unit());
        UnitFilter only = program.units();
        if (only == null) {
            return all;
        }
        if (!only.householdEnrolledIn().isEmpty()
                && only.householdEnrolledIn().stream()
                        .noneMatch(p -> Boolean.TRUE.equals(h.enrolled(null, p).bool()))) {
            return List.of();
        }
        return only.relationshipToHead().isEmpty()
                ? all
                : all.stream()
                        .filter(u -> u instanceof Person p
                                && p.relationshipToHead().text() != null
                                && only.relationshipToHead()
                                        .contains(p.relationshipToHead().text()))
                        .toList();
    }

    /** The units of a kind: living members, producers, groups, the household, the locality. */
    static List<? extends Unit> units(Household h, String kind) {
        return switch (kind) {
            case "PERSON" -> h.living();
            case "PRODUCER" ->
                h.producers().stream()
                        .filter(p -> h.living().contains(p.person()))
                        .toList();
            case "GROUP" -> h.groups();
            case "HOUSEHOLD" -> List.of(h);
            case "LOCALITY" -> List.of(h.locality());
            default -> throw new IllegalArgumentException("unknown unit kind " + kind);
        };
    }
}
