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
 * @param targeting    the criteria that say whom the program is for at all (its states, municipalities,
 *                     kinds of locality): failing one, the program does not apply here
 * @param units        which units of that kind it decides for (null: every one)
 * @param periodFrom   first date of the period it is decided in full (null: no limit)
 * @param periodUntil  last date of that period (null: no limit)
 * @param periodNote   said, with the years known, when the date is outside the period
 */
public record Program(
        String id,
        Text name,
        String family,
        String unit,
        UnitFilter units,
        String award,
        List<String> criteria,
        Condition eligibleWhen,
        Map<String, String> exclusions,
        List<String> targeting,
        LocalDate periodFrom,
        LocalDate periodUntil,
        Text periodNote,
        String folder) {

    /** The id of the criterion that is UNKNOWN outside the program's period, e.g. {@code MCB-IN-FORCE}. */
    public String inForceId() {
        return id + "-IN-FORCE";
    }

    public boolean inPeriod(LocalDate date) {
        return (periodFrom == null || !date.isBefore(periodFrom))
                && (periodUntil == null || !date.isAfter(periodUntil));
    }

    /** The date itself inside the period; else the period's nearest end, whose rules decide (revision 2026-12-07 §1). */
    public LocalDate nearestInPeriod(LocalDate date) {
        if (periodFrom != null && date.isBefore(periodFrom)) {
            return periodFrom;
        }
        return periodUntil != null && date.isAfter(periodUntil) ? periodUntil : date;
    }
}
