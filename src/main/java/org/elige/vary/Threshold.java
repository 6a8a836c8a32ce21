package org.elige.vary;

import java.math.BigDecimal;
import java.util.List;
import org.elige.model.Outcome;
import org.elige.model.Text;
import org.elige.model.UnitRef;

/**
 * Where one result's outcome changes along the axis, found to the axis's grain.
 *
 * @param before    the last value with {@code fromOutcome}
 * @param at        the first value with {@code toOutcome}: {@code before} plus one grain
 * @param parameter  the parameter a criterion of this result compared with, whose value is {@code before}
 *                   or {@code at}; null when none is
 * @param limit      else the limit a criterion computed from parameters ({@code income_limit}) whose value is
 *                   {@code before} or {@code at}; null when none is (a limit on a derived fact, such as income per person)
 * @param criteria   the criteria of this result whose status differs on either side
 * @param parameters the parameters those criteria compared with
 * @param limitExplained the limit in words, by the rule files' descriptions of its parameters; null when neither
 *                   {@code parameter} nor {@code limit} is known
 */
public record Threshold(
        String program,
        UnitRef unit,
        BigDecimal before,
        BigDecimal at,
        Outcome fromOutcome,
        Outcome toOutcome,
        String parameter,
        String limit,
        List<String> criteria,
        List<String> parameters,
        Text limitExplained) {}
