package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.elige.input.Json;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log on a real SQLite file: what a record holds, snapshots, failures, concurrent writers. */
class DecisionLogTest {
    @TempDir
    Path dir;

    @Test
    void aRecordHoldsWhatIsNeededToReplayIt() {
        Path db = dir.resolve("elige.db");
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
            log.append(
                    TestRules.shipped(), List.of(Logs.entry(TestRules.shipped(), null, Map.of("jcf.age.max", "21"))));
        }
        Entry e = Logs.rows(db).get(0).entry();
        assertEquals(26, e.decisionId().length());
        assertEquals("2025-10-01", e.evaluationDate());
        assertEquals(TestRules.shipped().id(), e.ruleSetId());
        assertEquals("{\"jcf.age.max\":\"21\"}", e.parameterOverrides());
        assertTrue(
                e.inputJson().startsWith("{\"businesses\":[{\"activity\":\"tortilleria\""),
                "sorted keys: " + e.inputJson());
        assertTrue(e.inputJson().contains(",\"household_id\":\"H-0001\","), e.inputJson());
        assertEquals(64, e.inputSha256().length());
        assertTrue(e.engineVersion().startsWith("elige "), e.engineVersion());
        assertEquals(
                e.decisionId(),
                Json.READER.readTree(e.decisionJson()).path("decision_id").asString());
        assertEquals(Hashes.GENESIS, Logs.rows(db).get(0).prevHash());
    }

    @Test
    void aRuleSetIsRebuiltFromTheLogAfterItsFolderIsGone() throws Exception {
        Path rules = dir.resolve("rules");
        TestFolders.copy(TestRules.RULES, rules);
        Files.writeString(rules.resolve("ruleset.yaml"), "label: \"copy\"\n");
        RuleSet copy = RuleSetLoader.load(rules);
        Path db = dir.resolve("elige.db");
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
            log.append(copy, List.of(Logs.entry(copy, null, Map.of()), Logs.entry(copy, null, Map.of())));
            log.append(TestRules.shipped(), List.of(Logs.entry(TestRules.shipped(), null, Map.of())));
        }
        TestFolders.delete(rules);
        try (Database d = Database.open(db.toString(), false)) {
            RuleSetArchive archive = new RuleSetArchive(d);
            RuleSet rebuilt = archive.rebuild(copy.id());
            assertEquals(copy.id(), rebuilt.id());
            assertEquals("copy", rebuilt.label());
            List<RuleSetArchive.Stored> stored = archive.list();
            assertEquals(2, stored.size());
            assertEquals("copy", stored.get(0).label());
            assertEquals(2, stored.get(0).decisions());
            assertEquals(1, stored.get(1).decisions());
        }
    }

    @Test
    void aWriterKeepsTheLogInWalModeWhileOpenAndLeavesTheFileWholeWithARollbackJournal() throws Exception {
        Path db = dir.resolve("elige.db");
        Path wal = Path.of(db + "-wal");
        Path shm = Path.of(db + "-shm");
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
            log.append(TestRules.shipped(), List.of(Logs.entry(TestRules.shipped(), null, Map.of())));
            assertEquals("wal", journalMode(db), "committed through the write-ahead log");
            assertTrue(Files.exists(wal), "the commit is in " + wal);
            assertEquals(1, Logs.verify(db).records(), "a reader sees it while the writer has the log open");
        }
        assertFalse(Files.exists(wal), "the writer moved every page into the file when it closed");
        assertFalse(Files.exists(shm));
        assertEquals("delete", journalMode(db), "readers of the file alone need no -wal or -shm file");
        assertEquals(1, Logs.verify(db).records());
        assertFalse(Files.exists(wal), "reading created nothing beside the file");
        assertFalse(Files.exists(shm));
    }

    private static String journalMode(Path db) throws java.sql.SQLException {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (var c = readOnly.createConnection("jdbc:sqlite:" + db);
                var r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            return r.getString(1);
        }
    }

    @Test
    void aReadOnlyLogIsAClearError() {
        Path db = dir.resolve("elige.db");
        Logs.record(db, 1);
        try (DecisionLog log = new DecisionLog(Database.open("jdbc:sqlite:file:" + db + "?mode=ro", true))) {
            LogException e = assertThrows(
                    LogException.class,
                    () -> log.append(TestRules.shipped(), List.of(Logs.entry(TestRules.shipped(), null, Map.of()))));
            assertEquals("cannot record in jdbc:sqlite:file:" + db + ": the database is read-only", e.getMessage());
        }
        assertEquals(1, Logs.verify(db).records());
    }

    @Test
    void aFullDiskIsAClearErrorAndLeavesNoHalfRecord() {
        Path db = dir.resolve("elige.db");
        Logs.record(db, 1);
        List<Entry> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(Logs.entry(TestRules.shipped(), null, Map.of()));
        }
        try (DecisionLog log = new DecisionLog(Database.open("jdbc:sqlite:" + db + "?max_page_count=60", true))) {
            LogException e = assertThrows(LogException.class, () -> log.append(TestRules.shipped(), many));
            assertTrue(e.getMessage().endsWith(": the disk or the database is full"), e.getMessage());
        }
        Verification v = Logs.verify(db);
        assertTrue(v.intact());
        assertEquals(1, v.records(), "the failed transaction left nothing");
    }

    @Test
    void threadsAppendingAtOnceKeepOneChain() throws Exception {
        Path db = dir.resolve("elige.db");
        Logs.record(db, 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(pool.submit(() -> {
                try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
                    for (int i = 0; i < 8; i++) {
                        log.append(
                                TestRules.shipped(),
                                List.of(Logs.entry(TestRules.shipped(), LocalDate.parse("2025-10-01"), Map.of())));
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Verification v = Logs.verify(db);
        assertTrue(v.intact(), String.valueOf(v.problem()));
        assertEquals(33, v.records());
    }

    @Test
    void aLogOpenedForReadingRefusesEveryWriteWhateverItsUrlAsks() {
        Path db = dir.resolve("elige.db");
        Logs.record(db, 1);
        for (String spec :
                new String[] {db.toString(), "jdbc:sqlite:" + db + "?open_mode=6", "jdbc:sqlite:file:" + db + "?mode=ro"
                }) {
            try (Database d = Database.open(spec, false)) {
                LogException e = assertThrows(
                        LogException.class,
                        () -> d.write(
                                "remove from",
                                DecisionLog.TABLE,
                                c -> c.createStatement().executeUpdate("DELETE FROM " + DecisionLog.TABLE)));
                assertTrue(e.getMessage().endsWith(": the database is read-only"), spec + ": " + e.getMessage());
            }
        }
        assertEquals(1, Logs.verify(db).records());
    }

    @Test
    void aMissingLogIsAnErrorForReadersAndCreatedForWriters() {
        Path db = dir.resolve("new.db");
        LogException e = assertThrows(LogException.class, () -> Database.open(db.toString(), false));
        assertTrue(e.getMessage().startsWith("no decision log at " + db), e.getMessage());
        Database.open(db.toString(), true).close();
        assertTrue(Files.exists(db));
        assertEquals(0, Logs.verify(db).records());
    }
}
