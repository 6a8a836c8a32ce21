package org.elige.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled, checked rule set: one shared KieBase (thread-safe; sessions are made per
 * evaluation), the program catalogue, the parameters and the metadata of every rule.
 *
 * @param id    {@code sha256:...} of every rule and parameter file, the rule set's identity
 * @param label a human label from {@code ruleset.yaml}, or the short id
 * @param files every rule, program, parameter and rule-set file by relative path, as read: what
 *              {@code id} is the hash of, and what the decision log stores to rebuild the rule set
 */
public record RuleSet(String id, String label, KieBase kieBase, Map<String, Program> programs, Parameters parameters,
                      Map<String, RuleInfo> rules, List<Diagnostic> warnings, Instant loadedAt, Map<String, String> files) {

    public static final String ENGINE = "drools 10.2.0";

    public RuleInfo info(Rule rule) {
        return rules.get(rule.getPackageName() + "." + rule.getName());
    }

    /** Number of criterion rules. */
    public long criterionRules() {
        return rules.values().stream().filter(r -> !r.isBenefit()).count();
    }
}
