package org.elige.prospects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.elige.engine.Evaluator;
import org.elige.facts.Fields;
import org.elige.input.Input;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.ParamUse;
import org.elige.model.Result;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.rules.Parameter;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The single changes that would make a NOT_ELIGIBLE result positive today. Only a number the
 * person or household can change is tried (not a territorial index of the locality, a birth date,
 * or the history of past enrolments: {@link #changeable}), and only one every failed criterion of
 * the result read. Its candidate values are those that put it just on either side of a limit the
 * criteria compared it with, through each number the criterion derived from it, as a share (a
 * per-capita income is the household's income over its members) or as a part (one parcel's
 * hectares of the total); each is decided with the rule set. The nearest value
 * that qualifies is then narrowed to the boundary, so that the next value towards today's, one cent
 * or one unit closer, is confirmed not to qualify.
 */
final class Changes {
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** The most decisions one narrowing takes (halving the distance each time). */
    private static final int NARROWING = 48;

    private final RuleSet rules;
    private final Input input;
    private final Parameters parameters;
    /** Per pointer, per value tried, the outcomes of that decision by result key. */
    private final Map<String, Map<BigDecimal, Map<String, Outcome>>> tried = new HashMap<>();
    /** The programs of the results changes are looked for: the only ones decided again. */
    private final Set<String> programs = new java.util.HashSet<>();

    Changes(RuleSet rules, Input input, Parameters parameters) {
        this.rules = rules;
        this.input = input;
        this.parameters = parameters;
    }

    /** The changes of each NOT_ELIGIBLE result that has any, by result key. */
    Map<String, List<Change>> of(Collection<Result> open) {
        Map<String, List<Change>> out = new LinkedHashMap<>();
        Map<Result, Map<String, Map<BigDecimal, String>>> candidates = new LinkedHashMap<>();
        for (Result r : open) {
            if (r.outcome() == Outcome.NOT_ELIGIBLE) {
                Map<String, Map<BigDecimal, String>> c = candidates(r);
                if (!c.isEmpty()) {
                    candidates.put(r, c);
                    programs.add(r.program());
                }
            }
        }
        for (Map.Entry<Result, Map<String, Map<BigDecimal, String>>> e : candidates.entrySet()) {
            Result r = e.getKey();
            List<Change> changes = new ArrayList<>();
            e.getValue().forEach((pointer, targets) -> {
                Change c = change(r, pointer, targets);
                if (c != null) {
                    changes.add(c);
                }
            });
            if (!changes.isEmpty()) {
                out.put(Prospector.key(r), List.copyOf(changes));
            }
        }
        return out;
    }

    /**
     * The numbers every failed criterion of a result read that a person can change, each with the
     * values that would put it at a limit (and the parameter that limit is, when one is).
     */
    private Map<String, Map<BigDecimal, String>> candidates(Result r) {
        List<Finding> failed =
                r.criteria().stream().filter(f -> f.status() == Status.FAILED).toList();
        Map<String, Map<BigDecimal, String>> out = new TreeMap<>();
        if (failed.isEmpty()) {
            return out;
        }
        Set<String> common = null;
        for (Finding f : failed) {
            Set<String> numbers = new LinkedHashSet<>();
            f.facts().forEach((k, v) -> {
                if (changeable(k) && number(v) != null) {
                    numbers.add(k);
                }
            });
            if (common == null) {
                common = numbers;
            } else {
                common.retainAll(numbers);
            }
        }
        for (String pointer : common) {
            BigDecimal now = number(input.root().at(pointer));
            if (now == null) {
                continue;
            }
            Map<BigDecimal, String> targets = new LinkedHashMap<>();
            for (Finding f : failed) {
                targets(f, now).forEach((t, key) -> {
                    if (targets.get(t) == null) {
                        targets.put(t, key);
                    }
                });
            }
            out.put(pointer, targets);
        }
        return out;
    }

    /** Where a fact of value {@code now} would meet each limit of a finding, through each number it derived. */
    private static Map<BigDecimal, String> targets(Finding f, BigDecimal now) {
        List<BigDecimal> derived = new ArrayList<>(List.of(now));
        Map<BigDecimal, String> limits = new LinkedHashMap<>();
        f.parameters().forEach((key, use) -> {
            BigDecimal v = number(use == null ? null : use.value());
            if (v != null) {
                limits.putIfAbsent(v, key);
            }
        });
        f.facts().forEach((name, value) -> {
            BigDecimal v = name.startsWith("/") ? null : number(value);
            if (v != null) {
                derived.add(v);
                limits.putIfAbsent(v, null);
            }
        });
        Map<BigDecimal, String> out = new LinkedHashMap<>();
        for (BigDecimal d : derived) {
            if (d.signum() == 0) {
                continue;
            }
            limits.forEach((limit, key) -> {
                // a share of the derived number (a household's income over its members) or a part of it (one parcel of
                // the total)
                for (BigDecimal t : List.of(
                        limit.multiply(now).divide(d, MathContext.DECIMAL64),
                        now.add(limit).subtract(d))) {
                    if (out.get(t) == null) {
                        out.put(t, key);
                    }
                }
            });
        }
        return out;
    }

    /** The nearest qualifying value of one fact for a result, narrowed to its boundary; null when none qualifies. */
    private Change change(Result r, String pointer, Map<BigDecimal, String> targets) {
        BigDecimal now = number(input.root().at(pointer));
        BigDecimal step = Fields.numeric(pointer, true) ? BigDecimal.ONE : CENT;
        String key = Prospector.key(r);
        // the values on either side of each limit, nearest to today's first
        TreeMap<BigDecimal, TreeMap<BigDecimal, String>> byDistance = new TreeMap<>();
        targets.forEach((t, limit) -> {
            BigDecimal down = t.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            for (BigDecimal v : List.of(down.subtract(step), down, down.add(step))) {
                if (v.compareTo(now) != 0 && v.signum() >= 0 && Fields.accepts(pointer, v)) {
                    byDistance
                            .computeIfAbsent(v.subtract(now).abs(), x -> new TreeMap<>())
                            .putIfAbsent(v, limit);
                }
            }
        });
        BigDecimal best = null;
        for (TreeMap<BigDecimal, String> values : byDistance.values()) {
            for (BigDecimal v : values.keySet()) {
                if (Prospector.positive(outcome(pointer, v, key))) {
                    best = v;
                    break;
                }
            }
            if (best != null) {
                break;
            }
        }
        if (best == null) {
            return null;
        }
        BigDecimal pass = best;
        BigDecimal fail = now;
        for (int i = 0; i < NARROWING && pass.subtract(fail).abs().compareTo(step) > 0; i++) {
            BigDecimal mid = pass.add(fail).divide(BigDecimal.valueOf(2), step.scale(), RoundingMode.HALF_EVEN);
            if (mid.compareTo(pass) == 0 || mid.compareTo(fail) == 0) {
                break;
            }
            if (Prospector.positive(outcome(pointer, mid, key))) {
                pass = mid;
            } else {
                fail = mid;
            }
        }
        if (pass.subtract(fail).abs().compareTo(step) > 0) {
            return null; // not narrowed to one step: no boundary the rules confirm
        }
        String comparison = pass.compareTo(now) < 0 ? "<=" : ">=";
        String limitKey = limitOf(targets, pass, step);
        Change.Limit limit = null;
        if (limitKey != null) {
            ParamUse use = r.criteria().stream()
                    .map(f -> f.parameters().get(limitKey))
                    .filter(u -> u != null)
                    .findFirst()
                    .orElse(null);
            limit = use == null ? null : new Change.Limit(limitKey, number(use.value()));
        }
        return new Change(
                pointer,
                now,
                pass,
                comparison,
                limit,
                outcome(pointer, pass, key),
                sentence(pointer, now, pass, comparison, limit));
    }

    /** The parameter whose limit gave a value within one step of the boundary, or null. */
    private static String limitOf(Map<BigDecimal, String> targets, BigDecimal boundary, BigDecimal step) {
        for (Map.Entry<BigDecimal, String> t : targets.entrySet()) {
            if (t.getValue() != null && t.getKey().subtract(boundary).abs().compareTo(step) <= 0) {
                return t.getValue();
            }
        }
        return null;
    }

    private Text sentence(String pointer, BigDecimal now, BigDecimal needed, String comparison, Change.Limit limit) {
        Text fact = Because.fact(pointer, input.root());
        Text s = Messages.text(
                "<=".equals(comparison) ? "prospect.change.at_most" : "prospect.change.at_least", fact, needed, now);
        if (limit == null) {
            return s;
        }
        Parameter p = parameters.get(limit.parameter());
        Text name = p == null || p.description() == null
                ? new Text(limit.parameter(), limit.parameter())
                : Because.lower(p.description());
        return s.then(Messages.text("prospect.change.limit", name, limit.value()));
    }

    /** The outcome of a result when the fact at {@code pointer} is {@code value}, the rest of the record as it is. */
    private Outcome outcome(String pointer, BigDecimal value, String key) {
        Map<String, Outcome> outcomes = tried.computeIfAbsent(pointer, p -> new HashMap<>())
                .computeIfAbsent(value.stripTrailingZeros(), v -> decide(pointer, value));
        return outcomes.get(key);
    }

    private Map<String, Outcome> decide(String pointer, BigDecimal value) {
        Decision d = Evaluator.evaluate(rules, with(input, pointer, value), parameters, false, programs);
        Map<String, Outcome> outcomes = new HashMap<>();
        for (Result r : d.results()) {
            outcomes.put(Prospector.key(r), r.outcome());
        }
        return outcomes;
    }

    /** The record with one number changed (a copy: the record itself is never changed). */
    static Input with(Input input, String pointer, BigDecimal value) {
        JsonNode root = input.root().deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode number = Fields.numeric(pointer, true)
                ? JsonNodeFactory.instance.numberNode(value.longValueExact())
                : JsonNodeFactory.instance.numberNode(value);
        if (parent instanceof ObjectNode o) {
            o.set(last, number);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), number);
        }
        return new Input(
                root,
                input.evaluationDate(),
                input.errors(),
                input.warnings(),
                input.invalidUnits(),
                input.sha256(),
                input.errorPaths());
    }

    /**
     * Whether a person or household can change the fact at a pointer: not the locality's territorial
     * facts (indices and catalogues), not a past enrolment or history, not a birth date or identity.
     */
    static boolean changeable(String pointer) {
        return pointer.startsWith("/")
                && !pointer.startsWith("/location/")
                && !pointer.startsWith("/program_enrollments/")
                && !pointer.contains("/jcf_history/")
                && !pointer.contains("birth_date")
                && Fields.numeric(pointer, false);
    }

    private static BigDecimal number(Object v) {
        if (v instanceof JsonNode n) {
            return n.isNumber() ? n.decimalValue() : null;
        }
        if (v instanceof BigDecimal b) {
            return b;
        }
        return v instanceof Integer || v instanceof Long ? BigDecimal.valueOf(((Number) v).longValue()) : null;
    }
}
