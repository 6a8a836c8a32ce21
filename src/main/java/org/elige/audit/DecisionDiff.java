package org.elige.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the first difference between two decisions (parsed from canonical JSON): results are
 * matched by program and unit, criteria by id, so an added or removed result is named as such
 * instead of shifting every later one. The most telling difference comes first: the first result
 * whose outcome changed (else the first that changed at all), and in it the first criterion whose
 * status changed, else whose facts or parameters changed, else the first that changed at all
 * (in its explanation).
 */
public final class DecisionDiff {
    private static final int SHOWN = 300;
    /** Fields that hold only references for the reader: a criterion's citation, a parameter's source. */
    private static final Set<String> WORDING = Set.of("citation", "source");

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
                return new Difference(
                        null, null, null, null, null, null, at, text(before.at(at)), text(after.at(at)), null);
            }
        }
        return null;
    }

    /**
     * What the differences between two decisions touch: an outcome or benefit (a result added or
     * removed counts), else the reasons, else only the wording (see {@link #substance}).
     */
    public static ReplayResult.Change change(JsonNode before, JsonNode after, List<String> ignored) {
        Map<String, JsonNode> b = byKey(before.path("results"));
        Map<String, JsonNode> a = byKey(after.path("results"));
        if (!b.keySet().equals(a.keySet())) {
            return ReplayResult.Change.OUTCOME;
        }
        for (Map.Entry<String, JsonNode> e : b.entrySet()) {
            JsonNode x = e.getValue();
            JsonNode y = a.get(e.getKey());
            if (!x.path("outcome").equals(y.path("outcome"))
                    || !substance(x.path("benefit")).equals(substance(y.path("benefit")))) {
                return ReplayResult.Change.OUTCOME;
            }
        }
        return Canonical.without(substance(before), ignored).equals(Canonical.without(substance(after), ignored))
                ? ReplayResult.Change.WORDING
                : ReplayResult.Change.REASONS;
    }

    /**
     * A copy without the wording: every sentence or label (an object of exactly {@code es} and
     * {@code en}) becomes null, and citations and parameter sources are left out.
     */
    static JsonNode substance(JsonNode n) {
        if (n.isObject()) {
            if (n.size() == 2 && n.has("es") && n.has("en")) {
                return NullNode.getInstance();
            }
            ObjectNode copy = Json.WRITER.createObjectNode();
            n.properties().forEach(p -> {
                if (!WORDING.contains(p.getKey())) {
                    copy.set(p.getKey(), substance(p.getValue()));
                }
            });
            return copy;
        }
        if (n.isArray()) {
            ArrayNode copy = Json.WRITER.createArrayNode();
            n.forEach(x -> copy.add(substance(x)));
            return copy;
        }
        return n;
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
                    y == null ? "absent" : "present",
                    null);
        }
        Map<String, JsonNode> cb = byId(x.path("criteria"));
        Map<String, JsonNode> ca = byId(y.path("criteria"));
        // a changed status first, then a changed fact or parameter, then a changed sentence
        for (int pass = 0; pass < 3; pass++) {
            for (String c : union(cb, ca)) {
                JsonNode p = cb.getOrDefault(c, MissingNode.getInstance());
                JsonNode q = ca.getOrDefault(c, MissingNode.getInstance());
                boolean differs = switch (pass) {
                    case 0 -> !p.path("status").equals(q.path("status"));
                    case 1 -> !substance(p).equals(substance(q));
                    default -> !p.equals(q);
                };
                if (differs) {
                    String at = pass == 0 ? "/status" : pass == 1 ? pointer(substance(p), substance(q)) : pointer(p, q);
                    return new Difference(
                            program, kind, id, before, after, c, at, text(p.at(at)), text(q.at(at)), null);
                }
            }
        }
        String at = pointer(x, y);
        return new Difference(program, kind, id, before, after, null, at, text(x.at(at)), text(y.at(at)), null);
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
