package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a replayed decision changed: an outcome or benefit, else its reasons, else only its wording. */
class DecisionDiffTest {
    private static final String BEFORE = """
            {"decision_id": "A", "results": [{"program": "JCF", "program_name": {"es": "Jóvenes", "en": "Youth"},
              "unit": {"kind": "PERSON", "id": "P1"}, "outcome": "ELIGIBLE",
              "benefit": {"amount": 8480.17, "unit": "MXN/month", "periods": 12, "note": {"es": "al mes", "en": "a month"},
                          "parameters": {"jcf.months": {"value": 12, "source": "DOF 2025"}}},
              "criteria": [{"id": "JCF-01", "status": "PASSED", "facts": {"age": 22},
                            "parameters": {"jcf.age.max": {"value": 29, "source": "DOF 2025"}},
                            "citation": "Reglas de operación 2025",
                            "explanation": {"es": "Tiene 22 años.", "en": "Is 22."}}]}]}
            """;

    private static ReplayResult.Change change(String from, String to) {
        JsonNode before = Json.READER.readTree(BEFORE);
        JsonNode after = Json.READER.readTree(BEFORE.replace(from, to));
        return DecisionDiff.change(before, after, List.of("decision_id"));
    }

    @Test
    void sentencesLabelsCitationsAndSourcesAreWording() {
        assertEquals(ReplayResult.Change.WORDING, change("Tiene 22 años.", "Tiene 22 años cumplidos."));
        assertEquals(ReplayResult.Change.WORDING, change("\"Youth\"", "\"Youth Building the Future\""));
        assertEquals(ReplayResult.Change.WORDING, change("Reglas de operación 2025", "ROP 2025"));
        assertEquals(ReplayResult.Change.WORDING, change("DOF 2025", "DOF, 2025"));
        assertEquals(ReplayResult.Change.WORDING, change("al mes", "mensuales"));
    }

    @Test
    void aStatusAFactOrAParameterIsAReason() {
        assertEquals(ReplayResult.Change.REASONS, change("\"value\": 29", "\"value\": 30"));
        assertEquals(ReplayResult.Change.REASONS, change("\"age\": 22", "\"age\": 23"));
        assertEquals(ReplayResult.Change.REASONS, change("\"PASSED\"", "\"UNKNOWN\""));
    }

    @Test
    void anOutcomeABenefitOrAResultThatComesOrGoesIsAnOutcomeChange() {
        assertEquals(ReplayResult.Change.OUTCOME, change("\"ELIGIBLE\"", "\"NOT_ELIGIBLE\""));
        assertEquals(ReplayResult.Change.OUTCOME, change("8480.17", "9582.47"));
        assertEquals(ReplayResult.Change.OUTCOME, change("\"value\": 12", "\"value\": 6"));
        assertEquals(ReplayResult.Change.OUTCOME, change("\"id\": \"P1\"", "\"id\": \"P2\""));
    }

    @Test
    void theFirstDifferenceOfAReasonIsTheValueNotTheSentence() {
        JsonNode before = Json.READER.readTree(BEFORE);
        JsonNode after = Json.READER.readTree(
                BEFORE.replace("\"value\": 29", "\"value\": 21").replace("Is 22.", "Is 22; at most 21."));
        Difference first = DecisionDiff.first(before, after, List.of());
        assertEquals("/parameters/jcf.age.max/value", first.field(), "machines keep the pointer");
        assertEquals("JCF · Persona P1: Elegible; JCF-01, el parámetro jcf.age.max: 29 → 21", first.describe("es"));
        assertEquals("JCF · Person P1: Eligible; JCF-01, the parameter jcf.age.max: 29 → 21", first.describe("en"));
    }

    @Test
    void aChangedOutcomeIsToldInWordsWithThePersonsNameAndTheCriterionThatTurned() {
        JsonNode before = Json.READER.readTree(BEFORE);
        JsonNode after = Json.READER.readTree(
                BEFORE.replace("\"ELIGIBLE\"", "\"NOT_ELIGIBLE\"").replace("\"PASSED\"", "\"FAILED\""));
        JsonNode record = Json.READER.readTree("""
                {"members": [{"member_id": "P1", "given_names": "Rosa", "first_surname": "López"}]}
                """);
        Difference first = DecisionDiff.first(before, after, List.of());
        Difference named = first.named(org.elige.model.Words.name(record, first.unitKind(), first.unitId()));
        assertEquals("JCF · Rosa López (P1): Elegible → No elegible; JCF-01 Cumple → No cumple", named.describe("es"));
        assertEquals("JCF · Rosa López (P1): Eligible → Not eligible; JCF-01 Met → Not met", named.describe("en"));
        for (String code : List.of("ELIGIBLE", "PASSED", "FAILED", "PERSON", "/status")) {
            assertFalse(named.describe("es").contains(code), code);
            assertFalse(named.describe("en").contains(code), code);
        }
        JsonNode json = Json.WRITER.valueToTree(named);
        assertEquals("ELIGIBLE", json.path("outcome_before").asString(), json.toString());
        assertEquals("/status", json.path("field").asString(), json.toString());
        assertFalse(json.has("unit_name") || json.has("unitName"), "JSON keeps only the machine fields: " + json);
    }

    @Test
    void aResultThatComesOrGoesIsNamedAsSuch() {
        JsonNode before = Json.READER.readTree(BEFORE);
        JsonNode after = Json.READER.readTree("{\"decision_id\": \"A\", \"results\": []}");
        assertEquals(
                "JCF · Persona P1: Elegible → sin resultado",
                DecisionDiff.first(before, after, List.of()).describe("es"));
        assertEquals(
                "JCF · Person P1: Eligible → no result",
                DecisionDiff.first(before, after, List.of()).describe("en"));
    }
}
