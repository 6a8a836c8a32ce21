package org.elige.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.elige.lint.ParamDecl;
import org.elige.lint.Period;
import org.elige.lint.RuleFolder;
import tools.jackson.databind.JsonNode;

/**
 * Parameters added or removed, and dated values added, removed or changed, each with the dates it
 * is in force and the programs whose rules read it. A value that only ends earlier because a later
 * one was added is not listed again: the added one says so.
 */
final class ParameterChanges {

    private ParameterChanges() {}

    /** A dated value as written, with the dates it is in force (null when the history is malformed). */
    private record Dated(JsonNode node, Period period) {}

    static List<Change> between(RuleFolder old, RuleFolder now) {
        Map<String, ParamDecl> before = byKey(old);
        Map<String, ParamDecl> after = byKey(now);
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, Dated> b = values(before.get(key));
            Map<String, Dated> a = values(after.get(key));
            List<String> what = new ArrayList<>();
            List<Period> periods = new ArrayList<>();
            compare(b, a, what, periods);
            if (before.get(key) == null || after.get(key) == null) {
                what.add(0, before.get(key) == null ? "added" : "removed");
            } else {
                List<String> changed = otherFields(before.get(key), after.get(key));
                if (!changed.isEmpty()) {
                    what.add(String.join(", ", changed) + " changed");
                }
            }
            if (!what.isEmpty()) {
                Set<String> programs = new TreeSet<>(old.programsReading(key));
                programs.addAll(now.programsReading(key));
                out.add(new Change(
                        "parameter", key, List.copyOf(programs), String.join("; ", what), Period.union(periods)));
            }
        }
        return out;
    }

    private static void compare(Map<String, Dated> b, Map<String, Dated> a, List<String> what, List<Period> periods) {
        Set<String> froms = new TreeSet<>(b.keySet());
        froms.addAll(a.keySet());
        for (String from : froms) {
            Dated was = b.get(from);
            Dated is = a.get(from);
            if (was != null && is != null && was.node().equals(is.node())) {
                continue;
            }
            what.add("value from " + from
                    + (was == null
                            ? " added: " + show(is.node())
                            : is == null
                                    ? " removed (was " + show(was.node()) + ")"
                                    : " changed: " + show(was.node()) + " -> " + show(is.node())));
            for (Dated d : new Dated[] {was, is}) {
                if (d != null && d.period() != null) {
                    periods.add(d.period());
                }
            }
        }
    }

    private static String show(JsonNode value) {
        JsonNode v = value.has("brackets") ? value.path("brackets") : value.path("value");
        String until =
                value.has("valid_until") ? " until " + value.path("valid_until").asString() : "";
        return (v.isString() ? v.asString() : v.toString()) + until + " ("
                + value.path("tag").asString("") + ": " + value.path("source").asString("") + ")";
    }

    /** valid_from to the value as written and the dates it is in force. */
    private static Map<String, Dated> values(ParamDecl p) {
        Map<String, Dated> map = new LinkedHashMap<>();
        if (p != null) {
            List<Period> inForce = p.inForce();
            for (int i = 0; i < p.values().size(); i++) {
                ParamDecl.Dated v = p.values().get(i);
                map.put(
                        v.node().path("valid_from").asString(""),
                        new Dated(v.node(), inForce.isEmpty() ? null : inForce.get(i)));
            }
        }
        return map;
    }

    /** The fields other than {@code values} (description, unit, gaps) that differ. */
    private static List<String> otherFields(ParamDecl before, ParamDecl after) {
        JsonNode b = before.yaml().root().path(before.key());
        JsonNode a = after.yaml().root().path(after.key());
        Set<String> fields = new TreeSet<>(b.propertyNames());
        fields.addAll(a.propertyNames());
        return fields.stream()
                .filter(f -> !f.equals("values") && !b.path(f).equals(a.path(f)))
                .toList();
    }

    private static Map<String, ParamDecl> byKey(RuleFolder folder) {
        Map<String, ParamDecl> map = new TreeMap<>();
        folder.params().forEach(p -> map.putIfAbsent(p.key(), p));
        return map;
    }
}
