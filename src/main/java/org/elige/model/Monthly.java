package org.elige.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Benefit amounts as a monthly figure, the one a director compares: an amount per month counts as
 * is, per two months halved, per year divided by twelve (as the Spark impact job's monthly cost
 * delta). One-off amounts and amounts per hectare have no month and are left out (the tables keep
 * them per unit).
 */
public final class Monthly {
    private static final Map<String, Integer> MONTHS = Map.of(
            "MXN/month", 1,
            "MXN/2 months", 2,
            "MXN/year", 12);

    private Monthly() {}

    /** Whether an amount in this unit has a monthly figure. */
    public static boolean periodic(String unit) {
        return unit != null && MONTHS.containsKey(unit);
    }

    /** The monthly figure of an amount (to the cent), zero when its unit has none. */
    public static BigDecimal of(String unit, BigDecimal amount) {
        if (!periodic(unit) || amount == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.divide(BigDecimal.valueOf(MONTHS.get(unit)), 2, RoundingMode.HALF_EVEN);
    }

    /** The monthly figure of amounts per unit ("MXN/month" → −8,480.17, "MXN/year" → …). */
    public static BigDecimal of(Map<String, BigDecimal> byUnit) {
        return byUnit.entrySet().stream()
                .map(e -> of(e.getKey(), e.getValue()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
