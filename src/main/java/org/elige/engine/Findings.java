package org.elige.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elige.facts.Unit;
import org.elige.facts.Value;
import org.elige.model.Benefit;
import org.elige.model.Finding;
import org.elige.model.Messages;
import org.elige.model.ParamUse;
import org.elige.model.RuleDefect;
import org.elige.model.Text;
import org.elige.model.UnitRef;
import org.elige.rules.ParameterValue;
import org.elige.rules.Parameters;
import org.elige.rules.RuleFailures;
import org.elige.rules.RuleInfo;
import org.elige.rules.RuleSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The per-evaluation collector that rules hand their findings to (the DRL global {@code out}).
 * Never shared between evaluations. It is also told of every rule that fails ({@link RuleFailures}):
 * the rule's criterion is then UNKNOWN for that unit, with a rule-defect finding naming the rule.
 */
public final class Findings implements RuleFailures.Listener {
    private final RuleSet rules;
    private final LocalDate date;
    private final Parameters parameters;
    private final Set<String> errorPaths;
    private final boolean explain;
    /** Per unit (by identity: units are this evaluation's own objects), criterion id to its findings. */
    private final Map<Unit, Map<String, List<Finding>>> findings = new java.util.IdentityHashMap<>();

    private final Map<Unit, Map<String, Benefit>> benefits = new java.util.IdentityHashMap<>();
    private final Map<String, ParameterValue> inForce;
    /** Per unit, criterion id (or {@code benefit:PROGRAM}) to the failure of its rule. */
    private final Map<Unit, Map<String, RuleDefect>> failed = new java.util.IdentityHashMap<>();

    private final List<RuleDefect> defects = new ArrayList<>();
    private RuleDefect wholeFailure;

    Findings(RuleSet rules, LocalDate date, Parameters parameters, Set<String> errorPaths, boolean explain) {
        this.explain = explain;
        this.rules = rules;
        this.date = date;
        this.parameters = parameters;
        this.errorPaths = errorPaths;
        this.inForce = parameters.inForceOn(date);
    }

    /** Starts deciding the criterion of the firing rule for this unit. */
    public Check check(RuleContext rule, Unit unit) {
        return new Check(this, rules.info(rule.getRule()), unit);
    }

    /** Starts computing the benefit of the firing rule's program for this unit. */
    public BenefitBuilder benefit(RuleContext rule, Unit unit) {
        return new BenefitBuilder(this, rules.info(rule.getRule()), unit);
    }

    /** Whether findings carry their sentences and the facts they read (lean output needs neither). */
    boolean explains() {
        return explain;
    }

    LocalDate date() {
        return date;
    }

    /**
     * The value in force for a rule at the evaluation date, or null when none is. A program decided
     * outside its period takes the values of the nearest date inside it, as it takes its rules.
     */
    ParameterValue parameter(String key, RuleInfo rule) {
        LocalDate on = dateOf(rule);
        ParameterValue v = (on.equals(date) ? inForce : parameters.inForceOn(on)).get(key);
        if (v == null && parameters.get(key) == null) {
            throw new IllegalArgumentException("rule reads undefined parameter '" + key + "'");
        }
        return v;
    }

    /**
     * Why parameters have no value for a rule: "No value is in force on 2025-10-01 for: minimum annual
     * amount per producer", each parameter named by its description.
     */
    Text noneInForce(List<String> keys, RuleInfo rule) {
        String on = dateOf(rule).toString();
        return new Text(
                Messages.get("es", "parameter.none", described(keys, "es"), on),
                Messages.get("en", "parameter.none", described(keys, "en"), on));
    }

    private String described(List<String> keys, String lang) {
        return Explainer.list(
                keys.stream()
                        .map(k -> {
                            org.elige.rules.Parameter p = parameters.get(k);
                            String d = p == null || p.description() == null
                                    ? ""
                                    : p.description().in(lang);
                            // "Monto anual" reads "monto anual" mid-sentence; "UMA mensual" keeps its capitals
                            return d.isBlank()
                                    ? k
                                    : d.length() > 1 && Character.isLowerCase(d.charAt(1))
                                            ? Character.toLowerCase(d.charAt(0)) + d.substring(1)
                                            : d;
                        })
                        .toList(),
                lang);
    }

    /** The record field whose codes parameter {@code key} lists (its {@code codes:}), or null. */
    String codesOf(String key) {
        org.elige.rules.Parameter p = parameters.get(key);
        return p == null ? null : p.codes();
    }

    /** The date whose rules and parameters decide this rule's program: the evaluation date, or the nearest in its period. */
    LocalDate dateOf(RuleInfo rule) {
        return rules.programs().get(rule.program()).nearestInPeriod(date);
    }

    /** Records a parameter's use (when {@code into} is given) and returns its value, null when none is in force. */
    static Object record(ParameterValue pv, String key, Map<String, ParamUse> into) {
        if (into != null) {
            into.put(
                    key,
                    pv == null
                            ? new ParamUse(null, null, null, null)
                            : new ParamUse(pv.value(), pv.validFrom(), pv.tag(), pv.source()));
        }
        return pv == null ? null : pv.value();
    }

    /** Whether the fact was read from a part of the input that breaks the contract. */
    boolean invalid(Value v) {
        if (errorPaths.isEmpty()) {
            return false;
        }
        for (String source : v.sources().keySet()) {
            for (String error : errorPaths) {
                if (source.equals(error) || source.startsWith(error + "/") || error.startsWith(source + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    void add(Unit unit, RuleInfo info, Finding finding) {
        findings.computeIfAbsent(unit, u -> new HashMap<>())
                .computeIfAbsent(info.criterion(), k -> new ArrayList<>(1))
                .add(finding);
    }

    void add(Unit unit, RuleInfo info, Benefit benefit) {
        benefits.computeIfAbsent(unit, u -> new HashMap<>()).put(info.program(), benefit);
    }

    /** The findings of a criterion for a unit (criterion ids are unique across programs). */
    List<Finding> of(Unit unit, String criterion) {
        return findings.getOrDefault(unit, Map.of()).getOrDefault(criterion, List.of());
    }

    Benefit benefitOf(String program, Unit unit) {
        return failed.getOrDefault(unit, Map.of()).containsKey("benefit:" + program)
                ? null
                : benefits.getOrDefault(unit, Map.of()).get(program);
    }

    /**
     * A rule's consequence threw on one match: its criterion (or benefit) is left to the defect for
     * the unit it matched, a unit of its program's kind; the evaluation goes on.
     */
    @Override
    public void ruleFailed(Rule rule, List<? extends Object> matched, Exception failure) {
        RuleInfo info = rules.info(rule);
        String kind = info == null || rules.programs().get(info.program()) == null
                ? null
                : rules.programs().get(info.program()).unit();
        Unit unit = null;
        for (Object o : matched) {
            if (o instanceof Unit u
                    && (unit == null || kind != null && kind.equals(u.kind()) && !kind.equals(unit.kind()))) {
                unit = u;
            }
        }
        RuleDefect defect = new RuleDefect(
                rule.getName(),
                info == null ? null : info.where(),
                info == null ? null : info.program(),
                info == null ? null : info.criterion(),
                unit == null ? null : new UnitRef(unit.kind(), unit.id()),
                RuleDefect.describe(failure));
        defects.add(defect);
        if (unit != null && info != null) {
            failed.computeIfAbsent(unit, u -> new HashMap<>())
                    .put(info.isBenefit() ? "benefit:" + info.program() : info.criterion(), defect);
        }
    }

    /** The rules failed outside one rule's consequence (while matching): what was decided stays, the rest is UNKNOWN. */
    void evaluationFailed(Throwable failure) {
        wholeFailure = new RuleDefect(null, null, null, null, null, RuleDefect.describe(failure));
        defects.add(wholeFailure);
    }

    /** The failure of the rule deciding this criterion for this unit, or null. */
    RuleDefect failure(Unit unit, String criterion) {
        return failed.getOrDefault(unit, Map.of()).get(criterion);
    }

    /** The failure of the whole evaluation (outside one rule), or null. */
    RuleDefect wholeFailure() {
        return wholeFailure;
    }

    /** Every rule failure of this evaluation, in the order they happened. */
    List<RuleDefect> defects() {
        return List.copyOf(defects);
    }
}
