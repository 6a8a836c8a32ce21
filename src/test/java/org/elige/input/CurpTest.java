package org.elige.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.elige.input.Curp.Problem;
import org.junit.jupiter.api.Test;

class CurpTest {

    private static final String VALID = "HEGG560427MVZRRL04";
    private static final LocalDate BIRTH = LocalDate.of(1956, 4, 27);

    /** The first 17 characters followed by their correct check digit. */
    private static String withCheckDigit(String first17) {
        return first17 + Curp.checkDigit(first17);
    }

    private static Set<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).collect(Collectors.toSet());
    }

    @Test
    void knownValidCurpPasses() {
        assertEquals('4', Curp.checkDigit("HEGG560427MVZRRL0"));
        assertEquals(List.of(), Curp.check(VALID, BIRTH, "M"));
        assertEquals(List.of(), Curp.check(VALID, null, null));
    }

    @Test
    void wrongCheckDigitNamesTheExpectedDigit() {
        List<Problem> problems = Curp.check("HEGG560427MVZRRL05", BIRTH, "M");
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals("CURP_CHECK_DIGIT", p.code());
        assertFalse(p.warning());
        assertEquals(
                "El dígito verificador de la CURP es 5 pero debería ser 4.",
                p.message().es());
        assertEquals("The CURP check digit is 5 but should be 4.", p.message().en());
    }

    @Test
    void birthDateContradictingTheRecordIsAnError() {
        List<Problem> problems = Curp.check(VALID, LocalDate.of(1957, 4, 27), "M");
        assertEquals(Set.of("CURP_BIRTH_DATE_MISMATCH"), codes(problems));
        assertEquals(
                "La CURP indica nacimiento el 1956-04-27 pero birth_date dice 1957-04-27.",
                problems.get(0).message().es());
        assertEquals(
                "The CURP gives birth on 1956-04-27 but birth_date says 1957-04-27.",
                problems.get(0).message().en());
    }

    @Test
    void sexContradictingTheRecordIsAnError() {
        List<Problem> problems = Curp.check(VALID, BIRTH, "H");
        assertEquals(Set.of("CURP_SEX_MISMATCH"), codes(problems));
        assertEquals(
                "La CURP indica sexo M pero sex dice H.",
                problems.get(0).message().es());
        assertEquals(
                "The CURP gives sex M but sex says H.",
                problems.get(0).message().en());
    }

    @Test
    void unknownStateCodeIsAnError() {
        List<Problem> problems = Curp.check(withCheckDigit("HEGG560427MXXRRL0"), BIRTH, "M");
        assertEquals(Set.of("CURP_STATE"), codes(problems));
        assertTrue(problems.get(0).message().en().contains("\"XX\""));
        assertTrue(problems.get(0).message().es().contains("\"XX\""));
    }

    @Test
    void bornAbroadStateNeIsAccepted() {
        assertEquals(List.of(), Curp.check(withCheckDigit("HEGG560427MNERRL0"), BIRTH, "M"));
    }

    @Test
    void impossibleDateIsAnErrorAndSkipsTheDateAgreement() {
        String curp = withCheckDigit("HEGG560230MVZRRL0");
        assertEquals(Set.of("CURP_DATE"), codes(Curp.check(curp, null, "M")));
        List<Problem> problems = Curp.check(curp, BIRTH, "M");
        assertEquals(Set.of("CURP_DATE"), codes(problems));
        assertTrue(problems.get(0).message().en().contains("\"560230\""));
        assertTrue(problems.get(0).message().es().contains("AAMMDD"));
    }

    @Test
    void wrongLengthIsTheOnlyProblemReported() {
        List<Problem> problems = Curp.check("HEGG560427MVZRRL0", BIRTH, "H");
        assertEquals(1, problems.size());
        assertEquals("CURP_LENGTH", problems.get(0).code());
        assertEquals(
                "The CURP \"HEGG560427MVZRRL0\" has 17 characters but should have 18.",
                problems.get(0).message().en());
        assertEquals(
                "La CURP \"HEGG560427MVZRRL0\" tiene 17 caracteres pero debería tener 18.",
                problems.get(0).message().es());
        assertEquals(Set.of("CURP_LENGTH"), codes(Curp.check("", null, null)));
    }

    @Test
    void sexXGivesOnlyAWarning() {
        String curp = withCheckDigit("HEGG560427XVZRRL0");
        for (String recordSex : new String[] {"M", "H", "X", null}) {
            List<Problem> problems = Curp.check(curp, BIRTH, recordSex);
            assertEquals(1, problems.size(), "record sex " + recordSex);
            assertEquals("CURP_SEX_X", problems.get(0).code());
            assertTrue(problems.get(0).warning());
        }
    }

    @Test
    void invalidSexLetterIsAnError() {
        List<Problem> problems = Curp.check(withCheckDigit("HEGG560427FVZRRL0"), BIRTH, "M");
        assertEquals(Set.of("CURP_SEX"), codes(problems));
        assertFalse(problems.get(0).warning());
    }

    @Test
    void letterDifferentiatorMeansBornFrom2000() {
        String curp = withCheckDigit("HEGG030427MVZRRLA");
        assertEquals(List.of(), Curp.check(curp, LocalDate.of(2003, 4, 27), "M"));
        List<Problem> problems = Curp.check(curp, LocalDate.of(1903, 4, 27), "M");
        assertEquals(Set.of("CURP_BIRTH_DATE_MISMATCH"), codes(problems));
    }

    @Test
    void digitDifferentiatorMeansBornBefore2000() {
        String curp = withCheckDigit("HEGG030427MVZRRL0");
        List<Problem> problems = Curp.check(curp, LocalDate.of(2003, 4, 27), "M");
        assertEquals(Set.of("CURP_BIRTH_DATE_MISMATCH"), codes(problems));
        assertEquals(
                "La CURP indica nacimiento el 1903-04-27 pero birth_date dice 2003-04-27.",
                problems.get(0).message().es());
    }

    @Test
    void centuryDecidesWhetherFebruary29Exists() {
        LocalDate leapDay2000 = LocalDate.of(2000, 2, 29);
        assertEquals(List.of(), Curp.check(withCheckDigit("HEGG000229MVZRRLA"), leapDay2000, "M"));
        assertEquals(Set.of("CURP_DATE"), codes(Curp.check(withCheckDigit("HEGG000229MVZRRL0"), leapDay2000, "M")));
    }

    @Test
    void invalidDifferentiatorIsAnError() {
        List<Problem> problems = Curp.check("HEGG560427MVZRRL-4", BIRTH, "M");
        assertEquals(Set.of("CURP_DIFFERENTIATOR"), codes(problems));
    }

    @Test
    void lowerCaseIsReportedAndTheRestStillChecked() {
        assertEquals(Set.of("CURP_LOWERCASE"), codes(Curp.check("hegg560427mvzrrl04", BIRTH, "M")));
        List<Problem> problems = Curp.check("hegg560427mvzrrl05", BIRTH, "M");
        assertEquals(Set.of("CURP_LOWERCASE", "CURP_CHECK_DIGIT"), codes(problems));
        assertTrue(problems.get(0).message().en().contains("\"HEGG560427MVZRRL05\""));
    }

    @Test
    void allProblemsAreReportedTogether() {
        List<Problem> problems = Curp.check("H3GG561327QXXRALK5", BIRTH, "H");
        assertEquals(
                Set.of("CURP_INITIALS", "CURP_DATE", "CURP_SEX", "CURP_STATE", "CURP_CONSONANTS", "CURP_CHECK_DIGIT"),
                codes(problems));
        List<Problem> withAgreement = Curp.check(withCheckDigit("HEGG570427MXXAAL0"), BIRTH, "H");
        assertEquals(
                Set.of("CURP_STATE", "CURP_CONSONANTS", "CURP_BIRTH_DATE_MISMATCH", "CURP_SEX_MISMATCH"),
                codes(withAgreement));
    }

    @Test
    void nonDigitCheckDigitIsReportedWhenItCannotBeComputed() {
        List<Problem> problems = Curp.check("HEGG560427MVZRRL-K", BIRTH, "M");
        assertEquals(Set.of("CURP_DIFFERENTIATOR", "CURP_CHECK_DIGIT_FORMAT"), codes(problems));
    }

    @Test
    void everyMessageIsFilledInBothLanguages() {
        List<Problem> problems = new ArrayList<>(Curp.check("h3gg561327QXXRAL-K", BIRTH, "H"));
        problems.addAll(Curp.check("HEGG560427MVZRRL05", BIRTH, "M"));
        problems.addAll(Curp.check(withCheckDigit("HEGG560427XVZRRL0"), BIRTH, "M"));
        problems.addAll(Curp.check(VALID, LocalDate.of(1957, 4, 27), "H"));
        problems.addAll(Curp.check("SHORT", null, null));
        assertEquals(13, codes(problems).size(), codes(problems).toString());
        for (Problem p : problems) {
            for (String message : List.of(p.message().es(), p.message().en())) {
                assertFalse(message.isBlank(), p.code());
                assertFalse(message.contains("{") || message.contains("''"), p.code() + ": " + message);
            }
            assertFalse(p.message().es().equals(p.message().en()), p.code());
        }
    }

    @Test
    void nullCurpIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> Curp.check(null, BIRTH, "M"));
    }
}
