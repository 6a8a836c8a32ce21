package org.elige.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;

/**
 * Values on either side of each limit the schema sets on a field, read from the schema itself:
 * numbers at, just inside and just outside its {@code minimum} and {@code maximum} (written as
 * integers, decimals and exponents), a decimal digit more than its {@code multipleOf}, text of
 * {@code maxLength} characters and one more (in letters and in characters outside the BMP, which
 * count once but take two UTF-16 units), strings next to each {@code pattern} and date, every code
 * of an {@code enum} and near misses of it: where a fast check and the validator could disagree.
 */
final class Edges {
    private static final JsonNode SCHEMA = load();

    private Edges() {}

    /** A value at the edge of the field's schema. */
    static Arbitrary<Raw> of(Fields.Field field) {
        return Arbitraries.of(values(schemaOf(field.pointer()))).map(Raw::of);
    }

    /** The field's schema, its references followed. */
    private static JsonNode schemaOf(String pointer) {
        JsonNode s = resolve(SCHEMA);
        for (String segment : pointer.substring(1).split("/")) {
            s = resolve(
                    segment.matches("\\d+")
                            ? s.path("items")
                            : s.path("properties").path(segment));
        }
        return s;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? resolve(SCHEMA.at(ref.substring(1))) : node;
    }

    private static List<String> values(JsonNode s) {
        Set<String> out = new LinkedHashSet<>(List.of("null", "true", "\"\"", "0", "-0", "0.0", "[]", "{}"));
        for (String bound : List.of("minimum", "maximum")) {
            if (s.has(bound)) {
                BigDecimal b = s.get(bound).decimalValue();
                for (BigDecimal step :
                        List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.01"), new BigDecimal("0.0001"))) {
                    for (BigDecimal v : List.of(b.add(step), b.subtract(step))) {
                        out.add(v.toPlainString());
                        out.add(v.setScale(Math.max(v.scale(), 1)).toPlainString());
                        out.add(v.stripTrailingZeros().toString().replace("E+", "E"));
                    }
                }
            }
        }
        if (s.has("multipleOf")) {
            int scale = s.get("multipleOf").decimalValue().stripTrailingZeros().scale();
            out.add("1." + "0".repeat(scale - 1) + "1");
            out.add("1." + "0".repeat(scale) + "1");
            out.add("1." + "5".repeat(scale) + "0");
        }
        out.addAll(List.of("2.0", "7", "2025.0", "9007199254740993", "123456789012345678901234567890", "1e2"));
        for (String bound : List.of("minLength", "maxLength")) {
            if (s.has(bound)) {
                int n = s.get(bound).asInt();
                for (int len : List.of(Math.max(0, n - 1), n, n + 1)) {
                    out.add(Raw.quote("a".repeat(len), false));
                    out.add(Raw.quote("😀".repeat(len), false));
                    out.add(Raw.quote("é".repeat(len), true));
                }
            }
        }
        if (s.has("pattern") || s.has("format")) {
            out.addAll(List.of(
                    "\"01\"",
                    "\"1\"",
                    "\"32\"",
                    "\"33\"",
                    "\"00\"",
                    "\"001\"",
                    "\"0001\"",
                    "\"12345\"",
                    "\"001\\n\"",
                    "\"0001\\n\"",
                    "\"ABCD\"",
                    "\"abcd\"",
                    "\"0A1B\"",
                    "\"A_1\"",
                    "\"a_1\"",
                    "\"1.0\"",
                    "\"1.10\"",
                    "\"1.\"",
                    "\"2.0\"",
                    "\"1.0\\n\"",
                    "\"\\u0661\\u0662\\u0663\"",
                    "\"2025-02-28\"",
                    "\"2024-02-29\"",
                    "\"2025-02-29\"",
                    "\"2025-13-01\"",
                    "\"2025-00-10\"",
                    "\"2025-1-01\"",
                    "\"2025-10-01\\n\"",
                    "\"0000-01-01\"",
                    "\"9999-12-31\"",
                    "\"+10000-01-01\"",
                    "\"-0001-01-01\"",
                    "\"2025-10-01 \""));
        }
        for (JsonNode code : s.path("enum")) {
            out.add(code.toString());
            if (code.isString()) {
                String c = code.stringValue();
                out.add(Raw.quote(c.toLowerCase(Locale.ROOT), false));
                out.add(Raw.quote(c + " ", false));
                out.add(Raw.quote(c.substring(0, Math.max(0, c.length() - 1)), false));
            }
        }
        return new ArrayList<>(out);
    }

    private static JsonNode load() {
        try (InputStream in = Edges.class.getResourceAsStream("/schema/household.schema.json")) {
            return Json.READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
