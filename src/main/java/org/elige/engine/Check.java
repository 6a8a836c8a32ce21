package org.elige.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.elige.facts.Bounds;
import org.elige.facts.Many;
import org.elige.facts.Tri;
import org.elige.facts.Unit;
import org.elige.facts.Value;
import org.elige.model.Finding;
import org.elige.model.Messages;
import org.elige.model.ParamUse;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.rules.RuleInfo;
import org.elige.rules.Scale;

/**
 * One criterion being decided for one unit, used from a rule's consequence: it reads facts and
 * parameters (recording each for the explanation), compares them in three-valued logic (an unknown
 * fact or parameter makes the comparison UNKNOWN, never false, and names the facts to ask for),
 * quantifies over a unit's parts, and {@link #decide}s once.
 */
public final class Check {
    private final Findings out;
    private final RuleInfo info;
    private final Unit unit;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Map<String, ParamUse> params = new LinkedHashMap<>();
    private boolean invalid;
    private Text reason;

    Check(Findings out, RuleInfo info, Unit unit) {
        this.out = out;
        this.info = info;
        this.unit = unit;
    }

    /** Records a fact as read by this criterion (shown in its explanation) and returns it. */
    public Value read(Value v) {
        if (out.explains()) {
            v.sources().forEach(facts::putIfAbsent);
            v.parts().forEach(facts::putIfAbsent);
            if (v.name() != null) {
                Bounds b = Bounds.of(v);
                facts.put(v.name(), b == null ? v.get() : b);
            }
        }
        invalid |= out.invalid(v);
        return v;
    }

    /** The parameter value in force at the evaluation date (null if none), recorded. */
    public Object param(String key) {
        Object value = Findings.record(out.parameter(key, info), key, out.explains() ? params : null);
        if (value == null && reason == null) {
            reason = out.noneInForce(List.of(key), info);
        }
        return value;
    }

    public BigDecimal number(String key) {
        return param(key) instanceof BigDecimal n ? n : null;
    }

    /** An INTERP switch or other true/false parameter. */
    public Tri flag(String key) {
        return param(key) instanceof Boolean b ? Tri.of(b) : Tri.UNKNOWN;
    }

    /** What the bracket of scale parameter {@code key} that holds {@code base} gives; null when unknown or in no bracket. */
    public BigDecimal bracket(Value base, String key) {
        read(base);
        return Scale.give(param(key), base.number());
    }

    public Tri between(Value v, String minKey, String maxKey) {
        return atLeast(v, minKey).and(atMost(v, maxKey));
    }

    public Tri atLeast(Value v, String key) {
        return atLeast(v, number(key));
    }

    public Tri atMost(Value v, String key) {
        return atMost(v, number(key));
    }

    public Tri below(Value v, String key) {
        return below(v, number(key));
    }

    public Tri above(Value v, String key) {
        return above(v, number(key));
    }

    /** Records a limit computed from parameters (shown as {name}) and returns it. */
    public BigDecimal limit(String name, BigDecimal value) {
        if (out.explains()) {
            facts.put(name, value);
        }
        if (value == null && reason == null) {
            reason = Messages.text("criterion.undecidable");
        }
        return value;
    }

    /** The product of numbers, exact, or null when any is unknown. */
    public BigDecimal product(BigDecimal... factors) {
        BigDecimal p = BigDecimal.ONE;
        for (BigDecimal f : factors) {
            if (f == null) {
                return null;
            }
            p = p.multiply(f);
        }
        return p;
    }

    /** At least {@code limit}; a partly known sum or count whose known part already reaches it passes. */
    public Tri atLeast(Value v, BigDecimal limit) {
        return compare(v, limit, c -> c >= 0);
    }

    /** At most {@code limit}; a partly known sum or count whose known part already exceeds it fails. */
    public Tri atMost(Value v, BigDecimal limit) {
        return compare(v, limit, c -> c <= 0);
    }

    public Tri below(Value v, BigDecimal limit) {
        return compare(v, limit, c -> c < 0);
    }

    public Tri above(Value v, BigDecimal limit) {
        return compare(v, limit, c -> c > 0);
    }

    /** The fact is one of the values of a list parameter (numbers compared by value: 2022 is 2022.0). */
    public Tri in(Value v, String listKey) {
        read(v);
        Object list = param(listKey);
        if (!(list instanceof List<?> l)) {
            return Tri.UNKNOWN;
        }
        return Tri.when(v, x -> l.stream().anyMatch(item -> same(item, x.get())));
    }

    private static boolean same(Object a, Object b) {
        return a instanceof BigDecimal m && b instanceof BigDecimal n ? m.compareTo(n) == 0 : a.equals(b);
    }

    /** The fact is one of these codes. */
    public Tri is(Value v, String... codes) {
        read(v);
        return Tri.when(v, x -> List.of(codes).contains(x.get()));
    }

    public Tri isTrue(Value v) {
        read(v);
        return Tri.when(v, x -> Boolean.TRUE.equals(x.bool()));
    }

    public Tri isFalse(Value v) {
        return isTrue(v).not();
    }

    /** The fact is known (recorded in the input); unknown otherwise. */
    public Tri present(Value v) {
        read(v);
        return Tri.when(v, x -> true);
    }

    /** Every part passes: false as soon as one fails, true when all pass, else unknown (naming only the open parts' facts). */
    public <T> Tri every(Many<T> parts, Function<? super T, Tri> test) {
        return parts.known() ? every(parts.items(), test) : Tri.unknown(List.of(parts.pointer()));
    }

    public <T> Tri every(Collection<T> parts, Function<? super T, Tri> test) {
        Tri all = Tri.TRUE;
        for (T part : parts) {
            all = all.and(test.apply(part));
        }
        return all;
    }

    /** Some part passes: true as soon as one does, false when every one fails, else unknown. */
    public <T> Tri some(Many<T> parts, Function<? super T, Tri> test) {
        return parts.known() ? some(parts.items(), test) : Tri.unknown(List.of(parts.pointer()));
    }

    public <T> Tri some(Collection<T> parts, Function<? super T, Tri> test) {
        Tri any = Tri.FALSE;
        for (T part : parts) {
            any = any.or(test.apply(part));
        }
        return any;
    }

    /** How many parts pass (shown as {name}); while some are open, known to lie between those that pass and those that may. */
    public <T> Value count(String name, Many<T> parts, Function<? super T, Tri> test) {
        return parts.known()
                ? count(name, parts.items(), test)
                : read(Value.unknown(name, List.of(parts.pointer()), List.of()));
    }

    public <T> Value count(String name, Collection<T> parts, Function<? super T, Tri> test) {
        return total(name, parts, test, part -> Value.derived(name, BigDecimal.ONE));
    }

    /**
     * The sum of {@code amount} over the parts {@code which} selects (shown as {name}), amounts being
     * never negative: while some are open it is known to lie between what is certain and what is
     * possible, so a comparison is decided when either bound decides it. Over an absent list it is
     * unknown, naming the list.
     */
    public <T> Value total(
            String name, Many<T> parts, Function<? super T, Tri> which, Function<? super T, Value> amount) {
        return parts.known()
                ? total(name, parts.items(), which, amount)
                : read(Value.unknown(name, List.of(parts.pointer()), List.of()));
    }

    public <T> Value total(
            String name, Collection<T> parts, Function<? super T, Tri> which, Function<? super T, Value> amount) {
        Sum sum = new Sum();
        for (T part : parts) {
            Tri w = which.apply(part);
            if (!w.isFalse()) {
                sum.add(w, read(amount.apply(part)));
            }
        }
        return read(sum.value(name));
    }

    /**
     * Says why the criterion cannot be decided when no fact is missing (shown only then): the
     * catalogue entry {@code key}, in both languages, e.g. {@code c.because("reason.DAM_PENDING")}.
     */
    public Check because(String key) {
        reason = Messages.text(key);
        return this;
    }

    /** Records the finding; a criterion decides once per unit. */
    public void decide(Tri t) {
        finish(t.isTrue() ? Status.PASSED : t.isFalse() ? Status.FAILED : Status.UNKNOWN, t);
    }

    /**
     * Decides {@code test} where {@code premise} holds: NOT_APPLICABLE when the premise is known to
     * be absent (no contract land: no contract rule), else as {@code premise} implies {@code test}.
     */
    public void decideIf(Tri premise, Tri test) {
        if (premise.isFalse()) {
            finish(Status.NOT_APPLICABLE, Tri.TRUE);
        } else {
            decide(premise.implies(test));
        }
    }

    private void finish(Status status, Tri t) {
        List<String> miss = status == Status.UNKNOWN ? List.copyOf(t.missing()) : List.of();
        Text why = status == Status.UNKNOWN && miss.isEmpty()
                ? (reason == null ? Messages.text("criterion.undecidable") : reason)
                : null;
        Text explanation =
                out.explains() ? Explainer.sentence(unit, info, status, facts, params, out::codesOf, miss, why) : null;
        out.add(
                unit,
                info,
                new Finding(info.criterion(), status, facts, params, info.citation(), explanation, miss, why, invalid));
    }

    private Tri compare(Value v, BigDecimal limit, java.util.function.IntPredicate holds) {
        read(v);
        if (limit == null) {
            return Tri.UNKNOWN;
        }
        if (v.number() != null) {
            return Tri.of(holds.test(v.number().compareTo(limit)));
        }
        // a partly known sum: larger values pass ">=" and ">", so its low bound can pass it and its high bound fail it
        boolean rising = holds.test(1);
        BigDecimal passes = rising ? v.low() : v.high();
        BigDecimal fails = rising ? v.high() : v.low();
        if (passes != null && holds.test(passes.compareTo(limit))) {
            return Tri.TRUE;
        }
        if (fails != null && !holds.test(fails.compareTo(limit))) {
            return Tri.FALSE;
        }
        return Tri.unknown(v.missing());
    }

    /** A running sum whose open parts widen its bounds. */
    private static final class Sum {
        private BigDecimal low = BigDecimal.ZERO;
        private BigDecimal high = BigDecimal.ZERO;
        private final List<String> missing = new ArrayList<>();
        private final List<Value> from = new ArrayList<>();

        void add(Tri which, Value amount) {
            from.add(amount);
            if (which.isTrue() && amount.number() != null) {
                low = low.add(amount.number());
            } else {
                missing.addAll(which.missing());
                missing.addAll(amount.missing());
            }
            if (amount.number() != null && high != null) {
                high = high.add(amount.number());
            } else {
                high = null;
            }
        }

        Value value(String name) {
            return high != null && low.compareTo(high) == 0
                    ? Value.derived(name, low, from)
                    : Value.bounded(name, low, high, missing, from);
        }
    }
}
