package org.elige.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The fuzzer's edits do what their names say, so a passing property means what it claims. */
class EditTest {
    private static final Fixtures.Fixture RECORD = new Fixtures.Fixture("t", (ObjectNode) Json.READER.readTree("""
            {"household_id": "H", "evaluation_date": "2025-10-01", "location": {"locality_population": 850},
             "members": [{"member_id": "P1", "birth_date": "1990-01-01"}]}"""));

    private static String text(Edit... edits) {
        return new String(new Fuzzed(RECORD, List.of(edits)).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aRawNumberIsWrittenAsGivenNeverExpanded() {
        String t = text(new Edit.Put("/location/locality_population", Raw.of("1e999999999")));
        assertTrue(t.contains("\"locality_population\":1e999999999"), t);
    }

    @Test
    void putMakesTheObjectsAndListItemsOnTheWay() {
        String t = text(new Edit.Put("/parcels/0/damage/cycle_year", Raw.of("\"2022\"")));
        assertTrue(t.contains("\"parcels\":[{\"damage\":{\"cycle_year\":\"2022\"}}]"), t);
        JsonNode m = Json.READER.readTree(text(new Edit.Put("/members/0/documents/has_curp", Raw.of("0"))));
        assertEquals("P1", m.at("/members/0/member_id").asString(), "the existing first member is kept");
        assertEquals(0, m.at("/members/0/documents/has_curp").asInt());
    }

    @Test
    void aDuplicateKeyIsInTheTextTwice() {
        String t = text(new Edit.DuplicateKey(0, 0, Raw.of("\"H2\"")));
        assertTrue(t.contains("\"household_id\":\"H\"") && t.contains("\"household_id\":\"H2\""), t);
    }

    @Test
    void replaceHitsAValueOfTheTargetKind() {
        String t = text(new Edit.Replace(Edit.Target.NUMBER, 7, Raw.of("[[[]]]")));
        assertTrue(t.contains("\"locality_population\":[[[]]]"), t);
    }

    @Test
    void aDanglingReferenceAddsAParcelWhenThereIsNone() {
        JsonNode r = Json.READER.readTree(text(new Edit.Dangling(3, Raw.of("\"NOBODY\""))));
        assertEquals("NOBODY", r.at("/parcels/0/holder_member_id").asString());
    }

    @Test
    void growAddsNumberedItems() {
        JsonNode r = Json.READER.readTree(text(
                new Edit.Grow("members", 3, Raw.of("\"M\""), false, false),
                new Edit.Grow("parcels", 2, Raw.of("\"X\""), true, true)));
        assertEquals(4, r.path("members").size());
        assertEquals("M-2", r.at("/members/3/member_id").asString());
        assertEquals("1990-01-01", r.at("/members/3/birth_date").asString(), "a copy of the first member");
        assertEquals("X", r.at("/parcels/1/holder_member_id").asString());
    }

    @Test
    void bytesThatAreNotUtf8GoThroughUntouched() {
        byte[] b = new Fuzzed(RECORD, List.of(new Edit.Put("/household_id", new Raw("ff", new byte[] {
                    '"', (byte) 0xff, '"'
                }))))
                .bytes();
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(latin.contains("\"household_id\":\"\u00ff\""), latin);
    }

    @Test
    void theSchemaFieldsIncludeNestedNumbers() {
        List<String> numeric =
                Fields.numeric().stream().map(Fields.Field::pointer).toList();
        assertTrue(
                numeric.containsAll(List.of(
                        "/household_monthly_income_mxn",
                        "/location/locality_population",
                        "/parcels/0/area_ha",
                        "/groups/0/members_count",
                        "/members/0/documents/proof_of_address_age_months")),
                numeric.toString());
    }
}
