package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.elige.input.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, point 7: every command that only reads the decision log opens it read-only, creates
 * nothing, migrates nothing, and refuses (exit 6, naming the file) anything that is not a decision
 * log; only the commands that record create or migrate one.
 */
class ReadingTheLogNeverWritesTest {
    private static final String SAMPLE = "examples/household.json";
    /** Long before any test ran, so a write would show in the modification time. */
    private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    static Path shared;

    static Path log;
    static String decision;
    static String ruleSet;

    @TempDir
    Path dir;
    /** The files under test, alone in their folder; command outputs go beside it, under {@code dir}. */
    Path logs;

    @BeforeEach
    void folderForTheFilesUnderTest() throws IOException {
        logs = Files.createDirectory(dir.resolve("logs"));
    }

    @BeforeAll
    static void recordOneDecision() {
        log = shared.resolve("elige.db");
        Cli r = Cli.run("evaluate", SAMPLE, "--record", "--db", log.toString(), "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode d = Json.READER.readTree(r.out());
        decision = d.path("decision_id").asString();
        ruleSet = d.at("/rule_set/id").asString();
    }

    /** Every command that only reads the log, on {@code db}; their outputs go under {@code scratch}. */
    private static List<String[]> readCommands(String db, Path scratch) {
        return List.of(
                new String[] {"audit", "verify", "--db", db},
                new String[] {"audit", "batches", "--db", db},
                new String[] {"rules", "list", "--db", db},
                new String[] {
                    "rules",
                    "export",
                    ruleSet,
                    "--to",
                    scratch.resolve("exported").toString(),
                    "--db",
                    db
                },
                new String[] {"replay", "--log", "--db", db},
                new String[] {
                    "fixture",
                    "from-log",
                    decision,
                    "--to",
                    scratch.resolve("fixtures/jcf/frozen").toString(),
                    "--db",
                    db
                });
    }

    /** What a file is, byte for byte, with its modification time and the files beside it. */
    private record Snapshot(byte[] bytes, FileTime modified, List<String> folder) {
        static Snapshot of(Path file) throws IOException {
            try (Stream<Path> files = Files.list(file.getParent())) {
                return new Snapshot(
                        Files.readAllBytes(file),
                        Files.getLastModifiedTime(file),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }

        void assertSameAs(Snapshot before, String after) {
            assertArrayEquals(before.bytes, bytes, "the bytes did not change after " + after);
            assertEquals(before.modified, modified, "the modification time did not change after " + after);
            assertEquals(before.folder, folder, "no file was created or removed beside it after " + after);
        }
    }

    /** Runs every read command on {@code file}: each is refused with exit 6, naming it and saying why, and writes nothing. */
    private void assertEveryReaderRefuses(Path file, String why) throws IOException {
        Files.setLastModifiedTime(file, PAST);
        Snapshot before = Snapshot.of(file);
        Path scratch = dir.resolve("scratch");
        for (String[] command : readCommands(file.toString(), scratch)) {
            String name = String.join(" ", command);
            Cli r = Cli.run(command);
            assertEquals(Main.LOG_FAILED, r.code(), name + "\n" + r.out() + r.err());
            assertEquals("", r.out(), name);
            assertTrue(r.err().startsWith("elige: " + file), name + ": the message names the file first: " + r.err());
            assertTrue(r.err().contains(why), name + ": " + r.err());
            assertEquals(1, r.err().lines().count(), name + ": one line, no stack trace: " + r.err());
            Snapshot.of(file).assertSameAs(before, name);
        }
        assertFalse(Files.exists(scratch), "nothing was exported or frozen");
    }

    private static void sqlite(Path file, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private Path copyOfTheLog(String name) throws IOException {
        Path copy = logs.resolve(name);
        Files.copy(log, copy);
        return copy;
    }

    @Test
    void aZeroByteFileIsRefusedByEveryReadCommandAndKeepsItsBytesAndModificationTime() throws IOException {
        Path empty = Files.createFile(logs.resolve("empty.db"));
        assertEveryReaderRefuses(empty, "is not a decision log: the file is empty (0 bytes)");
        assertEquals(0, Files.size(empty), "no schema was written into it");
    }

    @Test
    void aFileOfRandomBytesIsRefusedAsNotASQLiteDatabase() throws IOException {
        byte[] noise = new byte[8192];
        new Random(12).nextBytes(noise);
        Path file = Files.write(logs.resolve("noise.db"), noise);
        assertEveryReaderRefuses(file, "is not a decision log: it is not a SQLite database, or it is damaged");
    }

    @Test
    void aShortTextFileIsRefusedAsNotASQLiteDatabase() throws IOException {
        Path file = Files.writeString(logs.resolve("notes.db"), "not a database\n");
        assertEveryReaderRefuses(file, "is not a decision log: it is not a SQLite database, or it is damaged");
    }

    @Test
    void anUnrelatedSQLiteDatabaseIsRefusedAndUnchanged() throws IOException {
        Path other = logs.resolve("patients.db");
        sqlite(
                other,
                "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO patients VALUES (1, 'Ana')");
        assertEveryReaderRefuses(other, "is not a decision log: the database has none of the log's tables");
    }

    @Test
    void aSQLiteDatabaseWithoutTablesIsRefused() throws IOException {
        Path blank = logs.resolve("blank.db");
        sqlite(blank, "PRAGMA user_version = 7");
        assertTrue(Files.size(blank) > 0, "a SQLite header and nothing else");
        assertEveryReaderRefuses(blank, "is not a decision log: the database has no tables");
    }

    @Test
    void aLogMissingSomeOfItsTablesIsRefusedNamingThem() throws IOException {
        Path cut = copyOfTheLog("cut.db");
        sqlite(cut, "DROP TABLE content", "DROP TABLE rule_file");
        assertEveryReaderRefuses(cut, "is not a decision log: the database lacks the tables content, rule_file");
    }

    @Test
    void aLogOfANewerSchemaVersionIsRefusedNamingBothVersions() throws IOException {
        Path newer = copyOfTheLog("newer.db");
        sqlite(
                newer,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
        assertEveryReaderRefuses(newer, "has schema version 99, newer than this elige knows (");
    }

    @Test
    void aMissingPathIsRefusedAndNotCreated() throws IOException {
        Path missing = logs.resolve("none.db");
        Path inMissingFolder = logs.resolve("no-such-folder/elige.db");
        for (String db : new String[] {
            missing.toString(),
            inMissingFolder.toString(),
            "jdbc:sqlite:" + missing,
            "jdbc:sqlite:file:" + missing + "?mode=rwc"
        }) {
            for (String[] command : readCommands(db, dir.resolve("scratch"))) {
                String name = String.join(" ", command);
                Cli r = Cli.run(command);
                assertEquals(Main.LOG_FAILED, r.code(), name + "\n" + r.out() + r.err());
                assertTrue(
                        r.err()
                                .startsWith(
                                        db.endsWith("rwc")
                                                ? "elige: cannot read jdbc:sqlite:file:" + missing
                                                        + ": its URL asks to open it for writing"
                                                : "elige: no decision log at " + db.replace("?mode=rwc", "")),
                        name + ": " + r.err());
                assertFalse(Files.exists(missing), name + " created " + missing);
                assertFalse(Files.exists(inMissingFolder.getParent()), name + " created a folder");
            }
        }
        try (Stream<Path> left = Files.list(logs)) {
            assertEquals(List.of(), left.toList(), "nothing was created");
        }
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(logs.resolve("logs"));
        for (String[] command : readCommands(folder.toString(), dir.resolve("scratch"))) {
            Cli r = Cli.run(command);
            assertEquals(Main.LOG_FAILED, r.code(), String.join(" ", command) + r.err());
            assertTrue(r.err().startsWith("elige: " + folder + " is not a decision log: it is a folder"), r.err());
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "nothing was created in it");
        }
    }

    @Test
    void aReadOnlyLogVerifiesReplaysAndLists() throws IOException {
        Path frozen = copyOfTheLog("frozen.db");
        Files.setLastModifiedTime(frozen, PAST);
        Files.setPosixFilePermissions(frozen, PosixFilePermissions.fromString("r--r--r--"));
        Snapshot before = Snapshot.of(frozen);
        assertReadsWork(frozen.toString());
        Snapshot.of(frozen).assertSameAs(before, "every read command");
        Cli url = Cli.run("audit", "verify", "--db", "jdbc:sqlite:file:" + frozen + "?mode=ro");
        assertEquals(Main.OK, url.code(), url.err());
    }

    @Test
    void aNormalLogStillVerifiesReplaysAndListsAfterRecordingAndReadingLeavesItUnchanged() throws IOException {
        Path normal = copyOfTheLog("normal.db");
        Path line = Files.writeString(
                logs.resolve("one.jsonl"),
                Json.WRITER.writeValueAsString(Json.READER.readTree(Files.readString(Path.of(SAMPLE)))) + "\n");
        Cli more = Cli.run(
                "batch",
                line.toString(),
                "--record",
                "--db",
                normal.toString(),
                "-o",
                dir.resolve("out.jsonl").toString());
        assertEquals(Main.OK, more.code(), more.err());
        Files.setLastModifiedTime(normal, PAST);
        Snapshot before = Snapshot.of(normal);
        Cli verify = assertReadsWork(normal.toString());
        assertTrue(verify.out().contains(": intact · 2 records · head 2:"), verify.out());
        Snapshot.of(normal).assertSameAs(before, "every read command");
    }

    /** Verify, batches, list, export, replay and from-log all succeed on {@code db}; returns verify's output. */
    private Cli assertReadsWork(String db) {
        List<Cli> runs = new ArrayList<>();
        for (String[] command : readCommands(db, dir.resolve("scratch-" + Math.abs(db.hashCode())))) {
            Cli r = Cli.run(command);
            assertEquals(Main.OK, r.code(), String.join(" ", command) + "\n" + r.out() + r.err());
            runs.add(r);
        }
        assertTrue(
                runs.get(0).out().contains(": rule sets named by the records: 1, each stored intact"),
                runs.get(0).out());
        assertTrue(runs.get(2).out().contains(ruleSet), runs.get(2).out());
        assertTrue(
                runs.get(4).out().contains(" 0 diferentes"),
                "replayed identical: " + runs.get(4).out());
        return runs.get(0);
    }

    @Test
    void aLogLeftMidWriteIsRefusedByReadersUntilTheNextRecordingRollsItBack() throws Exception {
        Path crashed = copyOfTheLog("crashed.db");
        Path journal = Path.of(crashed + "-journal");
        Path live = copyOfTheLog("live.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = 1");
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE decision_log SET input_json = input_json || ' '");
            s.executeUpdate("UPDATE content SET text = text || ' '");
            Files.copy(live, crashed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of(live + "-journal"), journal);
            c.rollback();
        }
        assertEveryReaderRefuses(
                crashed, "was left in the middle of a write (" + journal.getFileName() + " is beside it)");
        assertTrue(Files.exists(journal), "the readers did not roll it back");
        Cli record = Cli.run("evaluate", SAMPLE, "--record", "--db", crashed.toString());
        assertEquals(Main.OK, record.code(), record.err());
        assertFalse(Files.exists(journal), "recording rolled the unfinished write back");
        Cli verify = Cli.run("audit", "verify", "--db", crashed.toString());
        assertEquals(Main.OK, verify.code(), verify.out() + verify.err());
        assertTrue(verify.out().contains(": intact · 2 records"), verify.out());
    }

    @Test
    void recordingCreatesALogInAZeroByteFileButRefusesAnUnrelatedDatabaseAndANewerLog() throws IOException {
        Path empty = Files.createFile(logs.resolve("empty.db"));
        Cli created = Cli.run("evaluate", SAMPLE, "--record", "--db", empty.toString());
        assertEquals(Main.OK, created.code(), created.err());
        assertTrue(Cli.run("audit", "verify", "--db", empty.toString()).out().contains(": intact · 1 record · "));

        Path other = logs.resolve("patients.db");
        sqlite(other, "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)");
        Files.setLastModifiedTime(other, PAST);
        Snapshot before = Snapshot.of(other);
        Cli refused = Cli.run("evaluate", SAMPLE, "--record", "--db", other.toString());
        assertEquals(Main.LOG_FAILED, refused.code(), refused.err());
        assertEquals("", refused.out(), "nothing printed");
        assertTrue(
                refused.err()
                        .startsWith("elige: " + other
                                + " is not a decision log: the database has none of the log's tables"),
                refused.err());
        Snapshot.of(other).assertSameAs(before, "evaluate --record");

        Path newer = copyOfTheLog("newer.db");
        sqlite(
                newer,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
        Cli old = Cli.run("evaluate", SAMPLE, "--record", "--db", newer.toString());
        assertEquals(Main.LOG_FAILED, old.code(), old.err());
        assertTrue(
                old.err().startsWith("elige: " + newer + " has schema version 99, newer than this elige knows ("),
                old.err());
        assertEquals(1, count(newer), "this elige appended nothing to a newer log");
    }

    private static long count(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM decision_log")) {
            return r.next() ? r.getLong(1) : -1;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
