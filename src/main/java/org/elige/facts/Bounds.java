package org.elige.facts;

import java.math.BigDecimal;

/**
 * What is known of a number that is not known exactly, such as a sum over parcels some of whose
 * areas are unknown: it is at least {@code atLeast} and at most {@code atMost} (null: no bound).
 */
public record Bounds(BigDecimal atLeast, BigDecimal atMost) {

    /** The bounds of an unknown value, or null when it has none. */
    public static Bounds of(Value v) {
        return v.known() || (v.low() == null && v.high() == null) ? null : new Bounds(v.low(), v.high());
    }
}
