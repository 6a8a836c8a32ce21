package org.elige.vary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.elige.model.Benefit;

/**
 * A result's benefit at one value of the axis: the amount and unit the decision gives, and its
 * monthly equivalent in MXN when the benefit is paid periodically (MXN/month as is, MXN/2 months
 * halved, MXN/year divided by 12); null for a one-off sum (MXN), an amount per hectare or works.
 */
public record Amount(BigDecimal amount, String unit, BigDecimal monthly) {

    /** The amount of a decision's benefit, or null when it has none. */
    static Amount of(Benefit b) {
        if (b == null) {
            return null;
        }
        return new Amount(b.amount(), b.unit(), monthly(b.amount(), b.unit()));
    }

    private static BigDecimal monthly(BigDecimal amount, String unit) {
        if (amount == null || unit == null) {
            return null;
        }
        return switch (unit) {
            case "MXN/month" -> amount;
            case "MXN/2 months" -> amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
            case "MXN/year" -> amount.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
            default -> null;
        };
    }
}
