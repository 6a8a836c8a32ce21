package org.elige.rules;

import java.time.LocalDate;

/**
 * One dated value of a parameter: in force from {@code validFrom} until the next value, or until
 * {@code validUntil} when the source says it ended. {@code tag} says how sure the value is
 * (OF, SEC, SEC1, INTERP; OVERRIDE for a caller's what-if).
 */
public record ParameterValue(LocalDate validFrom, LocalDate validUntil, Object value, String source, String tag) {

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}
