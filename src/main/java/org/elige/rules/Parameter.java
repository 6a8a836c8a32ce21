package org.elige.rules;

import java.time.LocalDate;
import java.util.List;
import org.elige.model.Text;

/**
 * A named threshold, amount or switch with its dated history, oldest first.
 *
 * @param codes the record field whose codes the values are, when the catalogue names that field's
 *     codes on their own ({@code cve_ent}: a list of states), else null
 */
public record Parameter(
        String key, Text description, String unit, String codes, List<ParameterValue> values, String file) {

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
