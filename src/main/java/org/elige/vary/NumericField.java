package org.elige.vary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.elige.input.Json;
import org.elige.input.SchemaCheck;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What the household schema says of the number at a JSON Pointer: whether it is an integer, its
 * range, and its grain (its {@code multipleOf}; 1 for an integer; a cent otherwise).
 */
record NumericField(boolean integer, BigDecimal minimum, BigDecimal maximum, BigDecimal grain) {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final JsonNode SCHEMA = load();

    /**
     * The numeric field the schema describes at {@code pointer}, or null when the schema describes
     * no number there (no such field, or one of another type).
     */
    static NumericField at(String pointer) {
        JsonNode node = resolve(SCHEMA);
        JsonPointer p = JsonPointer.compile(pointer);
        while (!p.matches()) {
            String segment = p.getMatchingProperty();
            if (node.has("items") && segment.matches("0|[1-9][0-9]{0,8}")) {
                node = resolve(node.get("items"));
            } else if (node.path("properties").has(segment)) {
                node = resolve(node.get("properties").get(segment));
            } else {
                return null;
            }
            p = p.tail();
        }
        boolean integer = types(node, "integer");
        if (!integer && !types(node, "number")) {
            return null;
        }
        BigDecimal grain =
                node.has("multipleOf") ? node.get("multipleOf").decimalValue() : integer ? BigDecimal.ONE : CENT;
        return new NumericField(
                integer,
                node.has("minimum") ? node.get("minimum").decimalValue() : null,
                node.has("maximum") ? node.get("maximum").decimalValue() : null,
                grain);
    }

    private static boolean types(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (type.equals(x.asString())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asString(""));
    }

    /** Follows local {@code $ref}s ({@code #/$defs/money}). */
    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref") && hops < 8; hops++) {
            String ref = s.get("$ref").asString();
            s = SCHEMA.at(JsonPointer.compile(ref.startsWith("#") ? ref.substring(1) : ref));
        }
        return s;
    }

    private static JsonNode load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            return Json.READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
