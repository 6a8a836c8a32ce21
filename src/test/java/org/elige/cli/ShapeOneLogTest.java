package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.audit.Database;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.fixtures.FixtureSuite;
import org.elige.input.Json;
import org.elige.model.ShapeOne;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A decision log written before shape 2 (every record in shape 1, as the log stored it then) still
 * verifies, replays identical and becomes fixtures through the commands; a record of a shape this
 * version does not know is refused with a sentence, not a stack trace.
 */
class ShapeOneLogTest {
    @TempDir
    Path dir;

    @Test
    void aShapeOneLogVerifiesReplaysIdenticalAndBecomesFixtures() throws Exception {
        String db = dir.resolve("old.db").toString();
        Entry plain = ShapeOne.entry(Path.of("examples/household.json"), LocalDate.parse("2025-10-01"), Map.of(), null);
        Entry whatIf = ShapeOne.entry(
                Path.of("examples/household.json"), LocalDate.parse("2024-06-01"), Map.of("jcf.age.max", "24"), null);
        try (DecisionLog log = new DecisionLog(Database.open(db, true))) {
            log.append(TestRules.shipped(), List.of(plain, whatIf));
        }
        assertEquals(Main.OK, Cli.run("audit", "verify", "--db", db).code());
        Cli replay = Cli.run("replay", "--log", "--db", db, "--lang", "en");
        assertEquals(Main.OK, replay.code(), replay.out() + replay.err());
        assertTrue(
                replay.out().contains("2 decisions replayed: 2 identical, 0 different, 0 could not be replayed"),
                replay.out());
        Path to = dir.resolve("fixtures/jcf/logged-in-shape-one");
        Cli frozen = Cli.run("fixture", "from-log", whatIf.decisionId(), "--db", db, "--to", to.toString());
        assertEquals(Main.OK, frozen.code(), frozen.err());
        JsonNode expected = Json.READER.readTree(Files.readString(Path.of(to + FixtureSuite.EXPECTED)));
        assertEquals("24", expected.at("/params/jcf.age.max").asString());
        assertEquals(
                0,
                FixtureSuite.run(TestRules.shipped(), dir.resolve("fixtures")).failures());
    }

    @Test
    void aRecordOfAShapeNotKnownIsRefusedInWords() throws Exception {
        String db = dir.resolve("later.db").toString();
        Entry later = ShapeOne.entry(Path.of("examples/household.json"), LocalDate.parse("2025-10-01"), Map.of(), 3);
        try (DecisionLog log = new DecisionLog(Database.open(db, true))) {
            log.append(TestRules.shipped(), List.of(later));
        }
        Cli replay = Cli.run("replay", "--log", "--db", db, "--lang", "en");
        assertTrue(
                replay.out().contains("written in shape 3, which this version of elige does not know"), replay.out());
        Cli frozen = Cli.run(
                "fixture",
                "from-log",
                later.decisionId(),
                "--db",
                db,
                "--to",
                dir.resolve("x/y").toString());
        assertEquals(Main.LOG_FAILED, frozen.code());
        assertTrue(frozen.err().contains("written in shape 3"), frozen.err());
    }
}
