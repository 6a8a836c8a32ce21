package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.elige.TestRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log on a real PostgreSQL server: the same chain as on SQLite, several writers, and every fault in words. */
class PostgresLogTest {
    private Postgres pg;
    private String url;

    @BeforeEach
    void server() {
        pg = Postgres.server();
        url = pg.newDatabase();
    }

    private Database open(boolean create) {
        return Database.open(pg.location(url), create);
    }

    private static Entry entry(int day) {
        return Logs.entry(TestRules.shipped(), LocalDate.parse("2025-10-01").plusDays(day), Map.of());
    }

    @Test
    void aLogOnPostgresqlRecordsVerifiesAndReadsBackAsOnSqlite() {
        try (DecisionLog log = new DecisionLog(open(true))) {
            log.append(TestRules.shipped(), List.of(entry(0), entry(1)));
            log.append(TestRules.shipped(), List.of(entry(2)));
        }
        try (Database d = open(false)) {
            Verification v = Verifier.verify(d, 0, null);
            assertTrue(v.intact(), String.valueOf(v.problem()));
            assertEquals(3, v.records());
            assertEquals(1, Verifier.snapshots(d).ruleSets());
            assertNull(Verifier.snapshots(d).problem());
            List<Row> rows = new ArrayList<>();
            new LogReader(d).forEach(null, null, rows::add);
            assertEquals(List.of(1L, 2L, 3L), rows.stream().map(Row::seq).toList());
            assertEquals(
                    TestRules.shipped().id(),
                    new RuleSetArchive(d).rebuild(TestRules.shipped().id()).id());
        }
    }

    private static void assertNull(Object o) {
        assertEquals(null, o);
    }

    @Test
    void readingNeverWritesAndAnEmptyDatabaseIsNoLog() {
        LogException empty = assertThrows(LogException.class, () -> open(false).close());
        assertEquals(
                pg.location(url).shown() + " is not a decision log: the database has none of the log's tables",
                empty.getMessage());
        open(true).close();
        try (Database d = open(false)) {
            LogException refused = assertThrows(
                    LogException.class,
                    () -> d.write("record in", DecisionLog.TABLE, c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("DELETE FROM decision_log");
                        }
                        return null;
                    }));
            assertTrue(refused.getMessage().contains("the database is read-only"), refused.getMessage());
        }
    }

    @Test
    void writersStartingTogetherMigrateOnceAndAppendToOneChain() throws Exception {
        int writers = 4;
        int each = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                try (DecisionLog log = new DecisionLog(open(true))) {
                    for (int i = 0; i < each; i++) {
                        log.append(TestRules.shipped(), List.of(entry(writer), entry(i)));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        try (Database d = open(false)) {
            Verification v = Verifier.verify(d, 0, null);
            assertTrue(v.intact(), String.valueOf(v.problem()));
            assertEquals(writers * each * 2, v.records());
            assertEquals(Migrations.scripts().size(), count(d, "SELECT COUNT(*) FROM schema_version"));
        }
    }

    @Test
    void aConnectionLostMidTransactionWritesNothingAndTheNextWriteSucceeds() throws Exception {
        try (DecisionLog log = new DecisionLog(open(true))) {
            log.append(TestRules.shipped(), List.of(entry(0)));
            LogException lost = assertThrows(
                    LogException.class,
                    () -> log.database().write("record in", DecisionLog.TABLE, c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("INSERT INTO content (sha256, text) VALUES ('" + "a".repeat(64) + "', 'half')");
                        }
                        try (Connection admin = pg.connect(Postgres.database(url));
                                Statement kill = admin.createStatement()) {
                            kill.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    + "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                    + "AND application_name = 'elige'");
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1");
                        }
                        return null;
                    }));
            assertTrue(lost.getMessage().contains("the connection to the database server was lost"), lost.getMessage());
            assertNotNull(lost.reason());
            log.append(TestRules.shipped(), List.of(entry(1)));
        }
        try (Database d = open(false)) {
            assertEquals(0, count(d, "SELECT COUNT(*) FROM content WHERE text = 'half'"));
            assertTrue(Verifier.verify(d, 0, null).intact());
            assertEquals(2, count(d, "SELECT COUNT(*) FROM decision_log"));
        }
    }

    @Test
    void aFullDiskOnTheServerFailsTheWriteInWordsAndLeavesNoHalfRecord() throws Exception {
        java.nio.file.Path small = java.nio.file.Files.createTempDirectory("elige-full-disk");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", small.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(mount.getInputStream().readAllBytes()).trim();
        if (mount.waitFor() != 0) {
            java.nio.file.Files.delete(small);
            org.junit.jupiter.api.Assumptions.abort(
                    "a full disk needs a small file system, and mounting one here failed (it needs root): " + said);
        }
        String tablespace = "full_" + Postgres.database(url);
        try {
            if (pg.owner() != null) {
                java.nio.file.Files.setOwner(
                        small,
                        small.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(pg.owner()));
            }
            open(true).close();
            try (Connection c = pg.connect(Postgres.database(url));
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLESPACE " + tablespace + " LOCATION '" + small + "'");
                s.execute("ALTER TABLE decision_log SET TABLESPACE " + tablespace);
            }
            int recorded = 0;
            LogException full = null;
            try (DecisionLog log = new DecisionLog(open(true))) {
                for (int i = 0; i < 400 && full == null; i++) {
                    try {
                        log.append(TestRules.shipped(), List.of(entry(i % 300)));
                        recorded++;
                    } catch (LogException e) {
                        full = e;
                    }
                }
            }
            assertNotNull(full, "1 MB filled up");
            assertEquals(
                    "cannot record in " + pg.location(url).shown() + ": the disk or the database is full",
                    full.getMessage());
            try (Database d = open(false)) {
                Verification v = Verifier.verify(d, 0, null);
                assertTrue(v.intact(), String.valueOf(v.problem()));
                assertEquals(recorded, v.records(), "every append that answered is there, and nothing else");
            }
        } finally {
            try (Connection c = pg.connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + Postgres.database(url) + " WITH (FORCE)");
                s.execute("DROP TABLESPACE IF EXISTS " + tablespace);
            }
            new ProcessBuilder("umount", small.toString()).start().waitFor();
            java.nio.file.Files.deleteIfExists(small);
        }
    }

    @Test
    void aLogOfANewerSchemaIsRefusedAndLeftAlone() throws Exception {
        open(true).close();
        try (Connection c = pg.connect(Postgres.database(url));
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 'x')");
        }
        for (boolean create : new boolean[] {true, false}) {
            LogException newer =
                    assertThrows(LogException.class, () -> open(create).close());
            assertTrue(
                    newer.getMessage().contains("has schema version 99, newer than this elige knows"),
                    newer.getMessage());
        }
    }

    @Test
    void aFailedMigrationLeavesNoHalfSchema() throws Exception {
        try (Connection c = pg.connect(Postgres.database(url));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rule_set (clash INTEGER)");
        }
        assertThrows(LogException.class, () -> open(true).close());
        try (Connection c = pg.connect(Postgres.database(url));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                        + "'public' AND table_name IN ('schema_version', 'decision_log', 'content', 'rule_file')")) {
            r.next();
            assertEquals(0, r.getInt(1), "nothing of the schema was left behind");
        }
    }

    @Test
    void aWrongPasswordAnUnreachableServerAndAMissingDatabaseAreSaidInWords() throws Exception {
        java.nio.file.Path wrong = java.nio.file.Files.createTempFile("elige-wrong", ".pw");
        java.nio.file.Files.writeString(wrong, "not-the-password\n");
        java.nio.file.Files.setPosixFilePermissions(
                wrong, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        LogException password = assertThrows(
                LogException.class,
                () -> Database.open(LogLocation.of(url, Credentials.fromFile(wrong)), true)
                        .close());
        assertEquals(
                "cannot open " + pg.location(url).shown() + ": the server did not accept the user name or password",
                password.getMessage());
        assertFalse(password.getMessage().contains("not-the-password"));
        java.nio.file.Files.delete(wrong);

        String closed = "postgresql://127.0.0.1:1/elige?user=elige";
        LogException unreachable = assertThrows(
                LogException.class,
                () -> Database.open(LogLocation.of(closed), true).close());
        assertTrue(
                unreachable
                        .getMessage()
                        .startsWith(
                                "cannot open postgresql://127.0.0.1:1/elige: the database server cannot be reached"),
                unreachable.getMessage());

        LogException missing = assertThrows(
                LogException.class,
                () -> Database.open(pg.location(pg.url("no_such_db")), false).close());
        assertTrue(missing.getMessage().endsWith("the server has no database of that name"), missing.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsRefusedBeforeAnythingIsTried() {
        for (String bad : List.of(
                "postgresql://elige:secret@127.0.0.1/elige",
                "postgresql://127.0.0.1/elige?user=elige&password=secret")) {
            LogException e = assertThrows(LogException.class, () -> LogLocation.of(bad));
            assertTrue(e.getMessage().startsWith("the database URL must not carry a password"), e.getMessage());
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
        assertEquals(
                "postgresql://db.example:5433/elige",
                LogLocation.of("postgres://clerk@db.example:5433/elige?sslmode=require")
                        .shown());
        assertEquals(
                "clerk",
                LogLocation.of("postgres://clerk@db.example:5433/elige").user());
    }

    private static long count(Database d, String sql) {
        return d.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
