package org.elige.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Result;
import org.elige.rules.Program;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped catalogue replicated twice loads, and each copy decides exactly as its original:
 * the PPB and SV fixtures (the two programs that exclude each other) and a few generated
 * households, with every explanation, fact and parameter, once the copy's names are read back.
 */
class ReplicasTest {
    private static final String COPY = "_X02";

    @TempDir
    static Path dir;

    private static RuleSet twice;

    @BeforeAll
    static void replicate() throws Exception {
        Replicas.write(TestRules.RULES, 2, dir);
        twice = RuleSetLoader.load(dir);
    }

    @Test
    void everyProgramCriterionRuleAndProgramParameterIsThereTwice() {
        RuleSet once = TestRules.shipped();
        assertEquals(2 * once.programs().size(), twice.programs().size());
        assertEquals(2 * once.rules().size(), twice.rules().size());
        for (Program p : once.programs().values()) {
            Program copy = twice.programs().get(p.id() + COPY);
            assertNotNull(copy, p.id() + COPY);
            assertEquals(p.criteria().stream().map(ReplicasTest::copied).toList(), copy.criteria());
            Map<String, String> exclusions = new LinkedHashMap<>();
            p.exclusions().forEach((criterion, program) -> exclusions.put(copied(criterion), program + COPY));
            assertEquals(exclusions, copy.exclusions());
            assertEquals(p.folder() + COPY.toLowerCase(), copy.folder());
        }
        long shared = once.parameters().all().values().stream()
                .filter(p -> p.file().contains("common/"))
                .count();
        assertEquals(
                2 * once.parameters().all().size() - shared,
                twice.parameters().all().size());
    }

    @Test
    void eachCopyDecidesTheFixturesOfTwoExcludingProgramsAsItsOriginal() throws IOException {
        for (String program : List.of("ppb", "sv")) {
            try (Stream<Path> files = Files.list(TestRules.FIXTURES.resolve(program))) {
                for (Path input : files.filter(f -> f.toString().endsWith(".input.json"))
                        .sorted()
                        .toList()) {
                    JsonNode expected = Json.READER.readTree(
                            Files.readString(Path.of(input.toString().replace(".input.json", ".expected.json"))));
                    Map<String, String> params = new HashMap<>();
                    expected.path("params")
                            .properties()
                            .forEach(e -> params.put(e.getKey(), e.getValue().asString()));
                    sameAsOriginal(input.getFileName().toString(), Files.readAllBytes(input), params);
                }
            }
        }
    }

    @Test
    void eachCopyDecidesGeneratedHouseholdsAsItsOriginal() {
        Generator generator = new Generator(7, LocalDate.parse("2025-10-01"), TestRules.shipped());
        for (int i = 0; i < 25; i++) {
            sameAsOriginal("household " + i, Json.WRITER.writeValueAsBytes(generator.household(i)), Map.of());
        }
    }

    /**
     * Decides the record under the shipped rules and, under the doubled ones, as it is and with its
     * enrollments moved to the copies' programs; every original's result must come out alike in
     * the three, the copy's with its names read back.
     */
    private static void sameAsOriginal(String what, byte[] record, Map<String, String> params) {
        Map<String, String> copyParams = new HashMap<>(params);
        params.forEach((key, value) -> {
            if (twice.parameters().get(copied(key)) != null) {
                copyParams.put(copied(key), value);
            }
        });
        Map<String, String> once = results(TestRules.shipped(), record, params);
        Map<String, String> originals = results(twice, record, params);
        Map<String, String> copies = results(twice, enrolledInCopies(record), copyParams);
        once.forEach((key, result) -> {
            assertEquals(result, originals.get(key), what + ": " + key + " in the doubled catalogue");
            String[] programUnit = key.split(" ", 2);
            String copy = copies.get(programUnit[0] + COPY + " " + programUnit[1]);
            assertEquals(
                    result,
                    copy == null ? null : copy.replace(COPY, "").replace(COPY.toLowerCase(), ""),
                    what + ": " + key + " copied");
        });
    }

    /** Each result as JSON, by program and unit. */
    private static Map<String, String> results(RuleSet rules, byte[] record, Map<String, String> params) {
        Decision d;
        try {
            d = Evaluator.decide(rules, record, null, params);
        } catch (org.elige.input.InputException e) {
            throw new AssertionError("a fixture or generated household cannot be read: " + e.errors(), e);
        }
        Map<String, String> byUnit = new LinkedHashMap<>();
        for (Result r : d.results()) {
            byUnit.put(r.program() + " " + r.unit().kind() + " " + r.unit().id(), Json.WRITER.writeValueAsString(r));
        }
        return byUnit;
    }

    private static byte[] enrolledInCopies(byte[] record) {
        ObjectNode root = (ObjectNode) Json.READER.readTree(record);
        List<JsonNode> enrollments = new ArrayList<>();
        root.path("program_enrollments").forEach(enrollments::add);
        for (JsonNode e : enrollments) {
            String program = e.path("program").asString("");
            if (TestRules.shipped().programs().containsKey(program)) {
                ((ObjectNode) e).put("program", program + COPY);
            }
        }
        return Json.WRITER.writeValueAsBytes(root);
    }

    /** A criterion id or parameter key as the second copy names it: {@code PAM-01} is {@code PAM_X02-01}. */
    private static String copied(String id) {
        int at = id.contains(".") ? id.indexOf('.') : id.lastIndexOf('-');
        String suffix = id.contains(".") ? COPY.toLowerCase() : COPY;
        return id.substring(0, at) + suffix + id.substring(at);
    }
}
