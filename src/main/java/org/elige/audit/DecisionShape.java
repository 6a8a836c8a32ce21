package org.elige.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.elige.input.Json;
import org.elige.model.FullDecision;
import org.elige.model.Messages;
import org.elige.model.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a full decision of any shape (docs/decision-shape.md) as shape 1, where every criterion
 * holds its parameters' value, valid_from, tag and source and its citation, and every result its
 * program's name. Replay, {@code fixture from-log} and the reports compare and read decisions in this
 * form, so a record logged in shape 1 and a decision written today in shape 2 compare by meaning. The
 * stored text is never changed: this builds a copy.
 */
public final class DecisionShape {
    private static final String SHAPE = "shape";

    private DecisionShape() {}

    /** A full decision the reader cannot take apart: an unknown shape, or a reference to nothing. */
    public static final class Unreadable extends RuntimeException {
        private final transient Text reason;

        Unreadable(Text reason) {
            super(reason.en());
            this.reason = reason;
        }

        /** Why, in both languages. */
        public Text reason() {
            return reason;
        }
    }

    /** The shape a full decision is written in: its {@code shape}, or 1 when it has none. */
    public static int of(JsonNode decision) {
        JsonNode shape = decision.path(SHAPE);
        return shape.isMissingNode() ? 1 : shape.asInt(-1);
    }

    /** The decision as shape 1: itself when it is shape 1, else a copy with every reference resolved. */
    public static JsonNode selfContained(JsonNode decision) {
        int shape = of(decision);
        if (shape == 1) {
            return decision;
        }
        if (shape != FullDecision.SHAPE) {
            throw new Unreadable(
                    Messages.text("decision.shape.unknown", decision.path(SHAPE).toString()));
        }
        ObjectNode copy = (ObjectNode) decision.deepCopy();
        JsonNode programs = copy.remove("programs");
        JsonNode table = copy.remove("parameters");
        copy.remove(SHAPE);
        for (JsonNode r : copy.path("results")) {
            ObjectNode result = (ObjectNode) r;
            String program = result.path("program").asString();
            JsonNode entry = programs == null ? null : programs.get(program);
            if (!result.has("program_name")) {
                result.set("program_name", require(entry == null ? null : entry.get("name"), "programs/" + program));
            }
            for (JsonNode c : result.path("criteria")) {
                ObjectNode criterion = (ObjectNode) c;
                criterion.set("parameters", uses(criterion.get("parameters"), table));
                if (!criterion.has("citation")) {
                    JsonNode cited = entry == null
                            ? null
                            : entry.path("citations").get(criterion.path("id").asString());
                    criterion.set("citation", cited == null ? Json.WRITER.nullNode() : cited);
                }
                if (!criterion.has("missing")) {
                    criterion.putArray("missing");
                }
            }
            if (result.path("benefit").isObject()
                    && result.path("benefit").path("parameters").isObject()) {
                ObjectNode benefit = (ObjectNode) result.get("benefit");
                benefit.set("parameters", uses(benefit.get("parameters"), table));
            }
        }
        return reorder(copy);
    }

    /** Table keys to values, as parameter names to their full use ({@code name@date} keys back to names). */
    private static ObjectNode uses(JsonNode refs, JsonNode table) {
        ObjectNode uses = Json.WRITER.createObjectNode();
        if (refs == null) {
            return uses;
        }
        for (Map.Entry<String, JsonNode> ref : refs.properties()) {
            String key = ref.getKey();
            JsonNode use = require(table == null ? null : table.get(key), "parameters/" + key);
            if (!use.path("value").equals(ref.getValue())) {
                throw new Unreadable(Messages.text("decision.shape.value", key));
            }
            int mark = key.indexOf(FullDecision.USE_MARK);
            uses.set(mark < 0 ? key : key.substring(0, mark), use.deepCopy());
        }
        return uses;
    }

    private static JsonNode require(JsonNode n, String where) {
        if (n == null) {
            throw new Unreadable(Messages.text("decision.shape.missing", "/" + where));
        }
        return n;
    }

    /** The fields of every result and criterion in decision.md's order, for a reader of the JSON. */
    private static ObjectNode reorder(ObjectNode decision) {
        for (JsonNode r : decision.path("results")) {
            ObjectNode result = (ObjectNode) r;
            order(result, "program", "program_name", "unit", "outcome", "benefit", "criteria");
            for (JsonNode c : result.path("criteria")) {
                order((ObjectNode) c, "id", "status", "facts", "parameters", "citation", "explanation", "missing");
            }
        }
        return decision;
    }

    private static void order(ObjectNode o, String... first) {
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        o.properties().forEach(p -> rest.put(p.getKey(), p.getValue()));
        o.removeAll();
        for (String name : first) {
            if (rest.containsKey(name)) {
                o.set(name, rest.remove(name));
            }
        }
        rest.forEach(o::set);
    }
}
