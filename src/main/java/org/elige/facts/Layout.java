package org.elige.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The fields one kind of part of a record (a member, a parcel, the location...) binds as facts,
 * each at a fixed index: a part's fields are read from the tree once, when the part is built, and
 * its accessors hand out the facts by index, with no lookup by name while the rules run. What each
 * field may hold ({@link Fields}) is looked up once per kind, not once per record.
 */
final class Layout {
    /** One field: its name below the part ({@code documents/official_id}), how it is read, and what it may hold. */
    private record Field(String[] path, String suffix, String template, Fields.Spec spec, boolean date) {

        Value bind(JsonNode json, String pointer) {
            JsonNode node = json;
            for (String segment : path) {
                node = node.path(segment);
            }
            return Value.raw(pointer + suffix, node, date ? Node.parseDate(node) : Node.convert(node, spec, template));
        }
    }

    private final String template;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    /** @param template the JSON Pointer of this kind of part, with {@code *} for each list position */
    Layout(String template) {
        this.template = template;
    }

    /** Adds a field read by its JSON type, e.g. {@code curp} or {@code documents/official_id}; returns its index. */
    int field(String name) {
        return add(name, false, name);
    }

    /** Adds a date field ({@link Node#parseDate}); returns its index. */
    int date(String name) {
        return add(name, true, "date:" + name);
    }

    private int add(String name, boolean date, String key) {
        String t = template + "/" + name;
        fields.add(new Field(name.split("/"), "/" + name, t, Fields.spec(t), date));
        index.put(key, fields.size() - 1);
        return fields.size() - 1;
    }

    /** The index of a field read by its JSON type, or -1 when this layout does not bind it. */
    int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** The index of a date field, or -1 when this layout does not bind it. */
    int indexOfDate(String name) {
        return index.getOrDefault("date:" + name, -1);
    }

    /** Every field of one part of the record at {@code pointer}, as facts in index order. */
    Value[] bind(JsonNode json, String pointer) {
        Value[] facts = new Value[fields.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = fields.get(i).bind(json, pointer);
        }
        return facts;
    }
}
