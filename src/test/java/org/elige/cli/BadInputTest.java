package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad record gets a located, bilingual error and exit code 2, never a stack trace. */
class BadInputTest {
    private static final String PERSON = """
            {"household_id": "H1", "evaluation_date": "2025-10-01", "location": {"cve_ent": "20"},
             "members": [{"member_id": "P1", %s}]}""";

    private static Cli evaluate(String json, String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "evaluate";
        args[1] = "-";
        args[2] = "--format";
        args[3] = "json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.withInput(json, args);
    }

    private static void assertRefused(Cli r, String... fragments) {
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f) || r.out().contains(f), "expected '" + f + "' in:\n" + r.err() + r.out());
        }
        assertFalse((r.err() + r.out()).contains("\tat "), "no stack trace");
    }

    @Test
    void notJsonNamesLineAndColumn() {
        assertRefused(
                evaluate("{\"household_id\": \"H1\",\n  \"members\": [}"),
                "-:/: No es JSON válido en la línea 2, columna");
    }

    @Test
    void jsonThatIsNotAnObject() {
        assertRefused(evaluate("[1, 2, 3]"), "La entrada es una lista, no un objeto JSON");
    }

    @Test
    void emptyInput() {
        assertRefused(evaluate(""), "La entrada está vacía");
    }

    @Test
    void wrongTypesAndUnknownEnumsAreAllReportedAtOnce() {
        Cli r = evaluate(PERSON.formatted("\"studying\": \"yes\", \"sex\": \"F\", \"employment_status\": \"RETIRED\""));
        assertRefused(r, "\"/members/0/studying\"", "\"/members/0/sex\"", "\"/members/0/employment_status\"");
        assertTrue(r.out().contains("\"outcome\" : \"DATA_ERROR\""), "results reading the bad facts are DATA_ERROR");
    }

    @Test
    void impossibleDate() {
        assertRefused(
                evaluate(PERSON.formatted("\"birth_date\": \"2025-02-30\"")),
                "\"/members/0/birth_date\"",
                "2025-02-30");
    }

    @Test
    void negativeIncome() {
        String json = PERSON.formatted("\"monthly_income_mxn\": -5")
                .replace("\"members\"", "\"household_monthly_income_mxn\": -100, \"members\"");
        assertRefused(evaluate(json), "\"/household_monthly_income_mxn\"", "\"/members/0/monthly_income_mxn\"");
    }

    @Test
    void birthAfterTheEvaluationDateIsANegativeAge() {
        assertRefused(
                evaluate(PERSON.formatted("\"birth_date\": \"2026-01-01\"")),
                "\"/members/0/birth_date\"",
                "posterior a la fecha de evaluación");
    }

    @Test
    void curpWithAWrongCheckDigit() {
        Cli r = evaluate(
                PERSON.formatted("\"curp\": \"HEGG560427MVZRRL05\", \"birth_date\": \"1956-04-27\", \"sex\": \"M\""));
        assertRefused(r, "\"/members/0/curp\"", "debería ser 4");
    }

    @Test
    void curpThatContradictsTheBirthDate() {
        Cli r = evaluate(
                PERSON.formatted("\"curp\": \"HEGG560427MVZRRL04\", \"birth_date\": \"1957-04-27\", \"sex\": \"M\""));
        assertRefused(r, "\"/members/0/curp\"", "1956-04-27", "1957-04-27");
    }

    @Test
    void aTypoInAFieldNameIsNotSilentlyUnknown() {
        assertRefused(
                evaluate(PERSON.formatted("\"birthdate\": \"1990-01-01\"")), "\"/members/0/birthdate\"", "birth_date");
    }

    @Test
    void noEvaluationDateAnywhere() {
        assertRefused(evaluate("{\"household_id\": \"H1\", \"members\": []}"), "/evaluation_date", "--as-of");
    }

    @Test
    void aFileOver10MiBIsRefusedWithItsSize(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        byte[] bytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        Files.write(big, bytes);
        assertRefused(Cli.run("evaluate", big.toString()), "52,428,800 bytes", "10,485,760");
    }

    @Test
    void deepNestingIsBoundedWithoutStackOverflow() {
        String deep = "{\"household_id\": \"H1\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertRefused(evaluate(deep), "más de 64 niveles");
    }

    @Test
    void englishMessagesOnRequest() {
        assertRefused(evaluate("[1]", "--lang", "en"), "The input is a list, not a JSON object");
    }

    @Test
    void aMissingFileIsAClearError() {
        Cli r = Cli.run("evaluate", "no/such/file.json");
        assertEquals(Main.INVALID_INPUT, r.code());
        assertEquals("elige: no se puede leer no/such/file.json: el archivo no existe\n", r.err());
    }

    @Test
    void aMissingInputFileOfAnyCommandIsAClearError() {
        for (String[] args : List.of(
                new String[] {"batch", "no/such/file.jsonl"},
                new String[] {"bench", "--input", "no/such/file.jsonl", "--households", "10"},
                new String[] {"impact", "--base", "rules", "--candidate", "rules", "--households", "no/such/file.jsonl"
                })) {
            Cli r = Cli.run(args);
            assertEquals(Main.INVALID_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("no/such/file.jsonl: ") && !r.err().contains("internal error"), r.err());
        }
    }
}
