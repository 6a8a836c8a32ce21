package org.elige.vary;

import java.math.BigDecimal;
import org.elige.model.Benefit;
import org.elige.model.Monthly;

/**
 * A result's benefit at one value of the axis: the amount and unit the decision gives, and its
 * monthly equivalent in MXN ({@link Monthly}) when the benefit is paid periodically; null for a
 * one-off sum (MXN), an amount per hectare or works.
 */
public record Amount(BigDecimal amount, String unit, BigDecimal monthly) {

    /** The amount of a decision's benefit, or null when it has none. */
    static Amount of(Benefit b) {
        if (b == null) {
            return null;
        }
        return new Amount(
                b.amount(),
                b.unit(),
                b.amount() != null && Monthly.periodic(b.unit()) ? Monthly.of(b.unit(), b.amount()) : null);
    }
}
