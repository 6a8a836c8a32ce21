package org.elige.vary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.elige.engine.Evaluator;
import org.elige.engine.Questions;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.input.JsonSyntax;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.ParamUse;
import org.elige.model.Result;
import org.elige.model.Text;
import org.elige.rules.Parameter;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-decides one household at each value of an axis, on the rule set's shared rule base, and finds
 * every threshold: between two values where a result's outcome differs, it bisects to the axis's
 * grain, so a threshold is exact (an income limit is found to the cent). Each value is decided
 * once: the points and the bisections share their decisions.
 */
public final class Variation {
    private final RuleSet rules;
    private final Parameters parameters;
    private final LocalDate asOf;
    private final ObjectNode record;
    private final Axis axis;
    private final Map<BigDecimal, Map<String, Reading>> decided = new HashMap<>();
    private final Runnable beforeEach;

    private Variation(
            RuleSet rules, Parameters parameters, LocalDate asOf, ObjectNode record, Axis axis, Runnable beforeEach) {
        this.beforeEach = beforeEach;
        this.rules = rules;
        this.parameters = parameters;
        this.asOf = asOf;
        this.record = record;
        this.axis = axis;
    }

    /**
     * Decides the record at each value of the axis.
     *
     * @param asOf      the evaluation date, or null for the record's own
     * @param overrides parameter what-ifs, as {@code evaluate --param} takes them
     * @throws InputException the record cannot be read, or has errors at some value (all listed, as evaluate lists them)
     * @throws VaryException  the axis cannot be varied (pointer, range, step or number of values)
     */
    public static Sweep run(
            RuleSet rules,
            byte[] bytes,
            LocalDate asOf,
            Map<String, String> overrides,
            String pointer,
            BigDecimal from,
            BigDecimal to,
            BigDecimal step)
            throws InputException, VaryException {
        return run(rules, bytes, asOf, overrides, pointer, from, to, step, () -> {});
    }

    /**
     * The same, running {@code beforeEach} before each decision: a service stops a request past its
     * time limit there by throwing.
     */
    public static Sweep run(
            RuleSet rules,
            byte[] bytes,
            LocalDate asOf,
            Map<String, String> overrides,
            String pointer,
            BigDecimal from,
            BigDecimal to,
            BigDecimal step,
            Runnable beforeEach)
            throws InputException, VaryException {
        ObjectNode record = parse(bytes);
        Axis axis = Axis.of(record, pointer, from, to, step);
        return new Variation(rules, rules.parameters().with(overrides), asOf, record, axis, beforeEach).sweep();
    }

    private static ObjectNode parse(byte[] bytes) throws InputException {
        if (bytes.length > Json.MAX_BYTES) {
            throw refused(Messages.text("input.too_large", bytes.length, Json.MAX_BYTES));
        }
        JsonNode root;
        try {
            root = Json.READER.readTree(bytes);
        } catch (JacksonException e) {
            throw new InputException(List.of(JsonSyntax.error(e)));
        }
        if (root == null || root.isMissingNode()) {
            throw refused(Messages.text("input.empty"));
        }
        if (!(root instanceof ObjectNode o)) {
            throw refused(Messages.text("input.not_object", JsonSyntax.kind(root)));
        }
        return o;
    }

    private static InputException refused(org.elige.model.Text text) {
        return new InputException(List.of(new InputError("", null, text)));
    }

    private Sweep sweep() throws InputException {
        List<Point> points = new ArrayList<>();
        for (BigDecimal v : axis.values()) {
            Map<String, Reading> readings = readings(v);
            points.add(new Point(v, total(readings.values()), List.copyOf(readings.values())));
        }
        List<Threshold> thresholds = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        points.forEach(p -> p.results().forEach(r -> keys.add(r.key())));
        for (String key : keys) {
            for (int i = 0; i + 1 < points.size(); i++) {
                BigDecimal lo = points.get(i).value();
                BigDecimal hi = points.get(i + 1).value();
                if (!Objects.equals(outcome(lo, key), outcome(hi, key))) {
                    thresholds.add(threshold(key, lo, hi));
                }
            }
        }
        thresholds.sort(java.util.Comparator.comparing(Threshold::at));
        return new Sweep(householdId(), axis, Questions.named(axis.pointer(), record), "MXN/month", points, thresholds);
    }

    private String householdId() {
        JsonNode id = record.get("household_id");
        return id != null && id.isString() ? id.asString() : null;
    }

    /** Halves [lo, hi] on the grain until the change lies between two neighbouring values. */
    private Threshold threshold(String key, BigDecimal lo, BigDecimal hi) throws InputException {
        Outcome from = outcome(lo, key);
        BigDecimal grain = axis.grain();
        while (hi.subtract(lo).compareTo(grain) > 0) {
            BigDecimal grains = hi.subtract(lo).divide(grain, 0, RoundingMode.FLOOR);
            BigDecimal mid = lo.add(grain.multiply(grains.divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR)));
            if (Objects.equals(outcome(mid, key), from)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Reading at = readings(hi).get(key);
        Reading before = readings(lo).get(key);
        Reading any = at != null ? at : before;
        Explained why = explained(key, lo, hi);
        return new Threshold(
                any.program(),
                any.unit(),
                lo,
                hi,
                from,
                at == null ? null : at.outcome(),
                why.parameter,
                why.limit,
                why.criteria,
                why.parameters,
                limitInWords(why));
    }

    /** "The limit is the parameter «…»" or "The rule computes the limit from «…»; «…»", by the rule files' descriptions. */
    private Text limitInWords(Explained why) {
        if (why.parameter != null) {
            return new Text(
                    Messages.get("es", "vary.threshold.parameter", described(why.parameter, "es")),
                    Messages.get("en", "vary.threshold.parameter", described(why.parameter, "en")));
        }
        if (why.limit == null) {
            return null;
        }
        return new Text(
                Messages.get(
                        "es",
                        "vary.threshold.limit",
                        String.join(
                                "; ",
                                why.parameters.stream()
                                        .map(k -> described(k, "es"))
                                        .toList())),
                Messages.get(
                        "en",
                        "vary.threshold.limit",
                        String.join(
                                "; ",
                                why.parameters.stream()
                                        .map(k -> described(k, "en"))
                                        .toList())));
    }

    private String described(String key, String lang) {
        Parameter p = parameters.get(key);
        String words =
                p == null || p.description() == null ? "" : p.description().in(lang);
        return words.isBlank() ? key : "«" + words + "»";
    }

    private record Explained(String parameter, String limit, List<String> criteria, List<String> parameters) {}

    /**
     * The criteria whose status differs on either side of a threshold, the parameters they use,
     * and the parameter (else the computed limit) whose value is one of its two sides.
     */
    private Explained explained(String key, BigDecimal lo, BigDecimal hi) throws InputException {
        Map<String, Finding> below = criteria(result(lo, key));
        Map<String, Finding> above = criteria(result(hi, key));
        List<String> changed = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(below.keySet());
        ids.addAll(above.keySet());
        for (String id : ids) {
            Finding b = below.get(id);
            Finding a = above.get(id);
            if (b == null || a == null || b.status() != a.status()) {
                changed.add(id);
            }
        }
        String parameter = null;
        String limit = null;
        Set<String> used = new LinkedHashSet<>();
        for (Map<String, Finding> side : List.of(below, above)) {
            for (Finding f : side.values()) {
                if (!changed.contains(f.id())) {
                    continue;
                }
                for (Map.Entry<String, ParamUse> p : f.parameters().entrySet()) {
                    used.add(p.getKey());
                    if (parameter == null && equalsEither(p.getValue().value(), lo, hi)) {
                        parameter = p.getKey();
                    }
                }
                for (Map.Entry<String, Object> fact : f.facts().entrySet()) {
                    if (limit == null && !fact.getKey().startsWith("/") && equalsEither(fact.getValue(), lo, hi)) {
                        limit = fact.getKey();
                    }
                }
            }
        }
        return new Explained(parameter, parameter == null ? limit : null, changed, List.copyOf(used));
    }

    private static Map<String, Finding> criteria(Result r) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        if (r != null) {
            r.criteria().forEach(f -> byId.put(f.id(), f));
        }
        return byId;
    }

    private static boolean equalsEither(Object v, BigDecimal lo, BigDecimal hi) {
        BigDecimal d = decimal(v);
        return d != null && (d.compareTo(lo) == 0 || d.compareTo(hi) == 0);
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Outcome outcome(BigDecimal value, String key) throws InputException {
        Reading r = readings(value).get(key);
        return r == null ? null : r.outcome();
    }

    /** The result for that key, with its criteria's parameters (an explained decision). */
    private Result result(BigDecimal value, String key) throws InputException {
        for (Result r : decide(value, true).results()) {
            if (Reading.key(r.program(), r.unit()).equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** Each result's outcome and benefit at that value, in the decision's order; decided once per value. */
    private Map<String, Reading> readings(BigDecimal value) throws InputException {
        BigDecimal v = value.stripTrailingZeros();
        Map<String, Reading> readings = decided.get(v);
        if (readings == null) {
            readings = new LinkedHashMap<>();
            for (Result r : decide(value, false).results()) {
                Reading reading =
                        new Reading(r.program(), r.programName(), r.unit(), r.outcome(), Amount.of(r.benefit()));
                readings.put(reading.key(), reading);
            }
            decided.put(v, readings);
        }
        return readings;
    }

    private Decision decide(BigDecimal value, boolean explain) throws InputException {
        beforeEach.run();
        byte[] bytes = Json.WRITER.writeValueAsBytes(axis.set(record, value));
        Input input = HouseholdReader.read(bytes, rules.enrollable(), asOf);
        Decision decision = Evaluator.evaluate(rules, input, parameters, explain);
        if (!decision.errors().isEmpty()) {
            throw new InputException(decision.errors());
        }
        return decision;
    }

    private static BigDecimal total(java.util.Collection<Reading> readings) {
        BigDecimal total = BigDecimal.ZERO;
        for (Reading r : readings) {
            if (r.counts()) {
                total = total.add(r.benefit().monthly());
            }
        }
        return total;
    }
}
