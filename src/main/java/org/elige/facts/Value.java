package org.elige.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A fact as the rules see it: a value that may be unknown, with the input paths it was read from.
 * A raw fact has one source (its JSON Pointer); a derived fact (age, per-capita income) has a name
 * and the sources it was computed from. Unknown facts name the sources that were missing.
 */
public final class Value {
    private final String name;
    private final Object value;
    private final Map<String, Object> sources;
    private final Map<String, Object> parts;

    private Value(String name, Object value, Map<String, Object> sources, Map<String, Object> parts) {
        this.name = name;
        this.value = value;
        this.sources = sources;
        this.parts = parts;
    }

    /** A raw input fact: the JSON node at {@code pointer} (null or missing means unknown). */
    public static Value raw(String pointer, JsonNode node, Object value) {
        Map<String, Object> sources = new LinkedHashMap<>(2);
        sources.put(pointer, node == null || node.isMissingNode() ? null : node);
        return new Value(null, value, sources, Map.of());
    }

    /** A fact computed from others; unknown when {@code value} is null. */
    public static Value derived(String name, Object value, Value... from) {
        Map<String, Object> sources = new LinkedHashMap<>();
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Value v : from) {
            sources.putAll(v.sources);
            parts.putAll(v.parts);
            if (v.name != null) {
                parts.put(v.name, v.value);
            }
        }
        return new Value(name, value, sources, parts);
    }

    /** The same fact under another name. */
    public Value renamed(String newName) {
        return new Value(newName, value, sources, parts);
    }

    /** A fact computed from others, with its sources given as a list. */
    public static Value derived(String name, Object value, List<Value> from) {
        return derived(name, value, from.toArray(Value[]::new));
    }

    public boolean known() {
        return value != null;
    }

    public String name() {
        return name;
    }

    public Object get() {
        return value;
    }

    public BigDecimal number() {
        return value instanceof BigDecimal n ? n : null;
    }

    public Boolean bool() {
        return value instanceof Boolean b ? b : null;
    }

    public String text() {
        return value instanceof String s ? s : null;
    }

    public LocalDate date() {
        return value instanceof LocalDate d ? d : null;
    }

    /** The derived facts this one was computed from, name to value (e.g. each deprivation). */
    public Map<String, Object> parts() {
        return Collections.unmodifiableMap(parts);
    }

    /** Input paths read, each with its raw value (null when absent). */
    public Map<String, Object> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** The sources whose value was absent or null: what a caseworker should ask for. */
    public List<String> missing() {
        if (known()) {
            return List.of();
        }
        return sources.entrySet().stream()
                .filter(e -> e.getValue() == null || (e.getValue() instanceof JsonNode j && j.isNull()))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public String toString() {
        return (name == null ? sources.keySet().toString() : name) + "=" + value;
    }
}
