package org.elige.rules;

import java.time.LocalDate;
import java.util.List;
import org.elige.model.Text;

/** A named threshold, amount or switch with its dated history, oldest first. */
public record Parameter(String key, Text description, String unit, List<ParameterValue> values, String file) {

    /** The value in force on {@code date}, or null when none is (before the first, or in a gap). */
    public ParameterValue at(LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue v : values) {
            if (v.validFrom() != null && date.isBefore(v.validFrom())) {
                break;
            }
            found = v;
        }
        return found != null && found.inForceOn(date) ? found : null;
    }
}
