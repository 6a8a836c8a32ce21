package org.elige.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class BatchTest {

    private static String jsonl(int n) {
        Generator g = new Generator(42, LocalDate.parse("2025-10-01"), TestRules.shipped());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(Json.WRITER.writeValueAsString(g.household(i))).append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Summary run(
            String input, ByteArrayOutputStream out, ByteArrayOutputStream errors, boolean lean, int threads)
            throws Exception {
        return new Batch(new Decide(TestRules.shipped(), null, Map.of(), lean), threads)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, errors, null);
    }

    @Test
    void badLinesNeverStopABatchAndOutputKeepsInputOrder() throws Exception {
        List<String> good = jsonl(150).lines().toList();
        String input = "not json\n" + String.join("\n", good.subList(0, 100)) + "\n\n[1,2]\n"
                + String.join("\n", good.subList(100, 150)) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Summary s = run(input, out, errors, true, 3);
        assertEquals(152, s.records());
        assertEquals(2, s.refused());
        List<String> decisions = lines(out);
        assertEquals(150, decisions.size());
        for (int i = 0; i < 150; i++) {
            assertEquals(
                    String.format("H-%08d", i),
                    Json.READER.readTree(decisions.get(i)).path("household_id").asString());
        }
        List<JsonNode> errs = lines(errors).stream()
                .map(l -> (JsonNode) Json.READER.readTree(l))
                .toList();
        assertEquals(1, errs.get(0).path("line").asLong());
        assertTrue(
                errs.stream()
                        .anyMatch(e -> e.path("line").asLong() == 103
                                && !e.path("decided").asBoolean()),
                "the blank line is counted: [1,2] is line 103: " + errs);
    }

    @Test
    void leanAndFullDecisionsAgreeOnOutcomes() throws Exception {
        String input = jsonl(20);
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        ByteArrayOutputStream lean = new ByteArrayOutputStream();
        run(input, full, null, false, 2);
        run(input, lean, null, true, 2);
        List<String> f = lines(full);
        List<String> l = lines(lean);
        assertEquals(20, f.size());
        for (int i = 0; i < f.size(); i++) {
            JsonNode a = Json.READER.readTree(f.get(i)).path("results");
            JsonNode b = Json.READER.readTree(l.get(i)).path("results");
            for (int j = 0; j < a.size(); j++) {
                assertEquals(a.get(j).path("outcome"), b.get(j).path("outcome"));
            }
        }
        assertTrue(full.size() > 3 * lean.size(), "lean output is much smaller");
    }

    @Test
    void theGeneratorIsDeterministicPerSeed() {
        Generator a = new Generator(7, LocalDate.parse("2025-10-01"), List.of("PAM"), List.of());
        Generator b = new Generator(7, LocalDate.parse("2025-10-01"), List.of("PAM"), List.of());
        Generator c = new Generator(8, LocalDate.parse("2025-10-01"), List.of("PAM"), List.of());
        assertEquals(a.household(123), b.household(123));
        assertTrue(!a.household(123).equals(c.household(123)));
    }

    @Test
    void generatedHouseholdsAreValidRecordsExceptAFewCurps(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.jsonl");
        Files.writeString(file, jsonl(300));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Summary s = new Batch(new Decide(TestRules.shipped(), null, Map.of(), true), 2)
                .run(Files.newInputStream(file), new ByteArrayOutputStream(), errors, null);
        assertEquals(300, s.decided());
        lines(errors)
                .forEach(l -> Json.READER
                        .readTree(l)
                        .path("errors")
                        .forEach(e -> assertTrue(e.path("path").asString().endsWith("/curp"), e.toString())));
        assertTrue(s.withErrors() < 30, "a small share of invalid CURPs: " + s.withErrors());
    }
}
