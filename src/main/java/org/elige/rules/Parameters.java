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
import org.elige.model.Messages;
import org.elige.model.Shown;
import org.elige.model.Text;

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
        List<Text> problems = new ArrayList<>();
        raw.forEach((key, text) -> {
            Parameter p = byKey.get(key);
            if (p == null) {
                String near = Nearest.of(key, byKey.keySet());
                Text unknown = Messages.text("param.unknown", Shown.text(key));
                problems.add(near == null ? unknown : unknown.then(Messages.text("input.did_you_mean", near)));
                return;
            }
            Object sample = p.values().get(p.values().size() - 1).value();
            Object value = text.length() > MAX_TEXT ? null : parse(text, sample);
            if (text.length() > MAX_TEXT) {
                problems.add(Messages.text("param.too_long", key, MAX_TEXT, text.length()));
            } else if (value == null) {
                problems.add(Messages.text("param.wrong_type", key, typeName(sample), Shown.text(text)));
            } else if (value instanceof BigDecimal n && !Fields.plausible(n)) {
                problems.add(Messages.text("param.absurd", key, Fields.MAX_DECIMALS, Shown.text(text)));
            } else {
                o.put(key, new ParameterValue(null, null, value, "override --param " + key + "=" + text, "OVERRIDE"));
            }
        });
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
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

    /** What kind of value a parameter takes, as a sentence fragment in both languages. */
    static Text typeName(Object sample) {
        if (sample instanceof BigDecimal) {
            return Messages.text("param.type.number");
        }
        if (sample instanceof Boolean) {
            return Messages.text("param.type.boolean");
        }
        if (sample instanceof Scale) {
            return Messages.text("param.type.scale");
        }
        return Messages.text(sample instanceof List ? "param.type.list" : "param.type.text");
    }
}
