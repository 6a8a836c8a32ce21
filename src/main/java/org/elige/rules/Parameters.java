package org.elige.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.facts.Fields;
import org.elige.model.Shown;

/** Every parameter of a rule set, with a caller's overrides (what-ifs) laid over them. */
public final class Parameters {
    private final Map<String, Parameter> byKey;
    private final Map<String, ParameterValue> overrides;
    /** The longest what-if value accepted, in characters: a longer one is refused before it is parsed. */
    static final int MAX_TEXT = 200;
    /** Every value in force, by date: a caseload has few evaluation dates, and each is asked for again and again. */
    private static final int KEPT_DATES = 512;

    private final Map<LocalDate, Map<String, ParameterValue>> byDate = new java.util.concurrent.ConcurrentHashMap<>();

    Parameters(Map<String, Parameter> byKey) {
        this(byKey, Map.of());
    }

    private Parameters(Map<String, Parameter> byKey, Map<String, ParameterValue> overrides) {
        this.byKey = byKey;
        this.overrides = overrides;
    }

    public Parameter get(String key) {
        return byKey.get(key);
    }

    public Map<String, Parameter> all() {
        return Collections.unmodifiableMap(byKey);
    }

    /** The value in force on {@code date}: the override if the caller gave one. */
    public ParameterValue at(String key, LocalDate date) {
        ParameterValue o = overrides.get(key);
        if (o != null) {
            return o;
        }
        Parameter p = byKey.get(key);
        return p == null ? null : p.at(date);
    }

    /** Every parameter's value in force on {@code date} (absent when none is), overrides included. */
    public Map<String, ParameterValue> inForceOn(LocalDate date) {
        Map<String, ParameterValue> known = byDate.get(date);
        if (known != null) {
            return known;
        }
        return byDate.size() >= KEPT_DATES ? valuesOn(date) : byDate.computeIfAbsent(date, this::valuesOn);
    }

    private Map<String, ParameterValue> valuesOn(LocalDate date) {
        Map<String, ParameterValue> values = new java.util.HashMap<>();
        byKey.keySet().forEach(key -> {
            ParameterValue v = at(key, date);
            if (v != null) {
                values.put(key, v);
            }
        });
        return Collections.unmodifiableMap(values);
    }

    /** The caller's overrides, key to value, for the decision record. */
    public Map<String, Object> overrides() {
        Map<String, Object> out = new TreeMap<>();
        overrides.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    /**
     * These parameters with {@code KEY=VALUE} overrides. A value takes the type of the parameter's
     * values (number, true/false, text, or a comma-separated list), is at most {@value #MAX_TEXT}
     * characters long, and a number is of a plausible size ({@link Fields#plausible(BigDecimal)}):
     * an absurd what-if ({@code 1e999999999}) is refused, not computed with.
     */
    public Parameters with(Map<String, String> raw) {
        Map<String, ParameterValue> o = new TreeMap<>(overrides);
        List<String> problems = new ArrayList<>();
        raw.forEach((key, text) -> {
            Parameter p = byKey.get(key);
            if (p == null) {
                String near = Nearest.of(key, byKey.keySet());
                problems.add("unknown parameter '" + Shown.text(key) + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
                return;
            }
            Object sample = p.values().get(p.values().size() - 1).value();
            Object value = text.length() > MAX_TEXT ? null : parse(text, sample);
            if (text.length() > MAX_TEXT) {
                problems.add("parameter '" + key + "' takes at most " + MAX_TEXT + " characters, not " + text.length());
            } else if (value == null) {
                problems.add("parameter '" + key + "' takes " + typeName(sample) + ", not '" + text + "'");
            } else if (value instanceof BigDecimal n && !Fields.plausible(n)) {
                problems.add("parameter '" + key + "' takes a number less than 10^15 in magnitude with at most "
                        + Fields.MAX_DECIMALS + " decimals, not '" + Shown.text(text) + "'");
            } else {
                o.put(key, new ParameterValue(null, null, value, "override --param " + key + "=" + text, "OVERRIDE"));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Parameters(byKey, o);
    }

    private static Object parse(String text, Object sample) {
        if (sample instanceof BigDecimal) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (sample instanceof Boolean) {
            return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
        }
        if (sample instanceof Scale) {
            return null;
        }
        if (sample instanceof List) {
            return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        return text;
    }

    static String typeName(Object sample) {
        if (sample instanceof BigDecimal) {
            return "a number";
        }
        if (sample instanceof Boolean) {
            return "true or false";
        }
        if (sample instanceof Scale) {
            return "a scale (brackets), which --param cannot replace";
        }
        return sample instanceof List ? "a comma-separated list" : "text";
    }
}
