package org.elige.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.elige.input.Json;
import tools.jackson.databind.JsonNode;

/**
 * Every field the household schema declares, as a JSON Pointer into a record (an array's items as
 * index 0: {@code /members/0/birth_date}), with the JSON types it allows: where a mutation puts a
 * value even when the fixture leaves the field out.
 */
final class Fields {
    record Field(String pointer, List<String> types, boolean isEnum) {
        boolean numeric() {
            return types.contains("number") || types.contains("integer");
        }

        boolean text() {
            return types.contains("string") || isEnum;
        }

        @Override
        public String toString() {
            return pointer;
        }
    }

    private static final JsonNode SCHEMA = load();
    private static final List<Field> ALL = collect();

    private Fields() {}

    static List<Field> all() {
        return ALL;
    }

    static List<Field> numeric() {
        return ALL.stream().filter(Field::numeric).toList();
    }

    static List<Field> text() {
        return ALL.stream().filter(Field::text).toList();
    }

    /** The most items the schema accepts in a top-level list ({@code maxItems}), or -1 when it sets none. */
    static int maxItems(String list) {
        return resolve(SCHEMA.path("properties").path(list)).path("maxItems").asInt(-1);
    }

    private static List<Field> collect() {
        List<Field> out = new ArrayList<>();
        walk(SCHEMA, "", out, 0);
        return List.copyOf(out);
    }

    private static void walk(JsonNode schema, String at, List<Field> out, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 6) {
            return;
        }
        for (var p : s.path("properties").properties()) {
            String pointer = at + "/" + p.getKey();
            JsonNode field = resolve(p.getValue());
            out.add(new Field(pointer, types(field), field.has("enum")));
            walk(field, pointer, out, depth + 1);
        }
        JsonNode items = s.path("items");
        if (items.isObject() && !at.isEmpty()) {
            JsonNode item = resolve(items);
            out.add(new Field(at + "/0", types(item), item.has("enum")));
            walk(item, at + "/0", out, depth + 1);
        }
    }

    private static List<String> types(JsonNode field) {
        JsonNode t = field.path("type");
        List<String> types = new ArrayList<>();
        if (t.isString()) {
            types.add(t.stringValue());
        } else {
            t.forEach(x -> types.add(x.asString()));
        }
        if (field.path("format").asString("").equals("date")) {
            types.add("date");
        }
        return types;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? SCHEMA.at(ref.substring(1)) : node;
    }

    private static JsonNode load() {
        try (InputStream in = Fields.class.getResourceAsStream("/schema/household.schema.json")) {
            return Json.READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
