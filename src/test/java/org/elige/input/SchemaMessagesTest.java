package org.elige.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every schema violation reads as a catalogue sentence naming the field by its label, never the validator's words. */
class SchemaMessagesTest {
    /** Schema keywords that structure or annotate, and never fail on their own. */
    private static final Set<String> STRUCTURE = Set.of(
            "$schema", "$id", "$ref", "$defs", "title", "description", "properties", "items", "examples", "default");

    @Test
    void everyKeywordTheSchemaUsesIsToldInWords() {
        JsonNode schema = Json.READER.readTree(SchemaCheck.text());
        Set<String> used = new TreeSet<>();
        Set<String> formats = new TreeSet<>();
        Set<String> patterned = new TreeSet<>();
        walk(schema, null, used, formats, patterned);
        used.removeAll(STRUCTURE);
        assertEquals(Set.of(), difference(used, SchemaMessages.KEYWORDS), "keywords without a sentence");
        formats.forEach(f -> assertTrue(Messages.has("schema.format." + f), "no sentence for format " + f));
        patterned.forEach(f -> assertTrue(Messages.has("schema.form." + f), "no form told for the pattern of " + f));
    }

    @Test
    void eachViolationIsASentenceInEachLanguageNamingTheField() {
        String record = "{\"household_id\": \"" + "x".repeat(101) + "\", \"schema_version\": \"2\","
                + " \"evaluation_date\": \"2025-3-1\", \"household_monthly_income_mxn\": 10.005,"
                + " \"location\": {\"cve_ent\": \"33\", \"locality_population\": -1},"
                + " \"members\": [{\"member_id\": \"P1\", \"studying\": \"yes\", \"sex\": \"Q\", \"deceased\": true,"
                + " \"artisan\": {\"fonart_support_years\": [" + "2000,".repeat(100) + "2000]}}],"
                + " \"dwelling\": {\"rooms_total\": 99999}}";
        Map<String, InputError> errors = new TreeMap<>();
        SchemaCheck.check(Json.READER.readTree(record)).forEach(e -> errors.put(e.path(), e));
        assertEquals(
                "Household id: the text has 101 characters; at most 100 are accepted.",
                errors.get("/household_id").message().en());
        assertEquals(
                "El folio del hogar: el texto tiene 101 caracteres; se aceptan a lo más 100.",
                errors.get("/household_id").message().es());
        assertEquals(
                "Si estudia: debería ser true o false, no un texto.",
                errors.get("/members/0/studying").message().es());
        assertEquals(
                "Whether they study: should be true or false, not text.",
                errors.get("/members/0/studying").message().en());
        assertEquals(
                "La entidad donde vive: «33» debería ser una clave de entidad del INEGI de dos dígitos, del 01 al 32.",
                errors.get("/location/cve_ent").message().es());
        assertEquals(
                "Population of the locality: -1 is less than the smallest accepted value, 0.",
                errors.get("/location/locality_population").message().en());
        assertEquals(
                "Evaluation date: '2025-3-1' is not a date written YYYY-MM-DD.",
                errors.get("/evaluation_date").message().en());
        assertEquals(
                "Household monthly income (MXN): 10.005 has too many decimals; at most 2 decimals are accepted.",
                errors.get("/household_monthly_income_mxn").message().en());
        assertTrue(
                errors.get("/members/0/artisan/fonart_support_years")
                        .message()
                        .es()
                        .endsWith("la lista tiene 101 elementos; se aceptan a lo más 100."),
                errors.toString());
        assertTrue(errors.get("/schema_version")
                .message()
                .en()
                .endsWith("should be 1, a point and a number (for example 1.0)."));
        for (InputError e : errors.values()) {
            for (String library :
                    List.of("does not", "expected", "found", "must", "se encontraron", "no coincide", "{")) {
                assertTrue(
                        !e.message().es().contains(library) && !e.message().en().contains(library), e.toString());
            }
        }
    }

    @Test
    void aMissingFieldIsNamed() {
        List<InputError> errors = SchemaCheck.check(Json.READER.readTree("{\"household_id\": \"H\"}"));
        assertEquals("/members", errors.get(0).path());
        assertEquals(
                "Los integrantes del hogar: falta, y el registro lo exige.",
                errors.get(0).message().es());
        assertEquals(
                "Members of the household: missing; the record requires it.",
                errors.get(0).message().en());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Collects the keywords of every schema object, the formats, and the fields that have a pattern. */
    private static void walk(JsonNode node, String name, Set<String> used, Set<String> formats, Set<String> patterned) {
        if (node.isArray()) {
            node.forEach(n -> walk(n, name, used, formats, patterned));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String key : node.propertyNames()) {
            JsonNode v = node.get(key);
            if (key.equals("properties") || key.equals("$defs")) {
                v.propertyNames().forEach(p -> walk(v.get(p), p, used, formats, patterned));
                continue;
            }
            used.add(key);
            if (key.equals("format")) {
                formats.add(v.asString());
            }
            if (key.equals("pattern")) {
                patterned.add(name);
            }
            walk(v, name, used, formats, patterned);
        }
    }
}
