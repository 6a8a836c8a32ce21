package org.elige.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.elige.input.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input has its own clear message and exit code, and a bad record never fails the job:
 * it goes to the errors table. Problems found before any work (rules, overrides, paths) leave no
 * output behind.
 */
class BadInputTest {
    @TempDir
    static Path dir;

    static Path pam;
    static List<String> households;

    /** The PAM program alone (with the common parameters): a small rules folder to break. */
    @BeforeAll
    static void aSmallRulesFolderAndAFewHouseholds() throws Exception {
        pam = dir.resolve("pam-rules");
        for (String f : List.of("ruleset.yaml", "common/parameters.yaml")) {
            Files.createDirectories(pam.resolve(f).getParent());
            Files.copy(LocalSpark.RULES.resolve(f), pam.resolve(f));
        }
        Files.createDirectories(pam.resolve("pam"));
        try (Stream<Path> files = Files.list(LocalSpark.RULES.resolve("pam"))) {
            for (Path f : files.toList()) {
                Files.copy(f, pam.resolve("pam").resolve(f.getFileName()));
            }
        }
        households = LocalSpark.generate(dir, 20);
    }

    static LocalSpark.Run decide(String input, String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "decide",
                "--rules",
                LocalSpark.RULES.toString(),
                "--input",
                input,
                "--output",
                output,
                "--as-of",
                LocalSpark.AS_OF));
        args.addAll(List.of(more));
        return LocalSpark.job(args.toArray(String[]::new));
    }

    @Test
    void aRulesFolderThatDoesNotCompileFailsBeforeTheInputIsReadNamingFileAndLine() throws Exception {
        Path broken = dir.resolve("broken");
        org.apache.commons.io.FileUtils.copyDirectory(pam.toFile(), broken.toFile());
        Path drl = broken.resolve("pam/nationality.drl");
        Files.writeString(drl, Files.readString(drl).replace("$p : Person()", "$p : Person("));
        LocalSpark.Run r = LocalSpark.job(
                "decide",
                "--rules",
                broken.toString(),
                "--input",
                dir.resolve("no-such-input").toString(),
                "--output",
                dir.resolve("never").toString());
        assertEquals(Main.INVALID_RULES, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*broken/pam/nationality\\.drl:\\d+:\\d+: .*"), r.err());
        assertFalse(r.err().contains("input not found"), "the rules fail first: " + r.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void aPageThatCouldNotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path input = Files.write(dir.resolve("for-a-page.jsonl"), households.subList(0, 2));
        LocalSpark.Run r = decide(
                input.toString(),
                dir.resolve("never").toString(),
                "--report",
                dir.resolve("no-such-folder/report.html").toString());
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--report: cannot write ") && r.err().contains("folder must exist"), r.err());
        assertFalse(Files.exists(dir.resolve("never")));
        LocalSpark.Run folder = LocalSpark.job(
                "impact",
                "--base",
                LocalSpark.RULES.toString(),
                "--candidate",
                LocalSpark.RULES.toString(),
                "--input",
                input.toString(),
                "--output",
                dir.resolve("never").toString(),
                "--html",
                dir.toString());
        assertEquals(Main.USAGE, folder.code(), folder.err());
        assertTrue(folder.err().contains("--html: " + dir + " is a folder"), folder.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void anUnknownParamIsRefusedWithTheNearestKey() {
        LocalSpark.Run r = decide(
                dir.resolve("no-such-input").toString(), dir.resolve("never").toString(), "--param", "pam.age.mn=60");
        assertFalse(Files.exists(dir.resolve("never")));
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("unknown parameter 'pam.age.mn'"), r.err());
        assertTrue(r.err().contains("did you mean"), r.err());
    }

    @Test
    void aMissingInputAnEmptyInputAndAnExistingOutputAreRefused() throws Exception {
        LocalSpark.Run missing = decide(
                dir.resolve("no-such-input").toString(), dir.resolve("never").toString());
        assertEquals(Main.USAGE, missing.code());
        assertTrue(missing.err().contains("input not found: "), missing.err());

        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        LocalSpark.Run none = decide(empty.toString(), dir.resolve("never").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("input is empty"), none.err());
        assertFalse(Files.exists(dir.resolve("never")));

        Path input = Files.write(dir.resolve("few.jsonl"), households.subList(0, 5));
        Path exists = Files.createDirectories(dir.resolve("exists"));
        LocalSpark.Run refused = decide(input.toString(), exists.toString());
        assertEquals(Main.USAGE, refused.code());
        assertTrue(refused.err().contains("output exists: ") && refused.err().contains("--overwrite"), refused.err());
        LocalSpark.Run replaced = decide(input.toString(), exists.toString(), "--overwrite", "--detail", "full");
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(Files.exists(exists.resolve("manifest.json")));
        List<Row> decisions = LocalSpark.session()
                .read()
                .parquet(exists.resolve("decisions").toString())
                .collectAsList();
        assertEquals(5, decisions.size(), "--detail full: each whole decision");
        for (Row d : decisions) {
            var json = Json.WRITER.readTree(d.<String>getAs("decision"));
            assertEquals(
                    d.<String>getAs("decision_id"), json.path("decision_id").asString());
            assertTrue(json.at("/results/0/criteria/0/explanation/es").isString(), "with its sentences");
        }
    }

    @Test
    void aRecordOverTheSizeLimitGoesToTheErrorsTableAndTheOthersAreDecided() throws Exception {
        String big = "{\"household_id\": \"H-big\", \"x\": \"" + "a".repeat(11 << 20) + "\"}";
        Path input = Files.write(dir.resolve("big.jsonl"), List.of(households.get(0), big, households.get(1)));
        LocalSpark.Run r = decide(input.toString(), dir.resolve("big").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 records, 2 decided, 1 refused"), r.out());
        Row error = LocalSpark.session()
                .read()
                .parquet(dir.resolve("big/errors").toString())
                .filter("NOT decided")
                .first();
        assertFalse(error.<Boolean>getAs("decided"));
        assertTrue(error.<Long>getAs("position") > 0);
    }

    @Test
    void aTableWithAJsonColumnDecidesItsRecordsAndListsTheValuesThatAreNotJson() throws Exception {
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("record", DataTypes.StringType);
        List<Row> rows = List.of(
                RowFactory.create(1, households.get(0)),
                RowFactory.create(2, "not json at all"),
                RowFactory.create(3, null),
                RowFactory.create(4, households.get(1)));
        Path table = dir.resolve("register.parquet");
        LocalSpark.session().createDataFrame(rows, schema).coalesce(1).write().parquet(table.toString());
        LocalSpark.Run noColumn = decide(table.toString(), dir.resolve("never").toString(), "--format", "parquet");
        assertEquals(Main.USAGE, noColumn.code());
        assertTrue(noColumn.err().contains("--json-column"), noColumn.err());

        LocalSpark.Run r = decide(
                table.toString(),
                dir.resolve("from-table").toString(),
                "--format",
                "parquet",
                "--json-column",
                "record");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 records, 2 decided, 2 refused"), r.out());
        List<Row> errors = LocalSpark.session()
                .read()
                .parquet(dir.resolve("from-table/errors").toString())
                .filter("NOT decided")
                .orderBy("position")
                .collectAsList();
        assertEquals(
                List.of(1L, 2L),
                errors.stream().map(e -> e.<Long>getAs("position")).toList(),
                "row indexes");
        String message = errors.get(0)
                .<Row>getList(errors.get(0).fieldIndex("errors"))
                .get(0)
                .getAs("message_en");
        assertTrue(message.startsWith("Not valid JSON"), message);
        assertEquals(
                2,
                Json.WRITER
                        .readTree(Files.readString(dir.resolve("from-table/manifest.json")))
                        .at("/counts/decided")
                        .asLong());
    }
}
