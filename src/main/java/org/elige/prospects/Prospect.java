package org.elige.prospects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.elige.model.Outcome;
import org.elige.model.UnitRef;

/**
 * What would open one result that is not positive today: the first date on which the same record
 * would be eligible, and the single facts that, changed alone, would make it eligible today. Each
 * was confirmed by deciding the dated or changed record with the same rule set.
 *
 * @param outcome        the outcome today
 * @param eligibleFrom   the first date within the horizon on which it would be positive, or null
 * @param wouldQualifyIf each fact that, changed alone, makes it positive today (none: no single change does)
 */
public record Prospect(
        String program,
        UnitRef unit,
        Outcome outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL) NextDate eligibleFrom,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Change> wouldQualifyIf) {}
