package org.elige.audit;

import org.elige.input.Json;
import org.elige.model.Decision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decision in canonical JSON: the contract's snake_case fields with every object's keys sorted,
 * no spaces, numbers exactly as computed. The same input, evaluation date, overrides and rule set
 * give the same text apart from {@code decision_id} and {@code decided_at}.
 */
public final class Canonical {
    /** The two fields that identify one act of deciding rather than what was decided. */
    public static final String[] IDENTITY = {"decision_id", "decided_at"};

    private Canonical() {}

    public static JsonNode tree(Decision d) {
        return Json.WRITER.valueToTree(d);
    }

    /** Written straight from the objects, without a tree: the same text as {@code json(tree(d))}. */
    public static String json(Decision d) {
        return Json.CANONICAL_OBJECTS.writeValueAsString(d);
    }

    public static String json(JsonNode tree) {
        return Json.CANONICAL.writeValueAsString(tree);
    }

    /** The decision without its id and time: what must be byte-identical on replay. */
    public static String withoutIdentity(JsonNode decision) {
        return without(decision, java.util.List.of(IDENTITY));
    }

    /** The canonical text of the decision without the given top-level fields. */
    public static String without(JsonNode decision, java.util.List<String> fields) {
        ObjectNode copy = (ObjectNode) decision.deepCopy();
        fields.forEach(copy::remove);
        return json(copy);
    }
}
