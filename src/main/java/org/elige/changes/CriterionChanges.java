package org.elige.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.elige.lint.DrlRule;
import org.elige.lint.Period;
import org.elige.lint.RuleFolder;
import org.elige.lint.Token;
import org.elige.lint.Tokens;

/**
 * Criteria (and benefits) whose rules were added, removed or edited, compared rule by rule
 * ignoring layout and comments, with the dates each rule decides on.
 */
final class CriterionChanges {

    private CriterionChanges() {}

    static List<Change> between(RuleFolder old, RuleFolder now) {
        Map<String, Map<String, DrlRule>> before = versions(old);
        Map<String, Map<String, DrlRule>> after = versions(now);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Change> out = new ArrayList<>();
        for (String id : ids) {
            Map<String, DrlRule> b = before.getOrDefault(id, Map.of());
            Map<String, DrlRule> a = after.getOrDefault(id, Map.of());
            List<String> what = new ArrayList<>();
            List<Period> periods = new ArrayList<>();
            Set<String> programs = new TreeSet<>();
            Set<String> names = new TreeSet<>(b.keySet());
            names.addAll(a.keySet());
            for (String name : names) {
                String how = how(b.get(name), a.get(name));
                if (how != null) {
                    what.add("rule \"" + name + "\" " + how);
                    add(old, b.get(name), periods, programs);
                    add(now, a.get(name), periods, programs);
                }
            }
            if (!what.isEmpty()) {
                out.add(new Change(
                        "criterion", id, List.copyOf(programs), String.join("; ", what), Period.union(periods)));
            }
        }
        return out;
    }

    private static String how(DrlRule before, DrlRule after) {
        if (before == null || after == null) {
            return before == null ? "added" : "removed";
        }
        return words(before).equals(words(after)) ? null : "changed";
    }

    private static void add(RuleFolder folder, DrlRule rule, List<Period> periods, Set<String> programs) {
        if (rule != null) {
            periods.add(folder.window(rule));
            folder.programOf(rule).ifPresent(p -> programs.add(p.id()));
        }
    }

    /** The rule's text without layout or comments. */
    private static List<String> words(DrlRule rule) {
        return Tokens.of(rule.text(), 0, rule.text().length()).stream()
                .map(Token::text)
                .toList();
    }

    /** Criterion id (or "benefit of PROGRAM") to rule name to rule. */
    private static Map<String, Map<String, DrlRule>> versions(RuleFolder folder) {
        Map<String, Map<String, DrlRule>> map = new TreeMap<>();
        for (DrlRule r : folder.rules()) {
            String id = r.criterion() != null
                    ? r.criterion()
                    : r.benefit() != null ? "benefit of " + r.benefit() : "rule " + r.name();
            map.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(r.name(), r);
        }
        return map;
    }
}
