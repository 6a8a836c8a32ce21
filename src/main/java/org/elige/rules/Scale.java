package org.elige.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bracket (scale) parameter value, in the manner of OpenFisca's scales: brackets in ascending
 * order, each up to an inclusive limit, each giving a fixed {@code amount} or a {@code rate} per
 * unit of the base (e.g. per hectare). A base above the last limit is in no bracket.
 */
public record Scale(List<Bracket> brackets) {

    /**
     * @param upTo   the bracket holds bases above the previous bracket's limit and up to this one
     * @param amount what the bracket gives, or null when it gives a rate
     * @param rate   what the bracket gives per unit of the base, or null when it gives an amount
     */
    public record Bracket(BigDecimal upTo, BigDecimal amount, BigDecimal rate) {

        /** What the bracket gives for this base. */
        public BigDecimal apply(BigDecimal base) {
            return amount != null ? amount : rate.multiply(base);
        }
    }

    /** What scale {@code parameter} gives for {@code base}: null when either is unknown or no bracket holds it. */
    public static BigDecimal give(Object parameter, BigDecimal base) {
        if (!(parameter instanceof Scale scale) || base == null) {
            return null;
        }
        Bracket b = scale.bracketOf(base);
        return b == null ? null : b.apply(base);
    }

    /** The bracket that holds {@code base}, or null when it is above every limit. */
    public Bracket bracketOf(BigDecimal base) {
        for (Bracket b : brackets) {
            if (base.compareTo(b.upTo()) <= 0) {
                return b;
            }
        }
        return null;
    }
}
