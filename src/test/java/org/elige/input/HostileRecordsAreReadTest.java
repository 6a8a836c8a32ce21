package org.elige.input;

import static org.elige.HostileRecords.dangling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.elige.model.InputError;
import org.junit.jupiter.api.Test;

/**
 * Records written to hurt (issue 12) are read into located, bounded problems: a key given twice,
 * numbers of absurd size, a birth date in year 0, lists over their limits, thousands of dangling
 * references. Nothing here throws anything but an {@link InputException}, and nothing takes long.
 */
class HostileRecordsAreReadTest {
    private static final Set<String> PROGRAMS = Set.of("JCF", "PAM", "MCB");
    private static final String RECORD = """
            {"household_id": "H1", "evaluation_date": "2025-10-01", %s
             "members": [{"member_id": "P1", "birth_date": "1980-01-01"%s}]}""";

    private static Input read(String json) throws InputException {
        return HouseholdReader.read(json.getBytes(StandardCharsets.UTF_8), PROGRAMS, null);
    }

    private static String record(String top, String member) {
        return RECORD.formatted(top.isEmpty() ? "" : top + ",", member.isEmpty() ? "" : ", " + member);
    }

    private static InputError at(Input input, String path) {
        return input.errors().stream()
                .filter(e -> e.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path + " in " + input.errors()));
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsPointerInsteadOfTheLastOneWinning() {
        InputException top = assertThrows(
                InputException.class,
                () -> read("{\"household_id\": \"H1\", \"household_id\": \"H2\", \"members\": []}"));
        assertEquals("/household_id", top.errors().get(0).path());
        assertTrue(
                top.errors().get(0).message().en().contains("\"household_id\" appears twice"),
                top.errors().toString());
        assertTrue(
                top.errors().get(0).message().es().contains("aparece dos veces"),
                top.errors().toString());

        InputException nested =
                assertThrows(InputException.class, () -> read(record("", "\"birth_date\": \"1990-01-01\"")));
        assertEquals("/members/0/birth_date", nested.errors().get(0).path());
    }

    @Test
    void aBirthDateInYearZeroIsALocatedErrorNotAnAgeOfTwoThousandYears() throws InputException {
        Input input = read(RECORD.formatted("", "").replace("1980-01-01", "0000-01-01"));
        InputError e = at(input, "/members/0/birth_date");
        assertTrue(
                e.message().en().contains("between 1900-01-01 and the evaluation date 2025-10-01"),
                e.message().en());
        assertTrue(e.message().es().contains("1900-01-01"), e.message().es());
    }

    @Test
    void datesOfDeathAndOfGroupMembersBefore1900AreErrorsToo() throws InputException {
        Input input = read(record(
                "\"groups\": [{\"group_id\": \"G1\", \"member_birth_dates\": [\"1985-01-01\", \"1899-12-31\"]}]",
                "\"death_date\": \"1850-01-01\""));
        at(input, "/members/0/death_date");
        at(input, "/groups/0/member_birth_dates/1");
    }

    @Test
    void anEvaluationDateOutsideNineteenHundredToTwentyOneHundredIsRefused() {
        InputException e = assertThrows(
                InputException.class,
                () -> read("{\"household_id\": \"H1\", \"evaluation_date\": \"+999999999-12-31\", \"members\": []}"));
        assertEquals("/evaluation_date", e.errors().get(0).path());
        assertTrue(
                e.errors().get(0).message().en().contains("outside the dates elige decides on"),
                e.errors().toString());
    }

    @Test
    void numbersThatOverflowAnIntOrALongAreLocatedErrors() throws InputException {
        Input input = read(record(
                "\"dwelling\": {\"rooms_total\": 1e19}, "
                        + "\"groups\": [{\"group_id\": \"G1\", \"members_count\": 2147483648}]",
                ""));
        assertTrue(at(input, "/dwelling/rooms_total").message().en().contains("1E+19 is not a plausible value"));
        assertEquals(
                "Number of members: 2147483648 is more than the largest accepted value, 10000.",
                at(input, "/groups/0/members_count").message().en());
    }

    @Test
    void anAmountOfOneFollowedByABillionZerosIsALocatedErrorReadInAMoment() {
        Input input = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> read(record(
                        "\"household_monthly_income_mxn\": 1e999999999", "\"monthly_income_mxn\": 1e-999999999")));
        InputError income = at(input, "/household_monthly_income_mxn");
        assertEquals("1E+999999999", ((tools.jackson.databind.JsonNode) income.value()).stringValue());
        assertTrue(
                income.message().en().startsWith("1E+999999999 is not a plausible value"),
                income.message().en());
        at(input, "/members/0/monthly_income_mxn");
        assertEquals(2, input.errors().size(), "the schema does not report them again: " + input.errors());
    }

    @Test
    void moneyHasAtMostTwoDecimalsAndASaneMaximum() throws InputException {
        Input input = read(record("\"household_monthly_income_mxn\": 100000000.01", "\"monthly_income_mxn\": 10.005"));
        at(input, "/household_monthly_income_mxn");
        assertTrue(
                at(input, "/members/0/monthly_income_mxn")
                        .message()
                        .en()
                        .contains("10.005 has too many decimals; at most 2 decimals are accepted."),
                input.errors().toString());
        assertTrue(read(record("\"household_monthly_income_mxn\": 100000000", "\"monthly_income_mxn\": 10.50"))
                .errors()
                .isEmpty());
    }

    @Test
    void aRecordWithMoreMembersThanTheLimitIsRefusedAtTheList() {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            members.append(i == 0 ? "" : ",")
                    .append("{\"member_id\": \"M")
                    .append(i)
                    .append("\"}");
        }
        InputException e = assertThrows(
                InputException.class,
                () -> read("{\"household_id\": \"H1\", \"evaluation_date\": \"2025-10-01\", \"members\": [" + members
                        + "]}"));
        assertEquals("/members", e.errors().get(0).path());
        assertEquals(
                "The record has 201 items in members; at most 200 are accepted.",
                e.errors().get(0).message().en());
        assertEquals(200, Limits.LISTS.get("members"));
        assertEquals(1000, Limits.LISTS.get("parcels"));
    }

    @Test
    void aDanglingReferenceNamesTheMissingMemberWithoutListingEveryMember() throws InputException {
        Input input = read(dangling(199, 1));
        InputError e = at(input, "/parcels/0/holder_member_id");
        assertEquals(
                "No member has member_id NOBODY (the record has 199 members).",
                e.message().en());
        assertEquals(
                "Ningún integrante tiene member_id NOBODY (el registro tiene 199 integrantes).",
                e.message().es());
    }

    @Test
    void atMostFiftyProblemsAreListedThenOneCountsTheRestButEveryOneMarksWhatReadsIt() throws InputException {
        Input input = read(dangling(199, 900));
        assertEquals(Limits.MAX_PROBLEMS + 1, input.errors().size());
        InputError more = input.errors().get(Limits.MAX_PROBLEMS);
        assertEquals("", more.path());
        assertEquals(
                "… and 850 more problems, not listed: only the first 50 are shown.",
                more.message().en());
        assertEquals(
                "… y 850 problemas más, no listados: solo se muestran los primeros 50.",
                more.message().es());
        assertEquals(900, input.errorPaths().size());
        assertTrue(input.errorPaths().contains("/parcels/899/holder_member_id"));
        assertFalse(input.errorPaths().contains(""), "the count marks nothing");
    }

    @Test
    void theProblemsOfARecordGrowNoFasterThanTheRecordItself() throws InputException {
        int small = problemsSize(dangling(20, 20));
        int large = problemsSize(dangling(199, 900));
        // Before: each of the 900 problems listed the 199 ids in both languages (about 2.8 MB).
        assertTrue(large < 30_000, "problems of the large record: " + large + " characters");
        assertTrue(large < 10 * small, small + " → " + large);
    }

    private static int problemsSize(String json) throws InputException {
        List<InputError> errors = read(json).errors();
        return errors.stream()
                .mapToInt(e -> e.path().length()
                        + e.message().es().length()
                        + e.message().en().length()
                        + String.valueOf(e.value()).length())
                .sum();
    }

    @Test
    void aHugeUnknownKeyOrCurpIsShownBackCut() throws InputException {
        String longText = "X".repeat(40_000);
        Input input = read(record("", "\"curp\": \"" + longText + "\", \"" + longText + "\": 1"));
        for (InputError e : input.errors()) {
            assertTrue(e.message().en().length() < 1_000 && e.message().es().length() < 1_000, e.path());
            assertTrue(String.valueOf(e.value()).length() < 1_000, e.path());
        }
    }

    @Test
    void aNumberWithinItsFieldIsReadAsBefore() throws InputException {
        assertTrue(read(record("\"location\": {\"locality_population\": 850}, \"dwelling\": {\"rooms_total\": 3}", ""))
                .errors()
                .isEmpty());
        assertEquals(LocalDate.parse("2025-10-01"), read(record("", "")).evaluationDate());
    }
}
