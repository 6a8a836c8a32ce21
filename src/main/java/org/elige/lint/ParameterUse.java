package org.elige.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elige.rules.Diagnostic;
import org.elige.rules.Nearest;
import org.elige.rules.Parameter;
import org.elige.rules.ParameterReferences;

/**
 * ELG003 and ELG004: a parameter that no rule reads, and a key a rule reads that no
 * {@code parameters.yaml} defines (with the nearest defined key as a suggestion).
 */
final class ParameterUse implements LintRule {

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        Map<String, Parameter> defined = new LinkedHashMap<>();
        folder.params()
                .forEach(
                        p -> defined.putIfAbsent(p.key(), new Parameter(p.key(), null, "", null, List.of(), p.file())));
        Map<String, String> drl = new LinkedHashMap<>();
        folder.drl().forEach(f -> drl.put(f.path(), f.source().text()));
        List<Diagnostic> undefined = new ArrayList<>();
        Set<String> read = ParameterReferences.check(drl, folder.shown(), defined, undefined);
        for (Diagnostic d : undefined) {
            String key = d.message().replaceAll("^parameter '([^']*)'.*", "$1");
            String near = Nearest.of(key, defined.keySet());
            out.add(LintFinding.of(Code.ELG004, d.file(), new int[] {d.line(), d.column()}, key, d.message())
                    .withHint(Code.ELG004.hint() + (near == null ? "" : " (did you mean '" + near + "'?)")));
        }
        Set<String> reported = new HashSet<>();
        for (ParamDecl p : folder.params()) {
            if (!read.contains(p.key()) && reported.add(p.key())) {
                out.add(LintFinding.of(
                        Code.ELG003,
                        p.file(),
                        p.keyAt(),
                        p.key(),
                        "parameter '" + p.key() + "' is defined but no rule reads it"));
            }
        }
    }

    /** The keys one rule reads: in its conditions, its consequence and its sentences. */
    static Set<String> readBy(DrlRule rule) {
        return ParameterReferences.check(Map.of(rule.file(), rule.text()), "", Map.of(), new ArrayList<>());
    }
}
