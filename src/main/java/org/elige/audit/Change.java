package org.elige.audit;

import java.math.BigDecimal;
import java.util.List;

/**
 * One (household, unit, program) whose outcome or benefit differs between two rule sets, with the
 * criteria whose status changed ("JCF-01 PASSED → FAILED") and the parameters whose values differ
 * ("jcf.age.max 29 → 21") among those the result used.
 *
 * @param outcomeBefore null when the base rule set gave no such result (a new program, say)
 * @param benefitUnit   the unit of the amounts ("MXN/month"), or null when neither has an amount
 */
public record Change(
        long line,
        String householdId,
        String state,
        String program,
        String unitKind,
        String unitId,
        String outcomeBefore,
        String outcomeAfter,
        BigDecimal benefitBefore,
        BigDecimal benefitAfter,
        String benefitUnit,
        List<String> criteria,
        List<String> parameters) {

    /** After minus before, an absent amount counting as zero. */
    public BigDecimal benefitChange() {
        return (benefitAfter == null ? BigDecimal.ZERO : benefitAfter)
                .subtract(benefitBefore == null ? BigDecimal.ZERO : benefitBefore);
    }

    public boolean gained() {
        return !positive(outcomeBefore) && positive(outcomeAfter);
    }

    public boolean lost() {
        return positive(outcomeBefore) && !positive(outcomeAfter);
    }

    static boolean positive(String outcome) {
        return "ELIGIBLE".equals(outcome) || "ELIGIBLE_TO_APPLY".equals(outcome);
    }
}
