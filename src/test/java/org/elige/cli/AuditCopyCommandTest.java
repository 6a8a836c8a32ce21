package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit copy} on logs recorded by {@code evaluate --record}: the copy verifies to the same
 * head and replays; copying again adds nothing; a copy that stopped is finished; a broken source,
 * an unrelated target, the source itself and a database that is no log are refused.
 */
class AuditCopyCommandTest {
    private static final String SAMPLE = "examples/household.json";
    private static final Pattern HEAD = Pattern.compile("head (\\d+:[0-9a-f]{64})");

    @TempDir
    static Path dir;

    static String source;

    @BeforeAll
    static void recordThreeDecisions() {
        source = dir.resolve("source.db").toString();
        for (String max : List.of("29", "25", "21")) {
            Cli r = Cli.run("evaluate", SAMPLE, "--record", "--db", source, "--param", "jcf.age.max=" + max);
            assertEquals(Main.OK, r.code(), r.out() + r.err());
        }
    }

    private static Cli copy(String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("audit", "copy", "--from", from, "--to", to, "--lang", "en"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The head line {@code audit verify} prints for a log. */
    private static String head(String db) {
        Cli r = Cli.run("audit", "verify", "--db", db, "--lang", "en");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        Matcher m = HEAD.matcher(r.out());
        assertTrue(m.find(), r.out());
        return m.group(1);
    }

    @Test
    void theCopyVerifiesToTheSameHeadAndCopyingAgainAddsNothing() throws Exception {
        String target = dir.resolve("copy.db").toString();
        byte[] before = Files.readAllBytes(Path.of(source));
        Cli r = copy(source, target, "--progress");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Path.of(source))), "the source is only read");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        String head = head(source);
        assertEquals(head, head(target));
        assertTrue(
                r.out().contains("Copied 3 decisions and one new rule set from " + source + " to " + target), r.out());
        assertTrue(r.out().contains("Both heads are equal: " + source + " and " + target + " end at " + head), r.out());
        assertTrue(r.err().contains("Verifying the hash chain of the copy in " + target), r.err());
        assertEquals(rows(source), rows(target), "every column as stored");

        Cli again = copy(source, target);
        assertEquals(Main.OK, again.code(), again.out() + again.err());
        assertTrue(
                again.out().contains(target + " already holds all 3 decisions of " + source + ": nothing new to copy"),
                again.out());
        assertEquals(head, head(target));
        assertEquals(3, rows(target).size());

        Cli es = Cli.run("audit", "copy", "--from", source, "--to", target);
        assertTrue(
                es.out().contains("ya contiene las 3 decisiones de " + source + ": no hay nada nuevo que copiar"),
                es.out());
        assertTrue(es.out().contains("Los últimos registros son iguales"), es.out());
    }

    @Test
    void theCopyReplaysUnderTheRuleSetsThatCameAlong() {
        String target = dir.resolve("replayed.db").toString();
        assertEquals(Main.OK, copy(source, target).code());
        Cli r = Cli.run("replay", "--log", "--db", target, "--lang", "en");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("3 decisions replayed: 3 identical"), r.out());
    }

    @Test
    void aCopyThatStoppedIsFinished() throws SQLException {
        String target = dir.resolve("stopped.db").toString();
        assertEquals(Main.OK, copy(source, target).code());
        sql(target, "DELETE FROM decision_log WHERE seq > 1");
        Cli r = copy(source, target);
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(target + " already held the first decision of " + source), r.out());
        assertTrue(r.out().contains("Copied 2 decisions and no new rule set"), r.out());
        assertEquals(head(source), head(target));
        assertEquals(rows(source), rows(target));
    }

    @Test
    void aBrokenSourceIsRefusedNamingItsRecordAndNothingIsWritten() throws Exception {
        String tampered = dir.resolve("tampered.db").toString();
        Files.copy(Path.of(source), Path.of(tampered));
        sql(tampered, "UPDATE decision_log SET decided_at = '2020-01-01T00:00:00Z' WHERE seq = 2");
        String id = rows(tampered).get(1).split("\\|")[1];
        Path target = dir.resolve("never.db");
        Cli r = copy(tampered, target.toString());
        assertEquals(Main.LOG_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(tampered + "'s hash chain is broken, so nothing was copied to " + target), r.err());
        assertTrue(r.err().contains("FAILED at record 2 (decision " + id + "): "), r.err());
        assertTrue(r.err().contains("the record was altered"), r.err());
        assertFalse(Files.exists(target), "no file was created");

        Cli es = Cli.run("audit", "copy", "--from", tampered, "--to", target.toString());
        assertTrue(es.err().contains("está rota, así que no se copió nada"), es.err());
    }

    @Test
    void aTargetHoldingAnotherLogIsRefused() throws SQLException {
        String other = dir.resolve("other.db").toString();
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    Main.OK,
                    Cli.run("evaluate", SAMPLE, "--record", "--db", other).code());
        }
        List<String> before = rows(other);
        Cli r = copy(source, other);
        assertEquals(Main.LOG_FAILED, r.code(), r.out() + r.err());
        assertTrue(
                r.err()
                        .contains(other + " already holds 2 decisions that are not the beginning of " + source
                                + "'s log"),
                r.err());
        assertEquals(before, rows(other));
    }

    @Test
    void theSourceItselfADatabaseThatIsNoLogAndAMissingSourceAreRefused() throws SQLException {
        Cli same = copy(source, "jdbc:sqlite:" + source);
        assertEquals(Main.LOG_FAILED, same.code());
        assertTrue(same.err().contains("are the same database (" + source + ")"), same.err());

        String foreign = dir.resolve("foreign.db").toString();
        sql(foreign, "CREATE TABLE customer (id INTEGER)");
        Cli notALog = copy(source, foreign);
        assertEquals(Main.LOG_FAILED, notALog.code());
        assertTrue(notALog.err().contains(foreign + " is not a decision log"), notALog.err());

        Cli missing =
                copy(dir.resolve("missing.db").toString(), dir.resolve("x.db").toString());
        assertEquals(Main.LOG_FAILED, missing.code());
        assertTrue(missing.err().contains("no decision log at"), missing.err());
        assertFalse(Files.exists(dir.resolve("x.db")));

        Cli usage = Cli.run("audit");
        assertTrue(usage.err().contains("verify, batches, copy, keygen or sign"), usage.err());
    }

    private static void sql(String db, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Every column of every record, in chain order, joined with |. */
    private static List<String> rows(String db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM decision_log ORDER BY seq")) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
