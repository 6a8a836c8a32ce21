package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.audit.Database;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.audit.Hashes;
import org.elige.audit.Keys;
import org.elige.audit.Signer;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office signs what it appends: a record someone appends without the key, hashes and all, is
 * caught once a signed append follows it, and reported as unverified while it is the last.
 */
class SignedCheckpointsTest {
    private static final String SAMPLE = "examples/household.json";

    @TempDir
    Path dir;

    private Path key(String name) {
        Cli r = Cli.run("audit", "keygen", "--out", dir.resolve(name).toString(), "--lang", "en");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        return dir.resolve(name);
    }

    private static Entry entry(LocalDate asOf) throws Exception {
        RuleSet rules = TestRules.shipped();
        Input input = HouseholdReader.read(Files.readAllBytes(Path.of(SAMPLE)), rules.enrollable(), asOf);
        return Entry.of(input, Evaluator.evaluate(rules, input, rules.parameters()), Map.of(), null, null);
    }

    /** {@code n} appends, one record each, signed with {@code key} (none when null). */
    private static void append(String db, Path key, int n) throws Exception {
        Signer signer = key == null ? null : Keys.signer(key);
        try (DecisionLog log = new DecisionLog(Database.open(db, true), signer)) {
            for (int i = 0; i < n; i++) {
                log.append(
                        TestRules.shipped(),
                        List.of(entry(LocalDate.parse("2025-10-01").plusDays(i))));
            }
        }
    }

    /** Appends a record as someone with write access but no key would: chain hashes right, no checkpoint. */
    private static String forge(String db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return forge(c);
        }
    }

    /** The same on a connection to any database that holds a log. */
    static String forge(Connection c) throws Exception {
        Entry e = entry(LocalDate.parse("2025-12-24"));
        {
            long seq;
            String prev;
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery("SELECT seq, record_hash FROM decision_log ORDER BY seq DESC LIMIT 1")) {
                r.next();
                seq = r.getLong(1) + 1;
                prev = r.getString(2);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO decision_log (seq, decision_id, decided_at, "
                    + "evaluation_date, household_id, input_sha256, input_json, rule_set_id, parameter_overrides, "
                    + "engine_version, decision_json, batch_id, batch_line, content_hash, prev_hash, record_hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)")) {
                p.setLong(1, seq);
                p.setString(2, e.decisionId());
                p.setString(3, e.decidedAt());
                p.setString(4, e.evaluationDate());
                p.setString(5, e.householdId());
                p.setString(6, e.inputSha256());
                p.setString(7, e.inputJson());
                p.setString(8, e.ruleSetId());
                p.setString(9, e.parameterOverrides());
                p.setString(10, e.engineVersion());
                p.setString(11, e.decisionJson());
                p.setString(12, e.contentHash());
                p.setString(13, prev);
                p.setString(14, Hashes.record(seq, prev, e.contentHash()));
                p.executeUpdate();
            }
        }
        return e.decisionId();
    }

    private static void sql(String db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }

    private static Cli verify(String db, Path... keys) {
        List<String> args = new java.util.ArrayList<>(List.of("audit", "verify", "--db", db, "--lang", "en"));
        for (Path k : keys) {
            args.add("--public-key");
            args.add(Keys.publicFile(k).toString());
        }
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void keygenWritesAnOwnerOnlyKeyAndItsPublicKeyAndNeverOverwrites() throws Exception {
        Path key = key("office.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(Keys.publicFile(key)).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        String before = Files.readString(key);
        Cli again = Cli.run("audit", "keygen", "--out", key.toString(), "--lang", "en");
        assertEquals(Main.USAGE, again.code());
        assertTrue(again.err().contains(key + " already exists: a key is never overwritten"), again.err());
        assertEquals(before, Files.readString(key), "the key is as it was");
        Cli es = Cli.run("audit", "keygen", "--out", key.toString());
        assertTrue(es.err().contains("ya existe"), es.err());
        Cli nowhere = Cli.run(
                "audit", "keygen", "--out", dir.resolve("no/such/office.key").toString(), "--lang", "en");
        assertEquals(Main.USAGE, nowhere.code());
        assertTrue(nowhere.err().contains("its folder does not exist"), nowhere.err());
    }

    @Test
    void aKeyOthersCanReadIsRefusedAndNothingIsRecorded() throws Exception {
        Path key = key("office.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));
        String db = dir.resolve("elige.db").toString();
        Cli r = Cli.run("evaluate", SAMPLE, "--record", "--db", db, "--signing-key", key.toString(), "--lang", "en");
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("can be read or written by others (rw-r-----): run chmod 600 " + key), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(Path.of(db)), "nothing was recorded");
        Cli pub = Cli.run(
                "evaluate",
                SAMPLE,
                "--record",
                "--db",
                db,
                "--signing-key",
                Keys.publicFile(key).toString());
        assertEquals(Main.USAGE, pub.code());
        assertTrue(
                pub.err().contains("no es una llave privada Ed25519 en PEM: contiene un bloque PEM de tipo PUBLIC KEY"),
                pub.err());
        Cli missing = Cli.run(
                "evaluate",
                SAMPLE,
                "--record",
                "--db",
                db,
                "--signing-key",
                dir.resolve("none").toString(),
                "--lang",
                "en");
        assertTrue(missing.err().contains("no signing key at "), missing.err());
    }

    @Test
    void aSignedLogVerifiesWithThePublicKeyAndTheKeyIsNeverShown() throws Exception {
        Path key = key("office.key");
        String secret = Files.readString(key)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .strip();
        byte[] der = java.util.Base64.getMimeDecoder().decode(secret);
        String seed = java.util.Base64.getEncoder()
                .encodeToString(java.util.Arrays.copyOfRange(der, der.length - 32, der.length));
        String db = dir.resolve("elige.db").toString();
        Cli keygen =
                Cli.run("audit", "keygen", "--out", dir.resolve("other.key").toString(), "--lang", "en");
        Cli first = Cli.run("evaluate", SAMPLE, "--record", "--db", db, "--signing-key", key.toString());
        assertEquals(Main.OK, first.code(), first.err());
        Cli second =
                Cli.run("evaluate", SAMPLE, "--record", "--db", db, "--signing-key", key.toString(), "--lang", "en");
        assertEquals(Main.OK, second.code(), second.err());
        Cli ok = verify(db, key);
        assertEquals(Main.OK, ok.code(), ok.out() + ok.err());
        assertTrue(
                ok.out().contains(": 2 checkpoints verified with the key given; the signatures cover records 1 to 2"),
                ok.out());
        assertFalse(ok.out().contains("unverified"), ok.out());
        Cli unchecked = Cli.run("audit", "verify", "--db", db, "--lang", "en");
        assertEquals(Main.OK, unchecked.code());
        assertTrue(unchecked.out().contains(": 2 checkpoints were not checked (pass --public-key)"), unchecked.out());
        Cli es = Cli.run(
                "audit",
                "verify",
                "--db",
                db,
                "--public-key",
                Keys.publicFile(key).toString());
        assertTrue(es.out().contains(": 2 puntos de control verificados con la llave dada"), es.out());
        for (Cli c : List.of(keygen, first, second, ok, unchecked, es)) {
            for (String s :
                    List.of(secret.replace("\n", ""), secret.lines().findFirst().orElseThrow(), seed)) {
                assertFalse(c.out().contains(s) || c.err().contains(s), "the key is shown:\n" + c.out() + c.err());
            }
        }
        assertFalse(Keys.signer(key).toString().contains(seed));
    }

    @Test
    void aRecordAppendedWithoutTheKeyIsCaughtOnceASignedAppendFollows() throws Exception {
        Path key = key("office.key");
        String db = dir.resolve("elige.db").toString();
        append(db, key, 2);
        String forged = forge(db);
        Cli tail = verify(db, key);
        assertEquals(Main.OK, tail.code(), "the chain is intact and the forged record is the last: " + tail.out());
        assertTrue(tail.out().contains(": 1 record after record 2 lacks a signature: unverified"), tail.out());
        append(db, key, 1);
        Cli caught = verify(db, key);
        assertEquals(Main.LOG_FAILED, caught.code(), caught.out());
        assertTrue(
                caught.out()
                        .contains("FAILED: record 3 (decision " + forged + ") was appended without the office's key"),
                caught.out());
        Cli es = Cli.run(
                "audit",
                "verify",
                "--db",
                db,
                "--public-key",
                Keys.publicFile(key).toString());
        assertTrue(
                es.out().contains("el registro 3 (decisión " + forged + ") se agregó sin la llave de la oficina"),
                es.out());
        assertEquals(Main.OK, Cli.run("audit", "verify", "--db", db).code(), "the chain alone cannot tell");
    }

    @Test
    void anOfficeAdoptsAKeyOnALogWrittenWithoutOneAndAnyLaterUnsignedAppendIsCaught() throws Exception {
        Path key = key("office.key");
        String db = dir.resolve("elige.db").toString();
        append(db, null, 3);
        Cli before = verify(db, key);
        assertTrue(before.out().contains("none of its 3 records is covered by a signature: unverified"), before.out());
        Cli sign = Cli.run("audit", "sign", "--db", db, "--signing-key", key.toString(), "--lang", "en");
        assertEquals(Main.OK, sign.code(), sign.out() + sign.err());
        assertTrue(sign.out().contains(": records 1 to 3 signed with key "), sign.out());
        Cli again = Cli.run("audit", "sign", "--db", db, "--signing-key", key.toString(), "--lang", "en");
        assertTrue(again.out().contains("nothing to sign: every record up to 3 is covered"), again.out());
        append(db, key, 2);
        Cli adopted = verify(db, key);
        assertEquals(Main.OK, adopted.code(), adopted.out());
        assertTrue(adopted.out().contains("the signatures cover records 1 to 5"), adopted.out());
        String forged = forge(db);
        append(db, key, 1);
        Cli caught = verify(db, key);
        assertEquals(Main.LOG_FAILED, caught.code(), caught.out());
        assertTrue(caught.out().contains("record 6 (decision " + forged + ") was appended without"), caught.out());
        Cli noKey = Cli.run("audit", "sign", "--db", db, "--lang", "en");
        assertEquals(Main.USAGE, noKey.code(), noKey.err());
        assertTrue(noKey.err().contains("needs the office's key"), noKey.err());
    }

    @Test
    void aCheckpointOfAnotherKeyFailsUnlessThatKeyIsGiven() throws Exception {
        Path office = key("office.key");
        Path other = key("other.key");
        String db = dir.resolve("elige.db").toString();
        append(db, office, 1);
        append(db, other, 1);
        Cli r = verify(db, office);
        assertEquals(Main.LOG_FAILED, r.code(), r.out());
        assertTrue(
                r.out()
                        .contains("the checkpoint of records 2 to 2 fails: it is signed with a key not given: "
                                + Keys.signer(other).keyId()),
                r.out());
        Cli rotated = verify(db, office, other);
        assertEquals(Main.OK, rotated.code(), rotated.out());
        assertTrue(rotated.out().contains("2 checkpoints verified with the 2 keys given"), rotated.out());
    }

    @Test
    void aSignatureByAnotherKeyOrAnAlteredHeadHashFails() throws Exception {
        Path office = key("office.key");
        Path other = key("other.key");
        String db = dir.resolve("elige.db").toString();
        append(db, office, 2);
        append(db, other, 1);
        sql(db, "CREATE TABLE saved AS SELECT * FROM checkpoint");
        sql(
                db,
                "UPDATE checkpoint SET signature = (SELECT signature FROM checkpoint WHERE last_seq = 3) WHERE last_seq = 1");
        Cli r = verify(db, office, other);
        assertEquals(Main.LOG_FAILED, r.code(), r.out());
        assertTrue(
                r.out().contains("the checkpoint of records 1 to 1 fails: its signature does not match its contents"),
                r.out());
        sql(
                db,
                "UPDATE checkpoint SET signature = (SELECT signature FROM saved WHERE last_seq = 1) WHERE last_seq = 1",
                "UPDATE checkpoint SET head_hash = '" + "0".repeat(64) + "' WHERE last_seq = 2");
        Cli head = verify(db, office, other);
        assertEquals(Main.LOG_FAILED, head.code(), head.out());
        assertTrue(
                head.out()
                        .contains("the checkpoint of records 2 to 2 fails: its signature does not match its contents"),
                head.out());
    }

    @Test
    void aLogOfSchemaVersion2WithoutCheckpointsStillVerifies() throws Exception {
        Path key = key("office.key");
        String db = dir.resolve("elige.db").toString();
        append(db, null, 2);
        sql(db, "DROP TABLE checkpoint", "DELETE FROM schema_version WHERE version = 3");
        Cli plain = Cli.run("audit", "verify", "--db", db, "--lang", "en");
        assertEquals(Main.OK, plain.code(), plain.out() + plain.err());
        assertFalse(plain.out().contains("checkpoint"), plain.out());
        Cli keyed = verify(db, key);
        assertEquals(Main.OK, keyed.code(), keyed.out() + keyed.err());
        assertTrue(keyed.out().contains("none of its 2 records is covered by a signature: unverified"), keyed.out());
    }

    @Test
    void aBatchSignsEachChunkWithTheKeyFromTheEnvironmentOrTheOption() throws Exception {
        Path key = key("office.key");
        String db = dir.resolve("elige.db").toString();
        String line = org.elige.input.Json.WRITER.writeValueAsString(
                org.elige.input.Json.READER.readTree(Files.readString(Path.of(SAMPLE))));
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, (line + "\n").repeat(3));
        Path childLog = dir.resolve("child.txt");
        Process child = Child.start(
                childLog,
                Map.of("ELIGE_SIGNING_KEY", key.toString()),
                "evaluate",
                SAMPLE,
                "--record",
                "--db",
                db,
                "--lang",
                "en");
        assertEquals(Main.OK, child.waitFor(), Files.readString(childLog));
        Cli r = Cli.run(
                "batch",
                in.toString(),
                "--record",
                "--db",
                db,
                "--signing-key",
                key.toString(),
                "-o",
                dir.resolve("out.jsonl").toString());
        assertEquals(Main.OK, r.code(), r.err());
        Cli ok = verify(db, key);
        assertEquals(Main.OK, ok.code(), ok.out());
        assertTrue(
                ok.out().contains("2 checkpoints verified with the key given; the signatures cover records 1 to 4"),
                ok.out());
        assertFalse(ok.out().contains("unverified"), ok.out());
    }
}
