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
import org.elige.rules.ParameterValue;
import org.elige.rules.Parameters;
import org.elige.rules.RuleInfo;
import org.elige.rules.RuleSet;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The per-evaluation collector that rules hand their findings to (the DRL global {@code out}).
 * Never shared between evaluations.
 */
public final class Findings {
    private final RuleSet rules;
    private final LocalDate date;
    private final Parameters parameters;
    private final Set<String> errorPaths;
    private final boolean explain;
    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final Map<String, Benefit> benefits = new HashMap<>();

    Findings(RuleSet rules, LocalDate date, Parameters parameters, Set<String> errorPaths, boolean explain) {
        this.explain = explain;
        this.rules = rules;
        this.date = date;
        this.parameters = parameters;
        this.errorPaths = errorPaths;
    }

    /** Starts deciding the criterion of the firing rule for this unit. */
    public Check check(RuleContext rule, Unit unit) {
        return new Check(this, rules.info(rule.getRule()), unit);
    }

    /** Starts computing the benefit of the firing rule's program for this unit. */
    public BenefitBuilder benefit(RuleContext rule, Unit unit) {
        return new BenefitBuilder(this, rules.info(rule.getRule()), unit);
    }

    /** Whether findings carry their sentences (not needed for lean output). */
    boolean explains() {
        return explain;
    }

    LocalDate date() {
        return date;
    }

    ParameterValue parameter(String key) {
        if (parameters.get(key) == null) {
            throw new IllegalArgumentException("rule reads undefined parameter '" + key + "'");
        }
        return parameters.at(key, date);
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
        findings.computeIfAbsent(key(info.program(), unit) + "|" + info.criterion(), k -> new ArrayList<>(1)).add(finding);
    }

    void add(Unit unit, RuleInfo info, Benefit benefit) {
        benefits.put(key(info.program(), unit), benefit);
    }

    List<Finding> of(String program, Unit unit, String criterion) {
        return findings.getOrDefault(key(program, unit) + "|" + criterion, List.of());
    }

    Benefit benefitOf(String program, Unit unit) {
        return benefits.get(key(program, unit));
    }

    private static String key(String program, Unit unit) {
        return program + "|" + unit.kind() + "|" + unit.id();
    }
}
