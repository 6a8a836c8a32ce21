package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.elige.audit.Database;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.engine.Evaluator;
import org.elige.fixtures.FixtureSuite;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.Json;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An auditor's session: decisions logged under a copy of the rules, the copy edited and then
 * deleted, and every decision still replays IDENTICAL from the log; under a changed rule set the
 * ones that would differ are named; the log verifies until someone edits it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditCommandsTest {
    private static final String SAMPLE = "examples/household.json";

    @TempDir
    static Path dir;

    static String db;
    static Path changed;

    @BeforeAll
    static void logTwoDecisionsThenDeleteTheirRules() throws Exception {
        db = dir.resolve("elige.db").toString();
        Path rules = dir.resolve("rules");
        TestFolders.copy(TestRules.RULES, rules);
        RuleSet copy = RuleSetLoader.load(rules);
        try (DecisionLog log = new DecisionLog(Database.open(db, true))) {
            log.append(copy, List.of(entry(copy, Map.of()), entry(copy, Map.of("jcf.age.max", "21"))));
        }
        Files.writeString(
                rules.resolve("jcf/parameters.yaml"),
                "# edited after the decisions\n",
                java.nio.file.StandardOpenOption.APPEND);
        TestFolders.delete(rules);
        changed = dir.resolve("changed");
        TestFolders.copy(TestRules.RULES, changed);
        Path params = changed.resolve("jcf/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("value: 29, tag: SEC", "value: 21, tag: SEC"));
    }

    private static Entry entry(RuleSet rules, Map<String, String> params) throws Exception {
        Input input = HouseholdReader.read(Files.readAllBytes(Path.of(SAMPLE)), rules.enrollable(), null);
        return Entry.of(
                input, Evaluator.evaluate(rules, input, rules.parameters().with(params)), params, null, null);
    }

    @Test
    @Order(1)
    void everyLoggedDecisionReplaysIdenticalAfterItsRulesWereDeleted() {
        Cli r = Cli.run("replay", "--log", "--db", db, "--lang", "en");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(
                r.out().contains("2 decisions replayed: 2 identical, 0 different, 0 could not be replayed"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("IDENTICAL  ")).count(), r.out());
    }

    @Test
    @Order(2)
    void underAChangedRuleSetTheDecisionsThatWouldDifferAreNamed() throws Exception {
        Path html = dir.resolve("replay.html");
        Cli r = Cli.run(
                "replay",
                "--log",
                "--db",
                db,
                "--rules",
                changed.toString(),
                "--format",
                "json",
                "--html",
                html.toString());
        assertEquals(Main.DIFFERENT, r.code(), r.err());
        JsonNode report = Json.READER.readTree(r.out());
        assertEquals(1, report.at("/summary/different").asInt());
        assertEquals(
                1,
                report.at("/summary/identical").asInt(),
                "the decision made with --param jcf.age.max=21 is the same");
        JsonNode first = report.at("/decisions/0/difference");
        assertEquals("DIFFERENT", report.at("/decisions/0/verdict").asString());
        assertEquals("JCF", first.path("program").asString());
        assertEquals("P2", first.path("unit_id").asString());
        assertEquals("ELIGIBLE", first.path("outcome_before").asString());
        assertEquals("NOT_ELIGIBLE", first.path("outcome_after").asString());
        assertEquals("JCF-01", first.path("criterion").asString());
        assertEquals("PASSED", first.path("before").asString());
        String page = Files.readString(html);
        assertTrue(
                page.contains(
                        "<tr class=\"changed\"><td>JCF-01</td><td>Cumple</td><td>No cumple</td><td>Tiene 22 años; "
                                + "el programa pide entre 18 y 29 años.</td><td>Tiene 22 años; el programa pide entre 18 y 21 años.</td></tr>"),
                page);
        // self-contained: its scripts are inline and nothing is fetched (ReportPagesTest opens it in a browser)
        assertFalse(
                page.contains("<script src") || page.contains("<link") || page.matches("(?s).*(src|href)=\"https?:.*"),
                "self-contained");
    }

    @Test
    @Order(3)
    void aLoggedDecisionBecomesAFixtureThatPasses() throws Exception {
        String id = Cli.run("replay", "--log", "--db", db, "--format", "json").out();
        String decision =
                Json.READER.readTree(id).at("/decisions/0/decision_id").asString();
        Path to = dir.resolve("fixtures/jcf/sample-household-frozen-from-the-log");
        Cli r = Cli.run("fixture", "from-log", decision, "--db", db, "--to", to.toString());
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode expected = Json.READER.readTree(Files.readString(Path.of(to + FixtureSuite.EXPECTED)));
        assertEquals("2025-10-01", expected.path("as_of").asString());
        assertTrue(expected.path("results")
                .valueStream()
                .allMatch(x -> x.path("program").asString().equals("JCF")));
        FixtureSuite.Report report = FixtureSuite.run(TestRules.shipped(), dir.resolve("fixtures"));
        assertEquals(0, report.failures(), report.replays().toString());
        assertEquals(
                Main.USAGE,
                Cli.run("fixture", "from-log", decision, "--db", db, "--to", to.toString())
                        .code(),
                "an existing pair is not overwritten without --force");
    }

    @Test
    @Order(4)
    void replaySelectsByDayAndById() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Cli none = Cli.run("replay", "--log", "--db", db, "--lang", "en", "--from", "2000-01-01", "--to", "2000-12-31");
        assertEquals(Main.OK, none.code(), none.err());
        assertTrue(none.out().contains("No decisions replayed: 0 identical"), none.out());
        Cli all = Cli.run("replay", "--log", "--db", db, "--lang", "en", "--from", today, "--format", "json");
        JsonNode report = Json.READER.readTree(all.out());
        assertEquals(2, report.at("/summary/replayed").asInt(), all.out());
        String second = report.at("/decisions/1/decision_id").asString();
        Cli one = Cli.run("replay", "--log", "--db", db, "--id", second, "--format", "json");
        assertEquals(
                second,
                Json.READER.readTree(one.out()).at("/decisions/0/decision_id").asString());
        assertEquals(1, Json.READER.readTree(one.out()).at("/summary/replayed").asInt());
    }

    @Test
    @Order(4)
    void rulesListShowsTheStoredRuleSetAndItsUse() {
        Cli r = Cli.run("rules", "list", "--db", db);
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("conjunto de reglas "), r.out());
        assertTrue(Cli.run("rules", "list", "--db", db, "--lang", "en").out().startsWith("rule set "));
        assertTrue(Cli.run("audit", "batches", "--db", db).out().startsWith("lote "));
        assertTrue(Cli.run("audit", "batches", "--db", db, "--lang", "en").out().startsWith("batch "));
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("sha256:") && l.contains("2026.11") && l.endsWith(" 2")),
                r.out());
    }

    @Test
    @Order(4)
    void rulesExportOfAnIdNotStoredNamesTheStoredOneItBegins() {
        String id = Cli.run("rules", "list", "--db", db)
                .out()
                .lines()
                .filter(l -> l.startsWith("sha256:"))
                .findFirst()
                .orElseThrow()
                .split(" ")[0];
        Cli r = Cli.run(
                "rules",
                "export",
                id.substring(0, 15),
                "--to",
                dir.resolve("exported").toString(),
                "--db",
                db);
        assertEquals(Main.LOG_FAILED, r.code(), r.err());
        assertTrue(r.err().contains(" is not stored in ") && r.err().contains("(did you mean " + id + "?)"), r.err());
    }

    @Test
    @Order(5)
    void verifyPassesUntilSomeoneEditsTheFile() throws Exception {
        Cli ok = Cli.run("audit", "verify", "--db", db);
        assertEquals(Main.OK, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains(": íntegra · 2 registros · último registro 2:"), ok.out());
        assertTrue(
                ok.out().contains(": el conjunto de reglas que nombran los registros está guardado íntegro"), ok.out());
        Cli en = Cli.run("audit", "verify", "--db", db, "--lang", "en");
        assertTrue(en.out().contains(": intact · 2 records · head 2:"), en.out());
        assertTrue(en.out().contains(": the rule set the records name is stored intact"), en.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE decision_log SET household_id = 'H-9999' WHERE seq = 1");
        }
        Cli bad = Cli.run("audit", "verify", "--db", db);
        assertEquals(Main.LOG_FAILED, bad.code());
        assertTrue(bad.out().contains("FALLA en el registro 1 (decisión "), bad.out());
        assertTrue(bad.out().contains("el registro se alteró"), bad.out());
        assertTrue(
                bad.out().contains("Ningún registro anterior está íntegro (último registro de la parte íntegra 0:"),
                bad.out());
        for (String english : List.of("intact", "FAILED at record", "altered", "records before", "head")) {
            assertFalse(bad.out().contains(english), english + " in:\n" + bad.out());
        }
        Cli badEn = Cli.run("audit", "verify", "--db", db, "--lang", "en");
        assertEquals(Main.LOG_FAILED, badEn.code());
        assertTrue(badEn.out().contains("FAILED at record 1 (decision "), badEn.out());
        assertTrue(badEn.out().contains("the record was altered"), badEn.out());
        for (String spanish : List.of("íntegr", "FALLA", "registro", "alteró", "decisión")) {
            assertFalse(badEn.out().contains(spanish), spanish + " in:\n" + badEn.out());
        }
    }

    @Test
    void evaluateRecordStoresThePrintedDecision() throws Exception {
        String other = dir.resolve("evaluate.db").toString();
        Cli r = Cli.run("evaluate", SAMPLE, "--record", "--db", other, "--format", "json", "--param", "jcf.age.max=25");
        assertEquals(Main.OK, r.code(), r.err());
        String id = Json.READER.readTree(r.out()).path("decision_id").asString();
        assertTrue(r.err().contains("elige: decisión " + id + " registrada en " + other + " como registro 1"), r.err());
        try (Database d = Database.open(other, false)) {
            org.elige.audit.Row row = new org.elige.audit.LogReader(d).find(id).orElseThrow();
            assertEquals("{\"jcf.age.max\":\"25\"}", row.entry().parameterOverrides());
            assertEquals(
                    Json.READER.readTree(r.out()),
                    Json.READER.readTree(row.entry().decisionJson()),
                    "the log holds what was printed");
        }
    }

    @Test
    void evaluateRecordOnAReadOnlyLogIsAClearErrorAndPrintsNothing() {
        Cli r = Cli.run("evaluate", SAMPLE, "--record", "--db", "jdbc:sqlite:file:" + db + "?mode=ro");
        assertEquals(Main.LOG_FAILED, r.code());
        assertEquals("", r.out());
        assertTrue(
                r.err().contains("elige: cannot record in jdbc:sqlite:file:" + db + ": the database is read-only"),
                r.err());
    }

    @Test
    void batchRecordOnAReadOnlyLogStopsWithAClearError() throws Exception {
        Path line = dir.resolve("one.jsonl");
        Files.writeString(
                line, Json.WRITER.writeValueAsString(Json.READER.readTree(Files.readString(Path.of(SAMPLE)))) + "\n");
        Cli r = Cli.run(
                "batch",
                line.toString(),
                "--record",
                "--db",
                "jdbc:sqlite:file:" + db + "?mode=ro",
                "-o",
                dir.resolve("ro.jsonl").toString());
        assertEquals(Main.LOG_FAILED, r.code(), r.err());
        assertTrue(
                r.err().contains("elige: cannot record in jdbc:sqlite:file:" + db + ": the database is read-only"),
                r.err());
    }

    @Test
    void readingAMissingLogIsAnError() {
        Cli r = Cli.run("audit", "verify", "--db", dir.resolve("none.db").toString());
        assertEquals(Main.LOG_FAILED, r.code());
        assertTrue(r.err().contains("no decision log at"), r.err());
        assertEquals(Main.USAGE, Cli.run("replay").code(), "either --log or a folder");
    }

    @Test
    void replayOfAFixturesFolderIsTest() {
        Cli r = Cli.run("replay", "fixtures");
        assertEquals(Main.OK, r.code(), r.out());
        assertTrue(r.out().contains("PASA   jcf/turning-18-on-the-evaluation-date-is-old-enough"), r.out());
        Cli en = Cli.run("replay", "fixtures", "--lang", "en");
        assertTrue(en.out().contains("PASS   jcf/turning-18-on-the-evaluation-date-is-old-enough"), en.out());
    }

    @Test
    void theNewCommandsHaveHelpAndTheirExitCodesAreDocumented() {
        for (String[] command : new String[][] {
            {"audit", "verify"},
            {"audit", "batches"},
            {"rules", "list"},
            {"rules", "export"},
            {"replay"},
            {"fixture", "from-log"},
            {"impact"}
        }) {
            String[] args =
                    Stream.concat(Stream.of(command), Stream.of("--help")).toArray(String[]::new);
            Cli r = Cli.run(args);
            assertEquals(Main.OK, r.code(), String.join(" ", command));
            assertTrue(r.out().contains("Usage: elige " + String.join(" ", command)), r.out());
        }
        Cli r = Cli.run("--help");
        assertTrue(r.out().contains("6   decision log cannot be read or written, or fails verification"), r.out());
        assertTrue(r.out().contains("7   replay found a decision that comes out differently"), r.out());
    }
}
