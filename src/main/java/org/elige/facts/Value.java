package org.elige.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.model.Shown;
import tools.jackson.databind.JsonNode;

/**
 * A fact as the rules see it: a value that may be unknown, with the input paths it was read from.
 * A raw fact has one source (its JSON Pointer); a derived fact (age, per-capita income) has a name
 * and the sources it was computed from. Unknown facts name the sources that were missing.
 */
public final class Value {
    private final String name;
    private final Object value;
    /** Input paths read, each with its raw value: never changed once the fact is built, so facts may share it. */
    private final Map<String, Object> sources;
    /** The derived facts this one was computed from: never changed once the fact is built. */
    private final Map<String, Object> parts;
    /** The facts whose absence leaves this one unknown, when narrower than every absent source. */
    private final java.util.Collection<String> why;

    private final java.math.BigDecimal low;
    private final java.math.BigDecimal high;

    private Value(
            String name,
            Object value,
            Map<String, Object> sources,
            Map<String, Object> parts,
            java.util.Collection<String> why,
            java.math.BigDecimal low,
            java.math.BigDecimal high) {
        this.name = name;
        this.value = value;
        this.sources = sources;
        this.parts = parts;
        this.why = why;
        this.low = low;
        this.high = high;
    }

    private Value(
            String name,
            Object value,
            Map<String, Object> sources,
            Map<String, Object> parts,
            java.util.Collection<String> why) {
        this(name, value, sources, parts, why, null, null);
    }

    private Value(String name, Object value, Map<String, Object> sources, Map<String, Object> parts) {
        this(name, value, sources, parts, null);
    }

    /**
     * A raw input fact: the JSON node at {@code pointer} (null or missing means unknown). A list or
     * object where a value belongs is shown back bounded, as in an input error ({@link Shown#value}).
     */
    public static Value raw(String pointer, JsonNode node, Object value) {
        return new Value(
                null,
                value,
                Collections.singletonMap(
                        pointer,
                        node == null || node.isMissingNode() ? null : node.isContainer() ? Shown.value(node) : node),
                Map.of());
    }

    /** A fact computed from others; unknown when {@code value} is null. */
    public static Value derived(String name, Object value, Value... from) {
        return new Value(name, value, sources(from), parts(from));
    }

    /** The sources of all of {@code from}, in order (shared when there is one: a fact's maps never change). */
    private static Map<String, Object> sources(Value[] from) {
        if (from.length == 1) {
            return from[0].sources;
        }
        Map<String, Object> sources = new LinkedHashMap<>();
        for (Value v : from) {
            sources.putAll(v.sources);
        }
        return sources;
    }

    /** The named facts among {@code from} and their parts, in order. */
    private static Map<String, Object> parts(Value[] from) {
        Map<String, Object> parts = null;
        for (Value v : from) {
            if (v.name != null || !v.parts.isEmpty()) {
                if (parts == null) {
                    parts = new LinkedHashMap<>();
                }
                parts.putAll(v.parts);
                if (v.name != null) {
                    parts.put(v.name, v.value);
                }
            }
        }
        return parts == null ? Map.of() : parts;
    }

    /** The same fact under another name. */
    public Value renamed(String newName) {
        return new Value(newName, value, sources, parts, why, low, high);
    }

    /**
     * A true/false fact decided in three-valued logic from others: unknown when {@code t} is, and
     * then missing only what {@code t} names (not every absent source it looked at).
     */
    public static Value decided(String name, Tri t, List<Value> from) {
        Value v = derived(name, t.bool(), from);
        return new Value(name, v.value, v.sources, v.parts, t.missing());
    }

    /** An unknown fact whose absence is due to {@code missing} only (not every absent source it read). */
    public static Value unknown(String name, java.util.Collection<String> missing, List<Value> from) {
        return bounded(name, null, null, missing, from);
    }

    /**
     * A number not known exactly but known to lie between {@code low} and {@code high} (either may
     * be null: unbounded), e.g. a sum over parcels some of whose areas are unknown.
     */
    public static Value bounded(
            String name,
            java.math.BigDecimal low,
            java.math.BigDecimal high,
            java.util.Collection<String> missing,
            List<Value> from) {
        Value v = derived(name, (Object) null, from);
        return new Value(
                name, null, v.sources, v.parts, List.copyOf(new java.util.LinkedHashSet<>(missing)), low, high);
    }

    /** The least this number can be: itself when known. */
    public java.math.BigDecimal low() {
        return known() ? number() : low;
    }

    /** The most this number can be: itself when known. */
    public java.math.BigDecimal high() {
        return known() ? number() : high;
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
        if (why != null) {
            return List.copyOf(why);
        }
        return sources.entrySet().stream()
                .filter(e -> e.getValue() == null || (e.getValue() instanceof JsonNode j && j.isNull()))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public String toString() {
        return (name == null ? sources.keySet().toString() : name) + "=" + value;
    }
}
