package org.elige.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Finds the first difference between two decisions (parsed from canonical JSON): results are
 * matched by program and unit, criteria by id, so an added or removed result is named as such
 * instead of shifting every later one. The most telling difference comes first: the first result
 * whose outcome changed (else the first that changed at all), and in it the first criterion whose
 * status changed (else the first that changed at all, e.g. in its explanation or parameters).
 */
public final class DecisionDiff {
    private static final int SHOWN = 300;

    private DecisionDiff() {}

    /** The first difference of the two decisions, ignoring {@code ignored} top-level fields; null when none. */
    public static Difference first(JsonNode before, JsonNode after, List<String> ignored) {
        Map<String, JsonNode> b = byKey(before.path("results"));
        Map<String, JsonNode> a = byKey(after.path("results"));
        List<String> keys = union(b, a);
        for (boolean outcomesOnly : new boolean[] {true, false}) {
            for (String key : keys) {
                JsonNode x = b.get(key);
                JsonNode y = a.get(key);
                if (x == null
                        || y == null
                        || !x.equals(y) && (!outcomesOnly || !x.path("outcome").equals(y.path("outcome")))) {
                    return result(x, y);
                }
            }
        }
        for (String field : new TreeSet<>(names(before, after))) {
            if (!field.equals("results")
                    && !ignored.contains(field)
                    && !before.path(field).equals(after.path(field))) {
                String at = "/" + escape(field) + pointer(before.path(field), after.path(field));
                return new Difference(null, null, null, null, null, null, at, text(before.at(at)), text(after.at(at)));
            }
        }
        return null;
    }

    private static Difference result(JsonNode x, JsonNode y) {
        JsonNode some = x != null ? x : y;
        String program = some.path("program").asString();
        String kind = some.at("/unit/kind").asString();
        String id = some.at("/unit/id").asString();
        String before = x == null ? null : x.path("outcome").asString();
        String after = y == null ? null : y.path("outcome").asString();
        if (x == null || y == null) {
            return new Difference(
                    program,
                    kind,
                    id,
                    before,
                    after,
                    null,
                    "",
                    x == null ? "absent" : "present",
                    y == null ? "absent" : "present");
        }
        Map<String, JsonNode> cb = byId(x.path("criteria"));
        Map<String, JsonNode> ca = byId(y.path("criteria"));
        for (boolean statusOnly : new boolean[] {true, false}) {
            for (String c : union(cb, ca)) {
                JsonNode p = cb.getOrDefault(c, MissingNode.getInstance());
                JsonNode q = ca.getOrDefault(c, MissingNode.getInstance());
                if (!p.equals(q) && (!statusOnly || !p.path("status").equals(q.path("status")))) {
                    String at = statusOnly ? "/status" : pointer(p, q);
                    return new Difference(program, kind, id, before, after, c, at, text(p.at(at)), text(q.at(at)));
                }
            }
        }
        String at = pointer(x, y);
        return new Difference(program, kind, id, before, after, null, at, text(x.at(at)), text(y.at(at)));
    }

    /** The JSON Pointer of the first difference between two trees ("" when they differ as a whole). */
    static String pointer(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            for (String name : new TreeSet<>(names(a, b))) {
                if (!a.path(name).equals(b.path(name))) {
                    return "/" + escape(name) + pointer(a.path(name), b.path(name));
                }
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                if (!a.path(i).equals(b.path(i))) {
                    return "/" + i + pointer(a.path(i), b.path(i));
                }
            }
        }
        return "";
    }

    private static List<String> names(JsonNode a, JsonNode b) {
        List<String> names = new ArrayList<>(a.propertyNames());
        names.addAll(b.propertyNames());
        return names;
    }

    private static List<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    static Map<String, JsonNode> byKey(JsonNode results) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        results.forEach(r -> map.put(
                r.path("program").asString() + " " + r.at("/unit/kind").asString() + " "
                        + r.at("/unit/id").asString(),
                r));
        return map;
    }

    static Map<String, JsonNode> byId(JsonNode criteria) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.put(c.path("id").asString(), c));
        return map;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String text(JsonNode n) {
        String s = n.isMissingNode() ? "absent" : n.isString() ? n.asString() : n.toString();
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }
}
