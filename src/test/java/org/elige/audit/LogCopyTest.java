package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log of more records than one page copied page by page, as stored; a copy that stopped taken up
 * where it was; a writer appending to the target during the copy stops it; signed checkpoints come
 * along where both logs have the table.
 */
class LogCopyTest {
    private static final int RECORDS = LogCopy.PAGE * 2 + 7;

    @TempDir
    static Path dir;

    static Path source;

    @BeforeAll
    static void recordMoreThanTwoPages() {
        source = dir.resolve("source.db");
        RuleSet rules = TestRules.shipped();
        Entry entry = Logs.entry(rules, LocalDate.parse("2025-10-01"), Map.of());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            entries.add(numbered(entry, i));
        }
        try (DecisionLog log = new DecisionLog(Database.open(source.toString(), true))) {
            log.append(rules, entries);
        }
    }

    /** The entry under a decision id of its own, hashed again. */
    private static Entry numbered(Entry e, int i) {
        Entry n = new Entry(
                String.format("01TEST%020d", i),
                e.decidedAt(),
                e.evaluationDate(),
                e.householdId(),
                e.inputSha256(),
                e.inputJson(),
                e.ruleSetId(),
                e.parameterOverrides(),
                e.engineVersion(),
                e.decisionJson(),
                e.batchId(),
                e.batchLine(),
                null);
        return n.withContentHash(n.computedHash());
    }

    private static LogCopy.Copied copy(Path from, Path to, java.util.function.LongConsumer copied) {
        try (Database src = Database.open(from.toString(), false);
                Database dst = Database.open(to.toString(), true)) {
            return LogCopy.copy(src, Verifier.verify(src, 0, null), dst, Verifier.verify(dst, 0, null), copied);
        }
    }

    @Test
    void everyRecordIsCopiedAsStoredPageByPage() {
        Path target = dir.resolve("all.db");
        List<Long> pages = new ArrayList<>();
        LogCopy.Copied copied = copy(source, target, pages::add);
        assertEquals(new LogCopy.Copied(0, RECORDS, 1, 0), copied);
        assertEquals(List.of((long) LogCopy.PAGE, 2L * LogCopy.PAGE, (long) RECORDS), pages);
        assertEquals(Logs.rows(source), Logs.rows(target));
        assertEquals(Logs.verify(source), Logs.verify(target));
    }

    @Test
    void aCopyThatStoppedIsTakenUpWhereItWas() {
        Path target = dir.resolve("stopped.db");
        copy(source, target, n -> {});
        Logs.tamper(target, "DELETE FROM decision_log WHERE seq > 700");
        LogCopy.Copied copied = copy(source, target, n -> {});
        assertEquals(new LogCopy.Copied(700, RECORDS - 700, 0, 0), copied);
        assertEquals(Logs.rows(source), Logs.rows(target));
    }

    @Test
    void aWriterAppendingToTheTargetMeanwhileStopsTheCopy() {
        Path target = dir.resolve("raced.db");
        RuleSet rules = TestRules.shipped();
        LogCopy.Refused e = assertThrows(
                LogCopy.Refused.class,
                () -> copy(source, target, n -> {
                    try (DecisionLog other = new DecisionLog(Database.open(target.toString(), true))) {
                        other.append(rules, List.of(Logs.entry(rules, LocalDate.parse("2026-01-01"), Map.of())));
                    }
                }));
        assertTrue(
                e.reason().en().contains("Another writer appended to " + target),
                e.reason().en());
        assertEquals(LogCopy.PAGE + 1, Logs.rows(target).size(), "the first page and the other writer's record stay");
    }

    @Test
    void aTargetAheadOfTheSourceIsRefusedAsSuch() {
        Path behind = dir.resolve("behind.db");
        Path ahead = dir.resolve("ahead.db");
        copy(source, behind, n -> {});
        copy(source, ahead, n -> {});
        Logs.tamper(behind, "DELETE FROM decision_log WHERE seq > 3");
        LogCopy.Refused e = assertThrows(LogCopy.Refused.class, () -> copy(behind, ahead, n -> {}));
        assertEquals(
                ahead + " already holds " + String.format("%,d", RECORDS) + " decisions, and the 3 decisions of "
                        + behind + " are only its beginning: it is ahead of " + behind
                        + " (were --from and --to swapped?)",
                e.reason().en());
    }

    @Test
    void checkpointsComeAlongAsStored() throws SQLException {
        Path from = dir.resolve("signed.db");
        Path to = dir.resolve("signed-copy.db");
        copy(source, from, n -> {});
        Logs.tamper(
                from,
                "INSERT INTO checkpoint VALUES (500, 1, '" + "a".repeat(64)
                        + "', 'k1', '2026-01-01T00:00:00Z', 'sig1')",
                "INSERT INTO checkpoint VALUES (1000, 501, '" + "b".repeat(64)
                        + "', 'k1', '2026-01-02T00:00:00Z', 'sig2')");
        Database.open(to.toString(), true).close();
        assertEquals(new LogCopy.Copied(0, RECORDS, 1, 2), copy(from, to, n -> {}));
        assertEquals(checkpoints(from), checkpoints(to));
        assertEquals(new LogCopy.Copied(RECORDS, 0, 0, 0), copy(from, to, n -> {}), "copied once");
    }

    private static List<String> checkpoints(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM checkpoint ORDER BY last_seq")) {
            while (r.next()) {
                rows.add(r.getLong(1) + " " + r.getLong(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                        + r.getString(5) + " " + r.getString(6));
            }
        }
        return rows;
    }

    @Test
    void theSameFileIsTheSameDatabaseHoweverItIsWritten() {
        String file = source.toString();
        assertTrue(same(file, "jdbc:sqlite:" + file));
        assertTrue(same(file, "jdbc:sqlite:file:" + file + "?mode=ro"));
        assertTrue(same(file, source.getParent().resolve("x/../source.db").toString()));
        assertTrue(!same(file, dir.resolve("other.db").toString()));
        assertTrue(same("jdbc:postgresql://h/db?user=a", "postgresql://h/db"));
        assertTrue(same("postgres://a@h/db", "postgresql://h/db?user=b"));
        assertTrue(!same("postgresql://h/db", "postgresql://h/other"));
        assertTrue(!same("jdbc:postgresql://h/db", file));
    }

    private static boolean same(String a, String b) {
        return LogCopy.same(LogLocation.of(a), LogLocation.of(b));
    }
}
