package org.elige.engine;

import static org.elige.HostileRecords.dangling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.elige.TestRules;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.InputError;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of issue 12 against the shipped rules: a number sent as text, numbers that overflow
 * an int, a long or a BigInteger, absurd what-ifs. The fact layer hands no rule a value of the
 * wrong type or of absurd size, so no rule fails; the schema error makes what read the value a
 * DATA_ERROR; every decision is quick and of bounded size.
 */
class HostileValuesNeverReachTheRulesTest {
    private static final Path EXAMPLE = Path.of("examples/household.json");

    private static String example() {
        try {
            return Files.readString(EXAMPLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Decision decide(String json) throws Exception {
        return Evaluator.decide(TestRules.shipped(), json.getBytes(StandardCharsets.UTF_8), null, Map.of());
    }

    /** The record with the value at {@code pointer} replaced by the JSON text {@code value}. */
    private static String with(String json, String pointer, String value) {
        JsonNode root = Json.READER.readTree(json);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode v = Json.READER.readTree(value);
        if (parent instanceof ObjectNode o) {
            o.set(last, v);
        } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), v);
        }
        // Written by hand so that 1e999999999 stays as written (a BigDecimal would be written the same way).
        return Json.CANONICAL.writeValueAsString(root);
    }

    private static Set<String> dataErrors(Decision d) {
        return d.results().stream()
                .filter(r -> r.outcome() == Outcome.DATA_ERROR)
                .map(Result::program)
                .collect(Collectors.toSet());
    }

    @Test
    void aNumberSentAsTextIsUnknownAndWhatReadsItIsADataErrorNotAnInternalError() throws Exception {
        Decision d = decide(
                with(with(example(), "/location/locality_population", "\"850\""), "/parcels/0/area_ha", "\"3\""));
        assertTrue(d.defects().isEmpty(), "no rule failed: " + d.defects());
        assertEquals(
                Set.of("/location/locality_population", "/parcels/0/area_ha"),
                d.errors().stream().map(InputError::path).collect(Collectors.toSet()));
        assertTrue(
                dataErrors(d).containsAll(Set.of("FAIS", "SV", "PPB", "PROBIPI_INFRA", "PROCAPTAR")),
                dataErrors(d).toString());
        assertTrue(
                d.results().stream().anyMatch(r -> r.program().equals("PAM") && r.outcome() != Outcome.DATA_ERROR),
                "a program that reads neither fact is decided");
    }

    /** Every number of the example record, by pointer. */
    private static List<String> numbers(JsonNode n, String at, List<String> into) {
        if (n.isNumber()) {
            into.add(at);
        }
        if (n.isObject()) {
            n.properties().forEach(e -> numbers(e.getValue(), at + "/" + e.getKey(), into));
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                numbers(n.get(i), at + "/" + i, into);
            }
        }
        return into;
    }

    @Test
    void everyNumberOfARecordMayBeTextOverflowingOrAbsurdWithoutAnyRuleFailing() {
        String example = example();
        List<String> pointers = numbers(Json.READER.readTree(example), "", new ArrayList<>());
        assertTrue(pointers.size() >= 15, pointers.toString());
        TestRules.shipped();
        List<String> values =
                List.of("\"3\"", "1e19", "2147483648", "-1", "1e999999999", "-1e999999999", "1e-999999999", "0.001");
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (String pointer : pointers) {
                for (String value : values) {
                    String json = with(example, pointer, value);
                    Decision d = decide(json);
                    int size = Json.WRITER.writeValueAsBytes(d).length;
                    boolean located = d.errors().stream().anyMatch(e -> e.path().equals(pointer));
                    boolean valid = value.equals("0.001") && !pointer.contains("mxn")
                            || value.equals("2147483648") && pointer.endsWith("population");
                    if (!d.defects().isEmpty() || size > 1_000_000 || !located && !valid) {
                        problems.add(pointer + "=" + value + ": defects " + d.defects() + ", " + size
                                + " bytes, errors " + d.errors());
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every object and list of the example record, by pointer. */
    private static List<String> containers(JsonNode n, String at, List<String> into) {
        if (n.isContainer() && !at.isEmpty()) {
            into.add(at);
        }
        if (n.isObject()) {
            n.properties().forEach(e -> containers(e.getValue(), at + "/" + e.getKey(), into));
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                containers(n.get(i), at + "/" + i, into);
            }
        }
        return into;
    }

    @Test
    void everyListOrObjectOfARecordMayHaveTheWrongShapeWithoutAnyRuleFailing() throws Exception {
        String example = example();
        List<String> pointers = containers(Json.READER.readTree(example), "", new ArrayList<>());
        assertTrue(pointers.size() >= 10, pointers.toString());
        TestRules.shipped();
        List<String> problems = new ArrayList<>();
        for (String pointer : pointers) {
            for (String value : List.of("{\"a\": 1}", "[1, \"x\", null]", "\"text\"", "7")) {
                Decision d;
                try {
                    d = decide(with(example, pointer, value));
                } catch (org.elige.input.InputException e) {
                    continue;
                } catch (RuntimeException e) {
                    problems.add(pointer + "=" + value + ": " + e);
                    continue;
                }
                if (!d.defects().isEmpty() || d.errors().isEmpty()) {
                    problems.add(pointer + "=" + value + ": defects " + d.defects() + ", errors " + d.errors());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aValueNestedAsDeepAsAllowedLeavesTheDecisionReadableByTheProjectsOwnReader() throws Exception {
        // Found by BatchFuzzTest: a list 62 deep where a state code belongs was echoed in each
        // criterion's facts, and the decision could no longer be read back (nesting limit 64).
        String deep = "[".repeat(62) + "1" + "]".repeat(62);
        Decision d = decide(with(example(), "/location/cve_ent", deep));
        assertTrue(d.defects().isEmpty(), "no rule failed: " + d.defects());
        String written = Json.WRITER.writeValueAsString(d);
        assertEquals(
                d.householdId(),
                Json.READER.readTree(written).path("household_id").asString());
    }

    @Test
    void anAmountOfTenMillionDigitsIsDecidedInAMomentWithAShortExplanation() throws Exception {
        String json = example()
                .replace("\"household_monthly_income_mxn\": 7500", "\"household_monthly_income_mxn\": 1e10000000");
        TestRules.shipped();
        Decision d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> decide(json));
        String written = Json.WRITER.writeValueAsString(d);
        assertTrue(written.length() < 400_000, "decision of " + written.length() + " characters (was 26 MB)");
        assertEquals("/household_monthly_income_mxn", d.errors().get(0).path());
        assertTrue(dataErrors(d).contains("FAIS"), dataErrors(d).toString());
    }

    @Test
    void explanationsPrintAnyNumberInBoundedLength() {
        assertEquals("1E+10000000", Explainer.format(new BigDecimal("1e10000000"), "en", null));
        assertEquals("1E-999999999", Explainer.format(new BigDecimal("1e-999999999"), "es", null));
        assertEquals("1.23457E+25", Explainer.format(new BigDecimal("12345678901234567890123456"), "en", null));
        assertEquals("7,500", Explainer.format(new BigDecimal("7500"), "en", null));
        assertEquals(
                "2,500.5",
                Explainer.format(new BigDecimal("2500.50"), "en", null).replaceAll("0$", ""));
        assertTrue(Explainer.format("x".repeat(10_000), "en", null).length() <= 201);
    }

    @Test
    void absurdWhatIfsAreRefusedBeforeAnythingIsComputed() {
        RuleSet rules = TestRules.shipped();
        for (String value : List.of("1e999999999", "-1e999999999", "1e-999999999", "1" + "0".repeat(300))) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> rules.parameters().with(Map.of("jcf.age.max", value)));
            assertTrue(e.getMessage().contains("jcf.age.max") && e.getMessage().length() < 400, e.getMessage());
        }
        assertEquals(
                new BigDecimal("30"),
                rules.parameters().with(Map.of("jcf.age.max", "30")).overrides().get("jcf.age.max"));
    }

    @Test
    void danglingReferencesAddABoundedAmountToTheDecisionWhateverTheNumberOfMembers() throws Exception {
        // Issue 12: a 15.8 KB record of this kind gave a 2.18 MB error response (each reference listed every member).
        String none = dangling(199, 0);
        String many = dangling(199, 900);
        int without = Json.WRITER.writeValueAsBytes(decide(none)).length;
        int with = Json.WRITER.writeValueAsBytes(decide(many)).length;
        assertTrue(with - without < 40_000, "900 dangling references add " + (with - without) + " bytes to " + without);
        int small = Json.WRITER.writeValueAsBytes(decide(dangling(20, 0))).length;
        assertTrue(
                without < 12.0 * small * none.length() / dangling(20, 0).length(),
                "a decision grows with its members, no faster: " + small + " → " + without);
    }
}
