package org.elige.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.elige.TestRules;
import org.junit.jupiter.api.Test;

/** The values in force on a date, shared between evaluations, are those of each parameter's history. */
class ParametersTest {

    @Test
    void valuesInForceAreEachParametersValueOnThatDateBeyondTheDatesKept() {
        Parameters parameters = TestRules.shipped().parameters().with(java.util.Map.of());
        LocalDate first = LocalDate.parse("2018-06-01");
        for (int day = 0; day < 700; day++) {
            LocalDate date = first.plusDays(day * 5L);
            var inForce = parameters.inForceOn(date);
            for (String key : parameters.all().keySet()) {
                assertEquals(parameters.at(key, date), inForce.get(key), key + " on " + date);
            }
        }
        assertSame(parameters.inForceOn(first), parameters.inForceOn(first), "kept, not recomputed");
    }

    @Test
    void aMistypedWhatIfKeySuggestsTheNearestParameter() {
        ParameterException e = org.junit.jupiter.api.Assertions.assertThrows(
                ParameterException.class,
                () -> TestRules.shipped().parameters().with(java.util.Map.of("jcf.agemax", "21")));
        assertEquals("unknown parameter 'jcf.agemax' (did you mean 'jcf.age.max'?)", e.getMessage());
        assertEquals(
                "parámetro desconocido «jcf.agemax» (¿quiso decir «jcf.age.max»?)",
                e.text().es());
    }

    @Test
    void anOverrideIsInForceOnEveryDate() {
        Parameters parameters = TestRules.shipped().parameters().with(java.util.Map.of("pam.age.min", "70"));
        assertEquals(
                new java.math.BigDecimal("70"),
                parameters
                        .inForceOn(LocalDate.parse("2019-03-01"))
                        .get("pam.age.min")
                        .value());
        assertEquals(
                new java.math.BigDecimal("70"),
                parameters
                        .inForceOn(LocalDate.parse("2025-03-01"))
                        .get("pam.age.min")
                        .value());
    }
}
