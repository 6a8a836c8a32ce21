package org.elige.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.elige.input.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * 2,000 generated households (plus a malformed line and a record with an unknown field) decided
 * by {@code decide} in local[2], from plain and from gzip JSON Lines, against {@code batch
 * --detail lean} on the same file: every result the same.
 */
class DecideTest {
    static final int HOUSEHOLDS = 2000;

    @TempDir
    static Path dir;

    static Path plain;
    static List<String> lines;
    static LocalSpark.Run plainRun;
    static LocalSpark.Run gzipRun;
    static LocalSpark.Run batch;
    static long malformedAt;

    @BeforeAll
    static void decideTheCaseloadThreeWays() throws Exception {
        lines = LocalSpark.generate(dir, HOUSEHOLDS);
        lines.add(10, "{\"household_id\": \"H-broken\", \"members\": [");
        lines.add(20, "{\"nickname\": \"not in the schema\", " + lines.get(20).substring(1));
        String text = String.join("\n", lines) + "\n";
        malformedAt = String.join("\n", lines.subList(0, 10)).getBytes(StandardCharsets.UTF_8).length + 1;
        plain = dir.resolve("register.jsonl");
        Files.writeString(plain, text);
        Path gzip = dir.resolve("register.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String rules = LocalSpark.RULES.toString();
        batch = LocalSpark.cli(
                "batch",
                plain.toString(),
                "-o",
                dir.resolve("batch.jsonl").toString(),
                "--detail",
                "lean",
                "--as-of",
                LocalSpark.AS_OF,
                "--rules",
                rules,
                "--errors",
                dir.resolve("batch-errors.jsonl").toString(),
                "--report",
                dir.resolve("batch-report.html").toString(),
                "--lang",
                "en");
        plainRun = LocalSpark.job(
                "decide",
                "--rules",
                rules,
                "--input",
                plain.toString(),
                "--output",
                dir.resolve("plain").toString(),
                "--as-of",
                LocalSpark.AS_OF,
                "--report",
                dir.resolve("report.html").toString(),
                "--lang",
                "en");
        gzipRun = LocalSpark.job(
                "decide",
                "--rules",
                rules,
                "--input",
                gzip.toString(),
                "--output",
                dir.resolve("gzip").toString(),
                "--as-of",
                LocalSpark.AS_OF);
    }

    static List<Row> table(String run, String name) {
        return LocalSpark.session()
                .read()
                .parquet(dir.resolve(run).resolve(name).toString())
                .collectAsList();
    }

    static JsonNode manifest(String run) throws Exception {
        return Json.WRITER.readTree(Files.readString(dir.resolve(run).resolve("manifest.json")));
    }

    /** A result as both sides give it: outcome, amount, criteria failed / unknown / not applicable, missing facts, conflicts. */
    record Lean(
            String outcome,
            BigDecimal benefit,
            Object failed,
            Object unknown,
            Object notApplicable,
            Object missing,
            Object conflicts) {}

    static Map<String, Lean> fromBatch() throws Exception {
        Map<String, Lean> all = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("batch.jsonl"))) {
            JsonNode d = Json.WRITER.readTree(line);
            for (JsonNode r : d.path("results")) {
                Map<String, List<String>> byStatus = new HashMap<>();
                r.path("criteria")
                        .properties()
                        .forEach(e -> byStatus.computeIfAbsent(e.getValue().asString(), k -> new ArrayList<>())
                                .add(e.getKey()));
                BigDecimal amount =
                        r.path("benefit").isNull() || r.path("benefit").isMissingNode()
                                ? null
                                : r.path("benefit").decimalValue();
                if (amount != null) {
                    assertTrue(amount.stripTrailingZeros().scale() <= 2, "an amount in cents: " + amount);
                    amount = amount.setScale(2);
                }
                all.put(
                        d.path("household_id").asString() + " "
                                + r.path("program").asString() + " "
                                + r.at("/unit/kind").asString() + " "
                                + r.at("/unit/id").asString(),
                        new Lean(
                                r.path("outcome").asString(),
                                amount,
                                sorted(byStatus.get("FAILED")),
                                sorted(byStatus.get("UNKNOWN")),
                                sorted(byStatus.get("NOT_APPLICABLE")),
                                strings(r.path("missing")),
                                strings(r.path("conflicts_with"))));
            }
        }
        return all;
    }

    static Map<String, Lean> fromSpark(String run) {
        Map<String, Lean> all = new TreeMap<>();
        for (Row r : table(run, "results")) {
            all.put(
                    r.getAs("household_id") + " " + r.getAs("program") + " " + r.getAs("unit_kind") + " "
                            + r.getAs("unit_id"),
                    new Lean(
                            r.getAs("outcome"),
                            r.getAs("benefit"),
                            sorted(r.getList(r.fieldIndex("failed"))),
                            sorted(r.getList(r.fieldIndex("unknown"))),
                            sorted(r.getList(r.fieldIndex("not_applicable"))),
                            new ArrayList<>(r.getList(r.fieldIndex("missing"))),
                            new ArrayList<>(r.getList(r.fieldIndex("conflicts_with")))));
        }
        return all;
    }

    static List<String> sorted(List<?> ids) {
        return ids == null
                ? List.of()
                : new ArrayList<>(
                        new TreeSet<>(ids.stream().map(String::valueOf).toList()));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void theReportIsThePageBatchWritesForTheSameFile() throws Exception {
        assertEquals(0, plainRun.code(), plainRun.err());
        String page = Files.readString(dir.resolve("report.html"));
        assertTrue(page.contains("<html lang=\"en\""), "in --lang");
        assertTrue(page.contains("<table class=\"asks\">"), "the facts to ask for, from the decisions' questions");
        assertEquals(Files.readString(dir.resolve("batch-report.html")), page);
        Map<String, Long> summary = new TreeMap<>();
        for (Row r : table("plain", "summary")) {
            summary.merge(
                    r.<String>getAs("program") + " " + r.<String>getAs("outcome"), r.<Long>getAs("results"), Long::sum);
        }
        Map<String, Long> shown = new TreeMap<>();
        for (List<String> row : PageTables.rows(page, "programs")) {
            for (org.elige.model.Outcome o : org.elige.model.Outcome.values()) {
                long n = Long.parseLong(row.get(2 + o.ordinal()));
                if (n > 0) {
                    shown.put(row.get(0) + " " + o, n);
                }
            }
        }
        assertEquals(summary, shown, "results per program and outcome: the page's as the summary table's");
    }

    @Test
    void everyResultIsTheOneBatchGivesForTheSameFileRulesAndDate() throws Exception {
        assertEquals(0, plainRun.code(), plainRun.err());
        assertEquals(2, batch.code(), "batch exits 2 when a record has input errors: " + batch.err());
        Map<String, Lean> expected = fromBatch();
        Map<String, Lean> actual = fromSpark("plain");
        assertTrue(expected.size() > HOUSEHOLDS * 5, "results: " + expected.size());
        assertEquals(expected.keySet(), actual.keySet(), "the same (household, program, unit) results");
        for (String key : expected.keySet()) {
            assertEquals(expected.get(key), actual.get(key), key);
        }
    }

    @Test
    void gzipInputGivesTheSameRowsWithTheSameDerivedDecisionIds() throws Exception {
        assertEquals(0, gzipRun.code(), gzipRun.err());
        assertEquals(fromSpark("plain"), fromSpark("gzip"));
        assertEquals(ids("plain"), ids("gzip"), "a decision decided again has the same id");
        assertTrue(
                manifest("gzip").at("/input/spread_over_cores").asBoolean(), "one gzip file is spread over the cores");
    }

    static TreeSet<String> ids(String run) {
        TreeSet<String> ids = new TreeSet<>();
        table(run, "results").forEach(r -> ids.add(r.getAs("household_id") + " " + r.getAs("decision_id")));
        return ids;
    }

    @Test
    void theMalformedLineAndTheRecordWithAnUnknownFieldAreInTheErrorsTable() {
        List<Row> errors = table("plain", "errors");
        Row malformed = errors.stream()
                .filter(r -> !r.<Boolean>getAs("decided"))
                .findFirst()
                .orElseThrow();
        assertEquals(malformedAt, malformed.<Long>getAs("position"), "the byte offset where the line starts");
        assertTrue(malformed.<String>getAs("source").endsWith("register.jsonl"));
        Row problem = malformed.<Row>getList(malformed.fieldIndex("errors")).get(0);
        assertTrue(problem.<String>getAs("message_en").startsWith("Not valid JSON"), problem.toString());
        assertTrue(
                errors.stream().anyMatch(r -> r.<Boolean>getAs("decided") && r.getAs("household_id") != null),
                "the record with an unknown field is decided and listed: " + errors);
    }

    @Test
    void theSummaryAndManifestCountWhatWasDecided() throws Exception {
        JsonNode m = manifest("plain");
        assertEquals(HOUSEHOLDS + 2, m.at("/counts/records").asLong());
        assertEquals(1, m.at("/counts/refused").asLong());
        assertTrue(m.at("/counts/with_errors").asLong() >= 1);
        assertEquals(table("plain", "results").size(), m.at("/counts/results").asLong());
        assertTrue(m.at("/rule_set/id").asString().startsWith("sha256:"));
        assertTrue(m.at("/input/partitions").asInt() >= 2, "split by size over both cores: " + m.path("input"));
        long summed = table("plain", "summary").stream()
                .mapToLong(r -> r.<Long>getAs("results"))
                .sum();
        assertEquals(m.at("/counts/results").asLong(), summed);
        assertFalse(m.path("ended").isMissingNode());
        assertTrue(plainRun.out().contains("2,002 records"), plainRun.out());
    }
}
