package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.elige.input.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An auditor's replay says first whether the log is intact (and refuses a broken one unless
 * forced), then separates the decisions whose outcome or benefit changed from those whose reasons
 * or only wording changed, the outcome changes first.
 */
class ReplayForAuditorsTest {
    private static final List<String> RECORDED = List.of(
            "fixtures/jcf/turning-18-on-the-evaluation-date-is-old-enough.input.json",
            "fixtures/jcf/one-day-before-turning-18-is-too-young.input.json",
            "examples/household.json");

    @TempDir
    static Path dir;

    static String db;
    static List<String> ids;
    static Path wording;
    static Path threshold;

    @BeforeAll
    static void threeDecisionsAreLogged() throws Exception {
        db = dir.resolve("elige.db").toString();
        for (String input : RECORDED) {
            Cli r = Cli.run("evaluate", input, "--record", "--db", db, "--format", "json");
            assertTrue(r.err().contains(" registrada en "), r.err());
        }
        ids = Json.READER
                .readTree(Cli.run("replay", "--log", "--db", db, "--format", "json")
                        .out())
                .path("decisions")
                .valueStream()
                .map(d -> d.path("decision_id").asString())
                .toList();
        assertEquals(3, ids.size());
        wording = dir.resolve("wording");
        TestFolders.copy(TestRules.RULES, wording);
        Path program = wording.resolve("jcf/program.yaml");
        Files.writeString(
                program,
                Files.readString(program)
                        .replace(
                                "es: \"Jóvenes Construyendo el Futuro\"",
                                "es: \"Programa Jóvenes Construyendo el Futuro\""));
        threshold = dir.resolve("threshold");
        TestFolders.copy(TestRules.RULES, threshold);
        Path params = threshold.resolve("jcf/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("value: 29, tag: SEC", "value: 21, tag: SEC"));
    }

    @Test
    void anIntactLogIsSaidFirstAndTheReplayIsCounted() {
        Cli r = Cli.run("replay", "--log", "--db", db, "--progress");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(
                "La bitácora está íntegra: 3 registros, cadena verificada.",
                r.out().lines().findFirst().orElse(""));
        assertTrue(r.err().contains("\rVerificando la cadena de la bitácora…"), r.err());
        assertTrue(r.err().contains("\rRepitiendo decisiones registradas: 3 de 3 (100 %)…"), r.err());
        Cli piped = Cli.run("replay", "--log", "--db", db);
        assertEquals("", piped.err());
        assertEquals(r.out(), piped.out());
        JsonNode json = Json.READER.readTree(
                Cli.run("replay", "--log", "--db", db, "--format", "json").out());
        assertTrue(json.at("/chain/intact").asBoolean(), json.toString());
        assertEquals(3, json.at("/chain/records").asInt());
    }

    @Test
    void aRenamedProgramIsAChangeOfWordingOnly() throws Exception {
        Path html = dir.resolve("wording.html");
        Cli r = Cli.run(
                "replay",
                "--log",
                "--db",
                db,
                "--rules",
                wording.toString(),
                "--lang",
                "en",
                "--html",
                html.toString());
        assertEquals(Main.DIFFERENT, r.code(), r.err());
        assertTrue(
                r.out()
                        .contains("Of the 3 different decisions: none changes an outcome or benefit; none changes only "
                                + "the reasons (criteria, facts or parameters); 3 change only the wording."),
                r.out());
        assertTrue(r.out().contains("\nOnly the wording changes (explanations, names, citations) (3):\n"), r.out());
        assertTrue(!r.out().contains("An outcome or benefit changes"), r.out());
        JsonNode json = Json.READER.readTree(
                Cli.run("replay", "--log", "--db", db, "--rules", wording.toString(), "--format", "json")
                        .out());
        assertEquals(3, json.at("/summary/wording_changes").asInt(), json.toString());
        assertEquals(0, json.at("/summary/outcome_changes").asInt());
        json.path("decisions")
                .forEach(d -> assertEquals("WORDING", d.path("change").asString()));
        assertTrue(Files.readString(html).contains("<h2>Only the wording changes"), "grouped in the page too");
    }

    @Test
    void aChangedThresholdListsTheOutcomeChangesFirst() throws Exception {
        Path html = dir.resolve("threshold.html");
        Cli r = Cli.run(
                "replay",
                "--log",
                "--db",
                db,
                "--rules",
                threshold.toString(),
                "--lang",
                "en",
                "--html",
                html.toString());
        assertEquals(Main.DIFFERENT, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("The log is intact: 3 records, chain verified.", lines.get(0));
        int outcome = lines.indexOf("An outcome or benefit changes (1):");
        int reasons = lines.indexOf("Only the reasons change (criteria, facts or parameters), not the outcome (2):");
        assertTrue(outcome > 0 && reasons > outcome, r.out());
        assertTrue(lines.get(outcome + 1).startsWith("DIFFERENT  " + ids.get(2)), r.out());
        assertTrue(
                lines.get(outcome + 1)
                        .endsWith("  JCF · Rosa Lopez Hernandez (P2): Eligible → Not eligible; JCF-01 Met → Not met"),
                r.out());
        assertTrue(
                r.out()
                        .contains("Of the 3 different decisions: 1 changes an outcome or benefit; 2 change only the "
                                + "reasons (criteria, facts or parameters); none changes only the wording."),
                r.out());
        String page = Files.readString(html);
        int intact = page.indexOf("The log is intact: 3 records, chain verified.");
        int summary = page.indexOf("3 decisions replayed");
        int first = page.indexOf("<h2>An outcome or benefit changes</h2>");
        int then = page.indexOf("<h2>Only the reasons change");
        assertTrue(intact > 0 && summary > intact && first > summary && then > first, page);
        assertTrue(page.indexOf(ids.get(2)) < page.indexOf(ids.get(0)), "the outcome change is told first");
        assertTrue(
                page.contains("First difference: JCF · Rosa Lopez Hernandez (P2): Eligible → Not eligible; "
                        + "JCF-01 Met → Not met"),
                page);
        assertTrue(
                page.contains("<h4>Outcome of JCF for Rosa Lopez Hernandez (P2): Eligible → Not eligible</h4>"), page);
        assertTrue(page.contains("<td>JCF-01</td><td>Met</td><td>Not met</td>"), page);

        Cli es = Cli.run("replay", "--log", "--db", db, "--rules", threshold.toString());
        assertTrue(
                es.out()
                        .contains(
                                "  JCF · Rosa Lopez Hernandez (P2): Elegible → No elegible; JCF-01 Cumple → No cumple"),
                es.out());
        for (String code : List.of("PERSON", "ELIGIBLE", "PASSED", "FAILED", "/status", "Eligible", "Met")) {
            assertFalse(es.out().contains(code), code + " in:\n" + es.out());
        }
        JsonNode json = Json.READER.readTree(
                Cli.run("replay", "--log", "--db", db, "--rules", threshold.toString(), "--format", "json")
                        .out());
        JsonNode difference = json.at("/decisions/" + ids.indexOf(ids.get(2)) + "/difference");
        assertEquals("PERSON", difference.path("unit_kind").asString(), json.toString());
        assertEquals("NOT_ELIGIBLE", difference.path("outcome_after").asString(), json.toString());
        assertEquals("/status", difference.path("field").asString(), json.toString());
    }

    @Test
    void anAlteredRuleSetSnapshotIsSaidInWordsByVerifyAndByReplay() throws Exception {
        Path altered = dir.resolve("snapshot.db");
        Files.copy(Path.of(db), altered);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + altered)) {
            c.createStatement()
                    .executeUpdate("UPDATE content SET text = text || ' ' "
                            + "WHERE sha256 = (SELECT MIN(content_sha256) FROM rule_file)");
        }
        Cli verify = Cli.run("audit", "verify", "--db", altered.toString());
        assertEquals(Main.LOG_FAILED, verify.code(), verify.out());
        assertTrue(verify.out().contains(": FALLA: el archivo de reglas guardado "), verify.out());
        assertTrue(verify.out().contains("ya no corresponde a su hash: se alteró"), verify.out());
        Cli verifyEn = Cli.run("audit", "verify", "--db", altered.toString(), "--lang", "en");
        assertTrue(verifyEn.out().contains(": FAILED: the stored rule file "), verifyEn.out());

        Cli replay = Cli.run("replay", "--log", "--db", altered.toString());
        assertEquals(Main.LOG_FAILED, replay.code(), replay.out());
        assertTrue(replay.out().contains("No se pudieron repetir (3):"), replay.out());
        assertTrue(replay.out().contains("No se pudo repetir: el archivo de reglas guardado "), replay.out());
        assertFalse(replay.out().contains("stored rule file"), replay.out());
        Cli replayEn = Cli.run("replay", "--log", "--db", altered.toString(), "--lang", "en");
        assertTrue(replayEn.out().contains("Could not be replayed: the stored rule file "), replayEn.out());
    }

    @Test
    void aTamperedLogIsRefusedUnlessForcedAndThenTheBreakIsSaidFirst() throws Exception {
        Path tampered = dir.resolve("tampered.db");
        Files.copy(Path.of(db), tampered);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tampered)) {
            c.createStatement()
                    .executeUpdate("UPDATE decision_log SET decision_json = "
                            + "REPLACE(decision_json, '\"NOT_ELIGIBLE\"', '\"ELIGIBLE\"') WHERE seq = 2");
        }
        Cli refused = Cli.run("replay", "--log", "--db", tampered.toString());
        assertEquals(Main.LOG_FAILED, refused.code());
        assertEquals("", refused.out(), "nothing is replayed");
        assertTrue(
                refused.err()
                        .contains("La cadena de la bitácora está rota en el registro 2 (decisión " + ids.get(1) + ")"),
                refused.err());
        assertTrue(refused.err().contains("con --force se repiten de todos modos"), refused.err());

        Path html = dir.resolve("tampered.html");
        Cli forced = Cli.run("replay", "--log", "--db", tampered.toString(), "--force", "--html", html.toString());
        assertEquals(Main.LOG_FAILED, forced.code(), "the log still fails verification");
        String warning = "Atención: la cadena de la bitácora está rota en el registro 2 (decisión " + ids.get(1) + ").";
        assertTrue(forced.out().startsWith(warning), forced.out());
        assertTrue(
                forced.out().contains("Cambia un resultado o un apoyo (1):\nDIFERENTE  " + ids.get(1)), forced.out());
        String page = Files.readString(html);
        assertTrue(page.contains("<p class=\"broken\">" + warning), page);
        assertTrue(page.indexOf(warning) < page.indexOf("3 decisiones repetidas"), "said first in the page");
    }
}
