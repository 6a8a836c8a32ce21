package org.elige.vary;

import org.elige.model.Outcome;
import org.elige.model.Text;
import org.elige.model.UnitRef;

/** One program's answer for one unit at one value of the axis: the outcome and the benefit (null for none). */
public record Reading(String program, Text programName, UnitRef unit, Outcome outcome, Amount benefit) {

    /** Counts in the household's monthly total: ELIGIBLE or ELIGIBLE_TO_APPLY with a periodic amount. */
    boolean counts() {
        return (outcome == Outcome.ELIGIBLE || outcome == Outcome.ELIGIBLE_TO_APPLY)
                && benefit != null
                && benefit.monthly() != null;
    }

    /** Which result this is along the axis: program and unit. */
    String key() {
        return key(program, unit);
    }

    static String key(String program, UnitRef unit) {
        return program + "\u0000" + unit.kind() + "\u0000" + unit.id();
    }
}
