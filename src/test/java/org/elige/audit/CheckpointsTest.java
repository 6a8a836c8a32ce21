package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints that are signed right but say something the log does not. */
class CheckpointsTest {
    @TempDir
    Path dir;

    private Signer signer;
    private Map<String, PublicKey> keys;
    private Path db;

    private void signedLog(int n) throws Exception {
        Keys.Written w = Keys.generate(dir.resolve("office.key"));
        signer = Keys.signer(w.privateKey());
        keys = Map.of(w.keyId(), Keys.publicKey(w.publicKey()));
        db = dir.resolve("elige.db");
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true), signer)) {
            for (int i = 0; i < n; i++) {
                log.append(
                        TestRules.shipped(),
                        List.of(Logs.entry(
                                TestRules.shipped(),
                                java.time.LocalDate.parse("2025-10-01").plusDays(i),
                                Map.of())));
            }
        }
    }

    private Checkpoints.Report check() {
        try (Database d = Database.open(db.toString(), false)) {
            return Checkpoints.verify(d, Verifier.verify(d, 0, null).headSeq(), keys);
        }
    }

    /** Replaces checkpoint {@code last} by one signed with the office's key over what is given. */
    private void resign(long last, long first, long to, String head) {
        Checkpoint cp = Checkpoint.sign(signer, first, to, head);
        Logs.tamper(
                db,
                "DELETE FROM checkpoint WHERE last_seq = " + last,
                "INSERT INTO checkpoint (" + Checkpoint.COLUMNS + ") VALUES (" + cp.lastSeq() + ", " + cp.firstSeq()
                        + ", '" + cp.headHash() + "', '" + cp.keyId() + "', '" + cp.signedAt() + "', '"
                        + cp.signature() + "')");
    }

    @Test
    void everyRecordIsSignedByItsOwnAppend() throws Exception {
        signedLog(3);
        Checkpoints.Report r = check();
        assertTrue(r.intact(), String.valueOf(r.problem()));
        assertEquals(3, r.checkpoints());
        assertEquals(3, r.signedTo());
        assertEquals(0, r.unsigned());
    }

    @Test
    void aSignedHeadHashThatIsNotTheRecordsFails() throws Exception {
        signedLog(3);
        resign(2, 2, 2, "f".repeat(64));
        Checkpoints.Report r = check();
        assertEquals(
                "the checkpoint of records 2 to 2 fails: its head hash is not the record hash of record 2: "
                        + "the checkpoint or the record was altered",
                r.problem().en());
    }

    @Test
    void overlappingRangesFail() throws Exception {
        signedLog(3);
        resign(3, 2, 3, Logs.rows(db).get(2).recordHash());
        assertTrue(
                check().problem()
                        .en()
                        .contains("records 2 to 3 fails: it overlaps the checkpoint before it, which ends at record 2"),
                check().problem().en());
    }

    @Test
    void aCheckpointLeftBehindWhenTheEndWasRemovedFails() throws Exception {
        signedLog(3);
        Logs.tamper(db, "DELETE FROM decision_log WHERE seq = 3");
        assertTrue(
                check().problem().en().contains("record 3 is not in the log: records were removed from the end"),
                String.valueOf(check().problem()));
    }
}
