package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.generate.Generator;
import org.elige.input.HouseholdReader;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.junit.jupiter.api.Test;

/**
 * The same input, evaluation date and rule set give the same canonical decision, byte for byte,
 * apart from decision_id and decided_at: run after run, on many threads at once, and whether the
 * record's keys come in its own order or sorted (the log stores the sorted form and replays it).
 * Across processes: {@code org.elige.cli.TwoProcessesTest}.
 */
class DeterminismTest {

    private static String decide(byte[] record, Map<String, String> params) {
        try {
            Decision d = Evaluator.decide(TestRules.shipped(), record, null, params);
            return Canonical.withoutIdentity(Canonical.tree(d));
        } catch (InputException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static List<byte[]> records() throws Exception {
        List<byte[]> records = new ArrayList<>();
        Generator g = new Generator(3, LocalDate.parse("2025-10-01"), TestRules.shipped());
        for (int i = 0; i < 40; i++) {
            records.add(Json.WRITER.writeValueAsBytes(g.household(i)));
        }
        try (Stream<Path> walk = Files.walk(TestRules.FIXTURES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".input.json"))
                    .sorted()
                    .toList()) {
                records.add(Files.readAllBytes(p));
            }
        }
        return records;
    }

    @Test
    void runAfterRunAndInCanonicalFormTheDecisionIsTheSame() throws Exception {
        for (byte[] record : records()) {
            String first = decide(record, Map.of());
            assertEquals(first, decide(record, Map.of()));
            String canonical = HouseholdReader.canonical(Json.READER.readTree(record));
            assertEquals(first, decide(canonical.getBytes(StandardCharsets.UTF_8), Map.of()), canonical);
        }
    }

    @Test
    void manyThreadsAtOnceDecideTheSame() throws Exception {
        List<byte[]> records = records().subList(0, 20);
        List<String> expected = records.stream()
                .map(r -> decide(r, Map.of("jcf.age.max", "25")))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> records.stream()
                        .map(r -> decide(r, Map.of("jcf.age.max", "25")))
                        .toList()));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
