package org.elige.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the household schema lets each field hold, so that the fact layer never hands a rule a
 * value of the wrong type or an absurd size: a string where a number is expected, a number beyond
 * the field's range, {@code 1e999999999}, is unknown (the schema check reports it, and the results
 * that read it are DATA_ERROR). Fields are named by templates: JSON Pointers with {@code *} for
 * each list position. They are read once from the published schema.
 */
public final class Fields {
    /** The largest magnitude a number in a record may have, whatever its field: 10^15 (exclusive). */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");
    /** The most decimals a number in a record may have (after trailing zeros). */
    public static final int MAX_DECIMALS = 10;
    /** The earliest date a record may give, and the latest evaluation date. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** What one field may hold: its JSON types and, for a number, its range. */
    record Spec(
            boolean number,
            boolean integer,
            boolean string,
            boolean bool,
            boolean array,
            BigDecimal min,
            BigDecimal max) {

        boolean accepts(BigDecimal n) {
            if (!number && !integer) {
                return false;
            }
            if (!number && n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
                return false;
            }
            return (min == null || n.compareTo(min) >= 0) && (max == null || n.compareTo(max) <= 0);
        }
    }

    private static final String SCHEMA = "/schema/household.schema.json";
    private static final Map<String, Spec> SPECS = load();

    private Fields() {}

    /** What the field at this template may hold, or null when the schema does not name it. */
    static Spec spec(String template) {
        return SPECS.get(template);
    }

    /** Whether some field of the record has this name ({@code cve_ent}), wherever it is. */
    public static boolean named(String name) {
        return SPECS.keySet().stream().anyMatch(t -> t.endsWith("/" + name));
    }

    /** Whether the field at this pointer holds numbers, or whole numbers only when {@code whole} is true. */
    public static boolean numeric(String pointer, boolean whole) {
        Spec s = SPECS.get(template(pointer));
        return s != null && (whole ? s.integer() && !s.number() : s.number() || s.integer());
    }

    /** Whether the field at this pointer may hold this number (its type and range). */
    public static boolean accepts(String pointer, BigDecimal n) {
        Spec s = SPECS.get(template(pointer));
        return s != null && s.accepts(n);
    }

    /** A pointer as a template: every list position (a segment of digits) becomes {@code *}. */
    static String template(String pointer) {
        if (pointer.isEmpty()) {
            return pointer;
        }
        StringBuilder b = new StringBuilder(pointer.length());
        for (String segment : pointer.substring(1).split("/", -1)) {
            b.append('/').append(!segment.isEmpty() && segment.chars().allMatch(Character::isDigit) ? "*" : segment);
        }
        return b.toString();
    }

    /**
     * Whether a number is of a size any field could hold: less than 10^15 in magnitude, at most
     * {@value #MAX_DECIMALS} decimals. Cheap for any number Jackson reads (it never expands an exponent).
     */
    public static boolean plausible(BigDecimal n) {
        if (n.signum() == 0) {
            return true;
        }
        if ((long) n.precision() - n.scale() > 15) {
            return false;
        }
        return n.scale() <= MAX_DECIMALS || n.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    /** Whether a date is one a record may give: from {@link #EARLIEST} to {@link #LATEST}. */
    public static boolean plausible(LocalDate d) {
        return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }

    private static Map<String, Spec> load() {
        JsonNode schema;
        try (InputStream in = Fields.class.getResourceAsStream(SCHEMA)) {
            schema = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Spec> specs = new HashMap<>();
        walk(schema, schema, "", specs, 0);
        return Map.copyOf(specs);
    }

    private static void walk(JsonNode root, JsonNode node, String template, Map<String, Spec> specs, int depth) {
        if (depth > 16) {
            return;
        }
        JsonNode s = resolve(root, node);
        if (!template.isEmpty()) {
            specs.put(template, spec(s, node));
        }
        s.path("properties")
                .properties()
                .forEach(p -> walk(root, p.getValue(), template + "/" + p.getKey(), specs, depth + 1));
        if (s.has("items")) {
            walk(root, s.path("items"), template + "/*", specs, depth + 1);
        }
    }

    /** A {@code $ref} resolved (the keywords beside it, at the use site, are read too: see {@link #keyword}). */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? resolve(root, root.at(ref.substring(1))) : node;
    }

    private static JsonNode keyword(JsonNode use, JsonNode def, String name) {
        return use.has(name) ? use.get(name) : def.get(name);
    }

    private static Spec spec(JsonNode def, JsonNode use) {
        boolean number = false;
        boolean integer = false;
        boolean string = false;
        boolean bool = false;
        boolean array = false;
        JsonNode type = keyword(use, def, "type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : java.util.List.of(type)) {
                switch (t.asString("")) {
                    case "number" -> number = true;
                    case "integer" -> integer = true;
                    case "string" -> string = true;
                    case "boolean" -> bool = true;
                    case "array" -> array = true;
                    default -> {}
                }
            }
        }
        JsonNode values = keyword(use, def, "enum");
        if (values != null) {
            for (JsonNode v : values) {
                string |= v.isString();
                bool |= v.isBoolean();
                number |= v.isNumber();
            }
        }
        JsonNode min = keyword(use, def, "minimum");
        JsonNode max = keyword(use, def, "maximum");
        return new Spec(
                number,
                integer,
                string,
                bool,
                array,
                min == null ? null : min.decimalValue(),
                max == null ? null : max.decimalValue());
    }
}
