package org.elige.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.elige.model.InputError;
import org.junit.jupiter.api.Test;

/** A misspelt field, code or program id in a record gets the nearest valid one, in the reader's language. */
class DidYouMeanTest {
    private static final Set<String> PROGRAMS = Set.of("JCF", "PAM", "PPB");

    private static InputError at(String member, String top, String path) throws InputException {
        String json = "{\"household_id\": \"H1\", \"evaluation_date\": \"2025-03-01\"" + top
                + ", \"members\": [{\"member_id\": \"P1\", \"birth_date\": \"1990-01-01\"" + member + "}]}";
        return HouseholdReader.read(json.getBytes(StandardCharsets.UTF_8), PROGRAMS, null).errors().stream()
                .filter(e -> e.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path));
    }

    @Test
    void aMisspeltCodeGetsTheNearestCodeAndEveryCodeWithItsLabel() throws InputException {
        InputError e = at(", \"employment_status\": \"UNEMPLOYD\"", "", "/members/0/employment_status");
        assertTrue(
                e.message()
                        .es()
                        .startsWith("La situación laboral: «UNEMPLOYD» no es un código admitido;"
                                + " ¿quiso decir «UNEMPLOYED»? Los códigos son: EMPLOYED_FORMAL ("),
                e.message().es());
        assertTrue(
                e.message()
                        .en()
                        .startsWith("Employment status: 'UNEMPLOYD' is not an accepted code;"
                                + " did you mean 'UNEMPLOYED'? The codes are: EMPLOYED_FORMAL ("),
                e.message().en());
        assertTrue(
                e.message().en().contains("UNEMPLOYED (unemployed and looking for work)"),
                e.message().en());
    }

    @Test
    void aCodeInTheWrongCaseOrWithSpacesIsRecognised() throws InputException {
        assertTrue(at(", \"employment_status\": \" unemployed\"", "", "/members/0/employment_status")
                .message()
                .en()
                .contains("did you mean 'UNEMPLOYED'?"));
        assertTrue(at(", \"sex\": \"m \"", "", "/members/0/sex").message().es().contains("¿quiso decir «M»?"));
    }

    @Test
    void aSingleWrongLetterIsNotGuessedAtButTheCodesAreNamed() throws InputException {
        InputError e = at(", \"sex\": \"F \"", "", "/members/0/sex");
        assertEquals(
                "El sexo: «F » no es uno de los códigos admitidos: H (hombre), M (mujer), X (no binario).",
                e.message().es());
        assertEquals(
                "Sex: 'F ' is not one of the accepted codes: H (man), M (woman), X (non-binary).",
                e.message().en());
    }

    @Test
    void aMisspeltFieldGetsTheNearestField() throws InputException {
        InputError e = at(", \"birthdate\": \"1990-01-01\"", "", "/members/0/birthdate");
        assertEquals(
                "«birthdate» no es un campo que el registro defina aquí. (¿quiso decir «birth_date»?)",
                e.message().es());
        assertEquals(
                "'birthdate' is not a field the record defines here. (did you mean 'birth_date'?)",
                e.message().en());
        assertFalse(at(", \"zz\": 1", "", "/members/0/zz").message().en().contains("did you mean"));
    }

    @Test
    void aMisspeltProgramIdGetsTheNearestProgram() throws InputException {
        InputError e = at(
                "",
                ", \"program_enrollments\": [{\"program\": \"JFC\", \"status\": \"ACTIVE\"}]",
                "/program_enrollments/0/program");
        assertTrue(
                e.message().es().endsWith("(¿quiso decir «JCF»?)"), e.message().es());
        assertTrue(
                e.message().en().endsWith("(did you mean 'JCF'?)"), e.message().en());
    }
}
