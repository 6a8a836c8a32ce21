package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code evaluate --vary}: a table per changing result and the thresholds in words, or JSON; errors name the axis. */
class VaryCommandTest {
    private static final String[] INCOME = {
        "evaluate",
        "examples/household.json",
        "--vary",
        "/household_monthly_income_mxn",
        "--from",
        "0",
        "--to",
        "20000",
        "--step",
        "250"
    };

    private static String[] with(String... more) {
        String[] args = java.util.Arrays.copyOf(INCOME, INCOME.length + more.length);
        System.arraycopy(more, 0, args, INCOME.length, more.length);
        return args;
    }

    @Test
    void theTextShowsTheTotalEachChangingResultAndItsThresholdInEnglish() {
        Cli c = Cli.run(with("--lang", "en"));
        assertEquals(0, c.code(), c.err());
        assertTrue(
                c.out()
                        .startsWith(
                                "Household H-0001 decided 81 times, varying household monthly income (MXN) from 0 to"
                                        + " 20,000 in steps of 250.\n"),
                c.out());
        assertTrue(c.out().contains("     0  20,000  11,580.17 MXN a month"), c.out());
        assertTrue(c.out().contains("          0  17,197.28  Undetermined  —"), c.out());
        assertTrue(c.out().contains("  17,197.29     20,000  Not eligible  —"), c.out());
        assertTrue(
                c.out()
                        .contains(
                                "  Social Housing, 100% CONAVI subsidy (2025), Household H-0001: Undetermined up to 17,197.28,"
                                        + " Not eligible from 17,197.29. The rule computes the limit from «Maximum household"
                                        + " income, in monthly UMAs»; «"),
                c.out());
        assertTrue(c.out().contains("29 more results keep the same outcome and benefit along the whole axis"), c.out());
        assertFalse(c.out().matches("(?s).*(CONAVI_VS|VS-03|income_limit|conavi\\.vs|/household_monthly).*"), c.out());
    }

    @Test
    void theTextIsInSpanishByDefault() {
        Cli c = Cli.run(INCOME);
        assertEquals(0, c.code(), c.err());
        assertTrue(
                c.out().startsWith("Hogar H-0001: decidido 81 veces, con el ingreso mensual del hogar (MXN) de 0"),
                c.out());
        assertTrue(c.out().contains("Desde"), c.out());
        assertTrue(c.out().contains("Un umbral:"), c.out());
        assertTrue(c.out().contains("Indeterminado hasta 17,197.28, No elegible desde 17,197.29"), c.out());
    }

    @Test
    void theJsonHasTheAxisThePointsAndTheThresholds() {
        Cli c = Cli.run(with("--format", "json"));
        assertEquals(0, c.code(), c.err());
        JsonNode s = Json.READER.readTree(c.out());
        assertEquals(81, s.path("points").size());
        assertEquals("0.01", s.at("/axis/grain").decimalValue().toPlainString());
        JsonNode first = s.at("/points/0");
        assertEquals("11580.17", first.path("total").decimalValue().toPlainString());
        assertEquals(30, first.path("results").size());
        assertEquals("17197.29", s.at("/thresholds/0/at").decimalValue().toPlainString());
        assertEquals("NOT_ELIGIBLE", s.at("/thresholds/0/to_outcome").asString());
    }

    @Test
    void anAxisThatCannotBeVariedIsAUsageErrorNamingIt() {
        Cli c = Cli.run(
                "evaluate",
                "examples/household.json",
                "--vary",
                "/dwelling/floor",
                "--from",
                "0",
                "--to",
                "1",
                "--step",
                "1",
                "--lang",
                "en");
        assertEquals(Main.USAGE, c.code());
        assertEquals(
                "elige: --vary: The household schema has no number at /dwelling/floor: --vary takes a numeric fact,"
                        + " such as /household_monthly_income_mxn or /members/0/monthly_income_mxn.\n",
                c.err());
        Cli range = Cli.run("evaluate", "examples/household.json", "--vary", "/household_monthly_income_mxn");
        assertEquals(Main.USAGE, range.code());
        assertEquals("elige: --vary necesita --from, --to y --step.\n", range.err());
        Cli record = Cli.run(with("--record", "--lang", "en"));
        assertEquals(Main.USAGE, record.code());
        assertTrue(record.err().contains("leave out --record"), record.err());
        String[] everyPeso = with("--lang", "en");
        everyPeso[9] = "1";
        Cli many = Cli.run(everyPeso);
        assertEquals(Main.USAGE, many.code());
        assertTrue(many.err().contains("20,001 values; at most 400 are allowed"), many.err());
    }

    @Test
    void aRecordWithErrorsListsThemAsEvaluateDoes() {
        Cli c = Cli.withInput(
                "{\"household_id\": 3, \"evaluation_date\": \"2025-10-01\", \"members\": []}",
                "evaluate",
                "-",
                "--vary",
                "/household_monthly_income_mxn",
                "--from",
                "0",
                "--to",
                "100",
                "--step",
                "50",
                "--lang",
                "en");
        assertEquals(Main.INVALID_INPUT, c.code(), c.out() + c.err());
        assertTrue(c.err().startsWith("-:/household_id: "), c.err());
    }
}
