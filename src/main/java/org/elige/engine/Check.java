package org.elige.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elige.facts.Tri;
import org.elige.facts.Unit;
import org.elige.facts.Value;
import org.elige.model.Finding;
import org.elige.model.ParamUse;
import org.elige.model.Status;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.rules.ParameterValue;
import org.elige.rules.RuleInfo;

/**
 * One criterion being decided for one unit, used from a rule's consequence: it reads facts and
 * parameters (recording each for the explanation), compares them in three-valued logic (an unknown
 * fact or parameter makes the comparison UNKNOWN, never false), and {@link #decide}s once.
 */
public final class Check {
    private final Findings out;
    private final RuleInfo info;
    private final Unit unit;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Map<String, ParamUse> params = new LinkedHashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private boolean invalid;
    private Text reason;

    Check(Findings out, RuleInfo info, Unit unit) {
        this.out = out;
        this.info = info;
        this.unit = unit;
    }

    /** Records a fact as read by this criterion and returns it. */
    public Value read(Value v) {
        if (out.explains()) {
            v.sources().forEach(facts::putIfAbsent);
            v.parts().forEach(facts::putIfAbsent);
            if (v.name() != null) {
                facts.put(v.name(), v.get());
            }
        }
        if (!v.known()) {
            missing.addAll(v.missing());
        }
        invalid |= out.invalid(v);
        return v;
    }

    /** The parameter value in force at the evaluation date (null if none), recorded. */
    public Object param(String key) {
        ParameterValue pv = out.parameter(key);
        if (out.explains()) {
            params.put(key, pv == null ? new ParamUse(null, null, null, null)
                    : new ParamUse(pv.value(), pv.validFrom(), pv.tag(), pv.source()));
        }
        if (pv == null && reason == null) {
            reason = Messages.text("parameter.none", key, out.date().toString());
        }
        return pv == null ? null : pv.value();
    }

    public BigDecimal number(String key) {
        return param(key) instanceof BigDecimal n ? n : null;
    }

    /** An INTERP switch or other true/false parameter. */
    public Tri flag(String key) {
        Object v = param(key);
        return v instanceof Boolean b ? Tri.of(b) : Tri.UNKNOWN;
    }

    public Tri between(Value v, String minKey, String maxKey) {
        return atLeast(v, minKey).and(atMost(v, maxKey));
    }

    public Tri atLeast(Value v, String key) {
        Integer c = compare(v, key);
        return c == null ? Tri.UNKNOWN : Tri.of(c >= 0);
    }

    public Tri atMost(Value v, String key) {
        Integer c = compare(v, key);
        return c == null ? Tri.UNKNOWN : Tri.of(c <= 0);
    }

    public Tri below(Value v, String key) {
        Integer c = compare(v, key);
        return c == null ? Tri.UNKNOWN : Tri.of(c < 0);
    }

    public Tri above(Value v, String key) {
        Integer c = compare(v, key);
        return c == null ? Tri.UNKNOWN : Tri.of(c > 0);
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

    /** The product of numbers, or null when any is unknown. */
    public BigDecimal product(BigDecimal... factors) {
        BigDecimal p = BigDecimal.ONE;
        for (BigDecimal f : factors) {
            if (f == null) {
                return null;
            }
            p = p.multiply(f);
        }
        return p.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Tri atLeast(Value v, BigDecimal limit) {
        Integer c = compare(v, limit);
        return c == null ? Tri.UNKNOWN : Tri.of(c >= 0);
    }

    public Tri atMost(Value v, BigDecimal limit) {
        Integer c = compare(v, limit);
        return c == null ? Tri.UNKNOWN : Tri.of(c <= 0);
    }

    public Tri below(Value v, BigDecimal limit) {
        Integer c = compare(v, limit);
        return c == null ? Tri.UNKNOWN : Tri.of(c < 0);
    }

    public Tri above(Value v, BigDecimal limit) {
        Integer c = compare(v, limit);
        return c == null ? Tri.UNKNOWN : Tri.of(c > 0);
    }

    /** The fact is one of the values of a list parameter. */
    public Tri in(Value v, String listKey) {
        read(v);
        Object list = param(listKey);
        if (!v.known() || !(list instanceof List<?> l)) {
            return Tri.UNKNOWN;
        }
        return Tri.of(l.contains(v.get()));
    }

    /** The fact is one of these codes. */
    public Tri is(Value v, String... codes) {
        read(v);
        return v.known() ? Tri.of(List.of(codes).contains(v.get())) : Tri.UNKNOWN;
    }

    public Tri isTrue(Value v) {
        read(v);
        return v.bool() == null ? Tri.UNKNOWN : Tri.of(v.bool());
    }

    public Tri isFalse(Value v) {
        return isTrue(v).not();
    }

    /** The fact is known (recorded in the input); unknown otherwise. */
    public Tri present(Value v) {
        read(v);
        return v.known() ? Tri.TRUE : Tri.UNKNOWN;
    }

    /** Marks the criterion as not decidable for a reason other than a missing fact. */
    public Check because(String es, String en) {
        reason = new Text(es, en);
        return this;
    }

    /** Records the finding; a criterion decides once per unit. */
    public void decide(Tri t) {
        Status status = t == Tri.TRUE ? Status.PASSED : t == Tri.FALSE ? Status.FAILED : Status.UNKNOWN;
        List<String> miss = status == Status.UNKNOWN ? List.copyOf(missing) : List.of();
        Text why = status == Status.UNKNOWN && miss.isEmpty() ? reason : null;
        Text explanation = out.explains() ? Explainer.sentence(info, status, facts, params, miss, why) : null;
        out.add(unit, info, new Finding(info.criterion(), status, facts, params, info.citation(), explanation, miss, why, invalid));
    }

    private Integer compare(Value v, String key) {
        return compare(v, number(key));
    }

    private Integer compare(Value v, BigDecimal limit) {
        read(v);
        return v.number() == null || limit == null ? null : v.number().compareTo(limit);
    }
}
