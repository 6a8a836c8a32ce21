package org.elige.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.elige.lint.Period;
import org.elige.lint.ProgramDecl;
import org.elige.lint.RuleFolder;
import tools.jackson.databind.JsonNode;

/** Programs added, removed, or whose {@code program.yaml} changed (names, criteria, decision, dates). */
final class ProgramChanges {

    private ProgramChanges() {}

    static List<Change> between(RuleFolder old, RuleFolder now) {
        Map<String, ProgramDecl> before = byId(old);
        Map<String, ProgramDecl> after = byId(now);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Change> out = new ArrayList<>();
        for (String id : ids) {
            ProgramDecl b = before.get(id);
            ProgramDecl a = after.get(id);
            if (b == null || a == null) {
                ProgramDecl p = a != null ? a : b;
                out.add(new Change(
                        "program",
                        id,
                        List.of(id),
                        (a != null ? "added" : "removed") + " (" + p.nameEn() + ")",
                        List.of(p.known())));
            } else {
                List<String> keys = changedKeys(b.yaml().root(), a.yaml().root());
                if (!keys.isEmpty()) {
                    out.add(new Change(
                            "program",
                            id,
                            List.of(id),
                            String.join(", ", keys) + " changed",
                            Period.union(List.of(b.known(), a.known()))));
                }
            }
        }
        return out;
    }

    private static List<String> changedKeys(JsonNode before, JsonNode after) {
        Set<String> keys = new TreeSet<>(before.propertyNames());
        keys.addAll(after.propertyNames());
        return keys.stream().filter(k -> !before.path(k).equals(after.path(k))).toList();
    }

    private static Map<String, ProgramDecl> byId(RuleFolder folder) {
        Map<String, ProgramDecl> map = new TreeMap<>();
        folder.programs().forEach(p -> map.putIfAbsent(p.id(), p));
        return map;
    }
}
