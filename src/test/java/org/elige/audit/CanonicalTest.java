package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.generate.Generator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.junit.jupiter.api.Test;

/**
 * The canonical text of a decision written straight from its objects is the text of its tree
 * with every key sorted, byte for byte: the form the log has always stored and hashed, so records
 * written before and after verify and replay alike.
 */
class CanonicalTest {

    @Test
    void writingTheDecisionDirectlyGivesTheSortedTreeByteForByte() throws Exception {
        Generator g = new Generator(5, LocalDate.parse("2025-10-01"), TestRules.shipped());
        int compared = 0;
        for (int i = 0; i < 150; i++) {
            compared += compare(Json.WRITER.writeValueAsBytes(g.household(i)), Map.of());
        }
        try (Stream<Path> walk = Files.walk(TestRules.FIXTURES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".input.json"))
                    .sorted()
                    .toList()) {
                compared += compare(Files.readAllBytes(p), Map.of("jcf.age.max", "24"));
            }
        }
        assertTrue(compared > 200, "decisions compared: " + compared);
    }

    @Test
    void theContentHashIsTheSha256OfEachFieldAsADocumentedLine() {
        Entry e = Logs.entry(TestRules.shipped(), LocalDate.parse("2025-10-01"), Map.of("jcf.age.max", "24"));
        Entry batched = new Entry(
                e.decisionId(),
                e.decidedAt(),
                e.evaluationDate(),
                "H-ñandú",
                e.inputSha256(),
                e.inputJson(),
                e.ruleSetId(),
                e.parameterOverrides(),
                e.engineVersion(),
                e.decisionJson(),
                "01BATCH",
                42L,
                null);
        for (Entry x : java.util.List.of(e, batched)) {
            StringBuilder lines = new StringBuilder();
            Object[][] fields = {
                {"decision_id", x.decisionId()},
                {"decided_at", x.decidedAt()},
                {"evaluation_date", x.evaluationDate()},
                {"household_id", x.householdId()},
                {"input_sha256", x.inputSha256()},
                {"input_json", x.inputJson()},
                {"rule_set_id", x.ruleSetId()},
                {"parameter_overrides", x.parameterOverrides()},
                {"engine_version", x.engineVersion()},
                {"decision_json", x.decisionJson()},
                {"batch_id", x.batchId()},
                {"batch_line", x.batchLine()}
            };
            for (Object[] f : fields) {
                lines.append(f[0]).append(' ');
                if (f[1] == null) {
                    lines.append('-');
                } else {
                    String v = f[1].toString();
                    lines.append(v.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                            .append(':')
                            .append(v);
                }
                lines.append('\n');
            }
            assertEquals(Hashes.sha256(lines.toString()), x.computedHash());
        }
        assertEquals(
                e.computedHash(),
                e.contentHash(),
                "an entry's hash, taken of its decision encoded once, is the hash of its fields");
    }

    private static int compare(byte[] record, Map<String, String> params) {
        Decision d;
        try {
            d = Evaluator.decide(TestRules.shipped(), record, null, params);
        } catch (InputException e) {
            return 0;
        }
        String tree = Json.CANONICAL.writeValueAsString(Json.WRITER.valueToTree(d));
        assertEquals(tree, Canonical.json(d), () -> "decision of " + new String(record).substring(0, 80));
        return 1;
    }
}
