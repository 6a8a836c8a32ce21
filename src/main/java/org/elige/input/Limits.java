package org.elige.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.facts.Fields;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Shown;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bounds that keep the work and the output of one record in proportion to it (README,
 * "Limits"): how many members, parcels, businesses, groups and enrollments a record may list (the
 * schema's {@code maxItems}; over them the record is refused), which numbers are of a plausible size
 * at all ({@link Fields#plausible(BigDecimal)}), and how many problems are listed per record.
 */
public final class Limits {
    /** The most problems listed for one record; the rest are counted in one more problem. */
    public static final int MAX_PROBLEMS = 50;
    /** The record's lists and the most items each may have, from the schema. */
    public static final Map<String, Integer> LISTS = lists();

    private Limits() {}

    /** A located problem for each list over its limit: such a record is refused, not decided. */
    static List<InputError> tooMany(JsonNode root) {
        List<InputError> problems = new ArrayList<>();
        LISTS.forEach((list, max) -> {
            JsonNode items = root.path(list);
            if (items.isArray() && items.size() > max) {
                problems.add(
                        new InputError("/" + list, null, Messages.text("input.too_many", items.size(), list, max)));
            }
        });
        return problems;
    }

    /**
     * A located problem for each number of absurd size ({@code 1e999999999}, {@code 1e-400}, more
     * than 10^15), wherever it is in the record, found without ever expanding it.
     */
    static List<InputError> absurdNumbers(JsonNode root) {
        List<InputError> problems = new ArrayList<>();
        walk(root, new ArrayList<>(), problems, false);
        return problems;
    }

    /** A copy of the record with every absurd number replaced by null, for checks that would expand it. */
    public static JsonNode withoutAbsurdNumbers(JsonNode root) {
        JsonNode copy = root.deepCopy();
        walk(copy, new ArrayList<>(), new ArrayList<>(), true);
        return copy;
    }

    /** Every number of the tree, its path kept as keys and positions (a pointer is built only for a problem). */
    private static void walk(JsonNode node, List<Object> at, List<InputError> problems, boolean replace) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode v = e.getValue();
                if (v.isContainer()) {
                    at.add(e.getKey());
                    walk(v, at, problems, replace);
                    at.remove(at.size() - 1);
                } else if (absurd(v)) {
                    problems.add(problem(pointer(at, e.getKey()), v));
                    if (replace) {
                        object.putNull(e.getKey());
                    }
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode v = array.get(i);
                if (v.isContainer()) {
                    at.add(i);
                    walk(v, at, problems, replace);
                    at.remove(at.size() - 1);
                } else if (absurd(v)) {
                    problems.add(problem(pointer(at, i), v));
                    if (replace) {
                        array.set(i, JsonNodeFactory.instance.nullNode());
                    }
                }
            }
        }
    }

    private static String pointer(List<Object> at, Object last) {
        StringBuilder b = new StringBuilder();
        for (Object segment : at) {
            b.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return b.append('/')
                .append(last.toString().replace("~", "~0").replace("/", "~1"))
                .toString();
    }

    private static boolean absurd(JsonNode n) {
        return n.isNumber() && !Fields.plausible(n.decimalValue());
    }

    private static InputError problem(String at, JsonNode n) {
        String shown = Shown.number(n.decimalValue());
        return new InputError(
                at, JsonNodeFactory.instance.stringNode(shown), Messages.text("input.absurd_number", shown));
    }

    /**
     * At most {@value #MAX_PROBLEMS} problems, then one more that counts the others; each shown
     * value bounded ({@link Shown#value}).
     */
    public static List<InputError> bounded(List<InputError> problems) {
        if (problems.isEmpty()) {
            return problems;
        }
        int shown = Math.min(problems.size(), MAX_PROBLEMS);
        List<InputError> out = new ArrayList<>(shown + 1);
        for (InputError e : problems.subList(0, shown)) {
            out.add(
                    e.value() instanceof JsonNode v && Shown.value(v) != v
                            ? new InputError(e.path(), Shown.value(v), e.message())
                            : e);
        }
        if (problems.size() > shown) {
            out.add(new InputError(
                    "", null, Messages.text("input.more_problems", problems.size() - shown, MAX_PROBLEMS)));
        }
        return out;
    }

    private static Map<String, Integer> lists() {
        JsonNode schema;
        try (InputStream in = Limits.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            schema = Json.READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> lists = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p -> {
            if (p.getValue().has("maxItems")) {
                lists.put(p.getKey(), p.getValue().path("maxItems").asInt());
            }
        });
        return Collections.unmodifiableMap(lists);
    }
}
