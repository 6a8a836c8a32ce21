package org.elige.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.facts.Tri;
import org.elige.facts.Unit;
import org.elige.facts.Value;
import org.elige.model.Benefit;
import org.elige.model.Messages;
import org.elige.model.ParamUse;
import org.elige.model.Text;
import org.elige.rules.RuleInfo;

/**
 * What a program would give a unit, used from a benefit rule's consequence: amounts are computed
 * from parameters in force at the evaluation date and rounded to the cent.
 */
public final class BenefitBuilder {
    private final Findings out;
    private final RuleInfo info;
    private final Unit unit;
    private final Map<String, ParamUse> params = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> items = new ArrayList<>();
    private BigDecimal amount;
    private String per;
    private Integer periods;

    BenefitBuilder(Findings out, RuleInfo info, Unit unit) {
        this.out = out;
        this.info = info;
        this.unit = unit;
    }

    /** A parameter in force at the evaluation date (null if none), recorded with the benefit. */
    public Object param(String key) {
        return Findings.record(out.parameter(key, info), key, params);
    }

    /** A numeric parameter in force at the evaluation date (null if none), recorded. */
    public BigDecimal number(String key) {
        return param(key) instanceof BigDecimal n ? n : null;
    }

    /** A true/false parameter (an INTERP switch) in force at the evaluation date, recorded. */
    public Tri flag(String key) {
        return param(key) instanceof Boolean b ? Tri.of(b) : Tri.UNKNOWN;
    }

    /** What the bracket of scale parameter {@code key} that holds {@code base} gives (null when unknown or in none), recorded. */
    public BigDecimal bracket(Value base, String key) {
        return org.elige.rules.Scale.give(param(key), fact(base));
    }

    /** A fact the amount depends on, shown in the note as {name}. */
    public BigDecimal fact(Value v) {
        if (v.name() != null) {
            values.put(v.name(), v.get());
        }
        return v.number();
    }

    /** {@code value × numerator / denominator}, or null when the value is unknown. */
    public BigDecimal scale(BigDecimal value, long numerator, long denominator) {
        return value == null
                ? null
                : value.multiply(BigDecimal.valueOf(numerator))
                        .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    }

    public BenefitBuilder amount(BigDecimal value) {
        this.amount = value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
        return this;
    }

    public BenefitBuilder per(String unitOfAmount) {
        this.per = unitOfAmount;
        return this;
    }

    public BenefitBuilder periods(BigDecimal count) {
        this.periods = count == null ? null : count.intValue();
        return this;
    }

    public BenefitBuilder item(String item) {
        items.add(item);
        return this;
    }

    /**
     * Records the benefit; the note is the rule's {@code @es_found}/{@code @en_found} sentence, or,
     * when the amount is unknown because a parameter has no value at the date, the sentence that says
     * so and names those parameters.
     */
    public void give() {
        out.add(
                unit,
                info,
                new Benefit(amount, per, periods, List.copyOf(items), out.explains() ? note() : null, params));
    }

    private Text note() {
        List<String> none = params.entrySet().stream()
                .filter(e -> e.getValue().value() == null)
                .map(Map.Entry::getKey)
                .toList();
        if (amount == null && !none.isEmpty()) {
            Text why = out.noneInForce(none, info);
            return Messages.text("benefit.amount_unknown", why.es(), why.en());
        }
        Map<String, Object> shown = new LinkedHashMap<>(values);
        shown.put("amount", amount);
        shown.put("items", List.copyOf(items));
        return Explainer.note(info, shown, params, out::codesOf);
    }
}
