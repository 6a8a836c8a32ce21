package org.elige.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled, checked rule set: one shared KieBase (thread-safe; sessions are made per
 * evaluation), the program catalogue, the parameters and the metadata of every rule.
 *
 * @param id    {@code sha256:...} of every rule and parameter file, the rule set's identity
 * @param label a human label from {@code ruleset.yaml}, or the short id
 * @param byRule the same metadata by rule object, for the lookup made at every rule firing
 * @param files every rule, program, parameter and rule-set file by relative path, as read: what
 *              {@code id} is the hash of, and what the decision log stores to rebuild the rule set
 * @param enrollable what a record's {@code program_enrollments[].program} may name: this rule set's
 *              programs, and the {@code other_enrollments} of {@code ruleset.yaml} (e.g. earlier CONAVI support)
 */
public record RuleSet(
        String id,
        String label,
        KieBase kieBase,
        Map<String, Program> programs,
        Parameters parameters,
        Map<String, RuleInfo> rules,
        List<Diagnostic> warnings,
        Instant loadedAt,
        Map<String, String> files,
        Set<String> enrollable,
        Map<Rule, RuleInfo> byRule) {

    public static final String ENGINE = "drools 10.2.0";

    /** @param rules rule metadata by {@code package.name} */
    public RuleSet(
            String id,
            String label,
            KieBase kieBase,
            Map<String, Program> programs,
            Parameters parameters,
            Map<String, RuleInfo> rules,
            List<Diagnostic> warnings,
            Instant loadedAt,
            Map<String, String> files,
            Set<String> otherEnrollments) {
        this(
                id,
                label,
                kieBase,
                programs,
                parameters,
                rules,
                warnings,
                loadedAt,
                files,
                enrollable(programs, otherEnrollments),
                byRule(kieBase, rules));
    }

    private static Set<String> enrollable(Map<String, Program> programs, Set<String> others) {
        Set<String> all = new java.util.LinkedHashSet<>(programs.keySet());
        all.addAll(others);
        return java.util.Collections.unmodifiableSet(all);
    }

    /** The metadata of a rule of this rule set (looked up by identity: this runs for every rule firing). */
    public RuleInfo info(Rule rule) {
        RuleInfo info = byRule.get(rule);
        return info != null ? info : rules.get(rule.getPackageName() + "." + rule.getName());
    }

    private static Map<Rule, RuleInfo> byRule(KieBase base, Map<String, RuleInfo> rules) {
        Map<Rule, RuleInfo> map = new java.util.IdentityHashMap<>();
        if (base != null) {
            base.getKiePackages()
                    .forEach(p -> p.getRules().forEach(r -> {
                        RuleInfo info = rules.get(r.getPackageName() + "." + r.getName());
                        if (info != null) {
                            map.put(r, info);
                        }
                    }));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Number of criterion rules. */
    public long criterionRules() {
        return rules.values().stream().filter(r -> !r.isBenefit()).count();
    }
}
