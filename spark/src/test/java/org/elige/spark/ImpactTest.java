package org.elige.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.elige.input.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * JCF's maximum age lowered from 29 to 21 on 600 generated households (and a malformed line):
 * {@code impact} in local[2] finds exactly the changes the CLI's {@code impact} finds, with the
 * same criteria, parameters and amounts, and its aggregate adds up to the CLI's total.
 */
class ImpactTest {
    @TempDir
    static Path dir;

    static Path candidate;
    static LocalSpark.Run spark;
    static JsonNode cli;

    @BeforeAll
    static void measureTheChangeBothWays() throws Exception {
        candidate = dir.resolve("candidate");
        org.apache.commons.io.FileUtils.copyDirectory(LocalSpark.RULES.toFile(), candidate.toFile());
        Path params = candidate.resolve("jcf/parameters.yaml");
        String text = Files.readString(params);
        assertTrue(text.contains("value: 29, tag: SEC"));
        Files.writeString(params, text.replace("value: 29, tag: SEC", "value: 21, tag: SEC"));
        List<String> lines = LocalSpark.generate(dir, 600);
        lines.add(7, "{\"household_id\": ");
        Path input = Files.write(dir.resolve("caseload.jsonl"), lines);
        LocalSpark.Run r = LocalSpark.cli(
                "impact",
                "--base",
                LocalSpark.RULES.toString(),
                "--candidate",
                candidate.toString(),
                "--households",
                input.toString(),
                "--as-of",
                LocalSpark.AS_OF,
                "--format",
                "json",
                "--html",
                dir.resolve("cli.html").toString(),
                "--lang",
                "en");
        assertEquals(0, r.code(), r.err());
        cli = Json.WRITER.readTree(r.out());
        spark = LocalSpark.job(
                "impact",
                "--base",
                LocalSpark.RULES.toString(),
                "--candidate",
                candidate.toString(),
                "--input",
                input.toString(),
                "--output",
                dir.resolve("impact").toString(),
                "--as-of",
                LocalSpark.AS_OF,
                "--html",
                dir.resolve("impact.html").toString(),
                "--lang",
                "en");
    }

    static List<Row> table(String name) {
        return LocalSpark.session()
                .read()
                .parquet(dir.resolve("impact").resolve(name).toString())
                .collectAsList();
    }

    static String money(BigDecimal b) {
        return b == null ? "-" : b.setScale(2).toPlainString();
    }

    @Test
    void thePageIsTheOneTheCliWritesForTheSameCaseload() throws Exception {
        assertEquals(0, spark.code(), spark.err());
        String page = Files.readString(dir.resolve("impact.html"));
        assertTrue(page.contains("<table class=\"histogram\">"), "the histogram per household");
        assertTrue(cli.path("changes").size() < ImpactFigures.LISTED, "every change listed");
        assertEquals(Files.readString(dir.resolve("cli.html")), page);
        Map<String, Long> aggregate = new TreeMap<>();
        for (Row r : table("aggregate")) {
            String program = r.<String>getAs("program");
            long n = r.<Long>getAs("results");
            aggregate.merge(program + " changed", n, Long::sum);
            aggregate.merge(program + " gained", r.<String>getAs("change").equals("GAINED") ? n : 0, Long::sum);
            aggregate.merge(program + " lost", r.<String>getAs("change").equals("LOST") ? n : 0, Long::sum);
        }
        Map<String, Long> shown = new TreeMap<>();
        for (List<String> row : PageTables.rows(page, "programs")) {
            shown.put(row.get(0) + " changed", Long.parseLong(row.get(1)));
            shown.put(row.get(0) + " gained", Long.parseLong(row.get(2)));
            shown.put(row.get(0) + " lost", Long.parseLong(row.get(3)));
        }
        assertEquals(aggregate, shown, "changes per program: the page's as the aggregate table's");
    }

    @Test
    void everyChangeIsTheOneTheCliFindsWithItsCriteriaAndParameters() {
        assertEquals(0, spark.code(), spark.err());
        TreeSet<String> expected = new TreeSet<>();
        for (JsonNode c : cli.path("changes")) {
            expected.add(String.join(
                    " ",
                    c.path("household_id").asString(),
                    c.path("state").asString(),
                    c.path("program").asString(),
                    c.path("unit_kind").asString(),
                    c.path("unit_id").asString(),
                    c.path("outcome_before").asString(),
                    c.path("outcome_after").asString(),
                    money(
                            c.path("benefit_before").isNull()
                                    ? null
                                    : c.path("benefit_before").decimalValue()),
                    money(
                            c.path("benefit_after").isNull()
                                    ? null
                                    : c.path("benefit_after").decimalValue()),
                    c.path("criteria").toString().replace("\"", "").replace(",", ", "),
                    c.path("parameters").toString().replace("\"", "").replace(",", ", ")));
        }
        TreeSet<String> actual = new TreeSet<>();
        for (Row r : table("changes")) {
            actual.add(String.join(
                    " ",
                    r.getAs("household_id"),
                    r.getAs("state"),
                    r.getAs("program"),
                    r.getAs("unit_kind"),
                    r.getAs("unit_id"),
                    r.getAs("outcome_before"),
                    r.getAs("outcome_after"),
                    money(r.getAs("benefit_before")),
                    money(r.getAs("benefit_after")),
                    r.getList(r.fieldIndex("criteria")).toString(),
                    r.getList(r.fieldIndex("parameters")).toString()));
        }
        assertTrue(expected.size() > 20, "young adults lose JCF: " + expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void theAggregateAddsUpToTheCliTotalAndTheManifestCountsTheHouseholds() throws Exception {
        Map<String, BigDecimal> total = new TreeMap<>();
        long lost = 0;
        for (Row r : table("aggregate")) {
            total.merge(r.getAs("benefit_unit"), r.getAs("benefit_change"), BigDecimal::add);
            lost += "LOST".equals(r.getAs("change")) ? r.<Long>getAs("results") : 0;
            if ("MXN/month".equals(r.getAs("benefit_unit"))) {
                assertEquals(0, r.<BigDecimal>getAs("benefit_change").compareTo(r.getAs("monthly_cost_delta")));
            }
        }
        JsonNode expected = cli.at("/summary/total_benefit_change");
        assertEquals(expected.size(), total.size());
        total.forEach((unit, amount) ->
                assertEquals(0, expected.path(unit).decimalValue().compareTo(amount), unit));
        assertEquals(cli.at("/summary/changed_results").asLong(), lost, "every change here is a loss");
        JsonNode m = Json.WRITER.readTree(Files.readString(dir.resolve("impact/manifest.json")));
        assertEquals(
                cli.at("/summary/households").asLong(),
                m.at("/counts/households").asLong());
        assertEquals(1, m.at("/counts/refused").asLong());
        assertEquals(
                cli.at("/summary/changed_households").asLong(),
                m.at("/counts/changed_households").asLong());
        assertTrue(m.at("/candidate/id").asString().startsWith("sha256:"));
        assertEquals(
                1,
                table("errors").stream()
                        .filter(r -> !r.<Boolean>getAs("decided"))
                        .count(),
                "the malformed line (records decided with input errors are listed too)");
    }
}
