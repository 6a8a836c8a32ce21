package org.elige.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elige.model.Text;

/**
 * A program as declared in its {@code program.yaml}: names, the unit it decides for, its criteria,
 * how they combine, which failing criteria mean a conflict with another program, and the dates for
 * which its rules are known.
 *
 * @param award        ELIGIBLE, or ELIGIBLE_TO_APPLY when the award is competitive
 * @param exclusions   criterion id to the program it excludes: failing only these gives CONFLICT
 * @param knownFrom    first date the shipped rules describe (null: no limit)
 * @param knownUntil   last date the shipped rules describe (null: no limit)
 * @param unknownReason why outside those dates the answer is UNDETERMINED
 */
public record Program(String id, Text name, String family, String unit, String award, List<String> criteria,
                      Condition eligibleWhen, Map<String, String> exclusions, LocalDate knownFrom,
                      LocalDate knownUntil, Text unknownReason, String folder) {

    public boolean rulesKnownOn(LocalDate date) {
        return (knownFrom == null || !date.isBefore(knownFrom)) && (knownUntil == null || !date.isAfter(knownUntil));
    }
}
