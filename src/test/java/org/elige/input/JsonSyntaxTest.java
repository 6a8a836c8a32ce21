package org.elige.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.junit.jupiter.api.Test;

/** The JSON parser's refusals reach a person as catalogue sentences with line and column, never its English. */
class JsonSyntaxTest {

    private static InputError refused(String json) {
        InputException e = assertThrows(
                InputException.class,
                () -> HouseholdReader.read(json.getBytes(StandardCharsets.ISO_8859_1), Set.of(), null));
        return e.errors().get(0);
    }

    @Test
    void eachKindOfMalformedJsonHasItsOwnSentence() {
        Map<String, String> kinds = Map.ofEntries(
                Map.entry("{\"a\":1,}", "expected_name"),
                Map.entry("{a:1}", "expected_name"),
                Map.entry("{\"a\" 1}", "expected_colon"),
                Map.entry("{\"a\":1 \"b\":2}", "expected_comma"),
                Map.entry("{\"a\":[1 2]}", "expected_comma"),
                Map.entry("{\"a\":1", "end"),
                Map.entry("{\"a\":\"x", "end"),
                Map.entry("{\"a\":[1}", "close_marker"),
                Map.entry("{\"a\":01}", "number"),
                Map.entry("{\"a\":-}", "number"),
                Map.entry("{\"a\":1.}", "number"),
                Map.entry("{\"a\":'x'}", "unexpected_char"),
                Map.entry("{\"a\":\"x\ny\"}", "control_char"),
                Map.entry("{\"a\":\"\\q\"}", "escape"),
                Map.entry("{\"a\":1}{}", "trailing"),
                Map.entry("{\"a\":1" + "1".repeat(1200) + "}", "number_too_long"),
                Map.entry("{\"a\":\"\u00ff\"}", "encoding"));
        for (var k : kinds.entrySet()) {
            InputError e = refused(k.getKey());
            String what = java.util.Arrays.stream(
                            Messages.get("en", "input.json." + k.getValue()).split("\\{[^}]*}|''"))
                    .max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow();
            assertTrue(e.message().en().contains(what), k + " → " + e.message().en());
        }
    }

    @Test
    void theSentenceNamesLineColumnAndTheBadTokenInOneLanguage() {
        InputError e = refused("{\"household_id\": \"H1\",\n  \"members\": tru}");
        assertEquals(
                "No es JSON válido en la línea 2, columna 14: «tru» no es un valor JSON: un valor es un texto entre"
                        + " comillas dobles, un número, true, false, null, un objeto o una lista",
                e.message().es());
        assertEquals(
                "Not valid JSON at line 2, column 14: 'tru' is not a JSON value: a value is text in double quotes,"
                        + " a number, true, false, null, an object or a list",
                e.message().en());
    }

    @Test
    void aKeyGivenTwiceAndTooDeepANestingKeepTheirOwnSentences() {
        InputError twice = refused("{\"members\": [{\"sex\": \"M\", \"sex\": \"H\"}]}");
        assertEquals("/members/0/sex", twice.path());
        assertEquals(
                "The key \"sex\" appears twice in one object; give each key once.",
                twice.message().en());
        InputError deep = refused("{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}");
        assertEquals(
                "La entrada tiene más de 64 niveles de anidamiento; un registro de hogar tiene a lo sumo 5.",
                deep.message().es());
    }

    @Test
    void aParserMessageNotRecognisedIsStillASentence() {
        assertEquals(Messages.text("input.json.other"), JsonSyntax.what("Something new from the parser"));
    }
}
