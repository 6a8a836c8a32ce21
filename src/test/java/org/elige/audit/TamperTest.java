package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone edits the SQLite file behind elige's back; verification finds the first record touched. */
class TamperTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void fiveRecords() {
        db = dir.resolve("elige.db");
        Logs.record(db, 5);
        Verification v = Logs.verify(db);
        assertTrue(v.intact(), String.valueOf(v.problem()));
        assertEquals(5, v.records());
    }

    private Verification.Problem problem() {
        Verification v = Logs.verify(db);
        assertFalse(v.intact(), "verification should fail");
        return v.problem();
    }

    @Test
    void anUpdatedFieldIsCaughtAtItsRecord() {
        Logs.tamper(
                db,
                "UPDATE decision_log SET decision_json = REPLACE(decision_json, '\"NOT_ELIGIBLE\"', '\"ELIGIBLE\"') WHERE seq = 3");
        Verification.Problem p = problem();
        assertEquals(3, p.seq());
        assertTrue(p.what().contains("altered"), p.what());
        assertEquals(
                "su contenido ya no corresponde a su hash: el registro se alteró",
                p.reason().es());
        assertEquals(Logs.rows(db).get(2).entry().decisionId(), p.decisionId());
        tools.jackson.databind.JsonNode json = org.elige.input.Json.WRITER.valueToTree(p);
        assertEquals(
                java.util.Set.of("seq", "decision_id", "what"),
                new java.util.HashSet<>(json.propertyNames()),
                "the API's problem keeps its fields: " + json);
        assertEquals(p.what(), json.path("what").asString());
    }

    @Test
    void anUpdatedDateIsCaughtEvenWithItsContentHashRecomputedNaively() {
        Logs.tamper(db, "UPDATE decision_log SET evaluation_date = '2025-01-01' WHERE seq = 2");
        assertEquals(2, problem().seq());
    }

    @Test
    void aDeletedRowIsCaughtAtTheGap() {
        Logs.tamper(db, "DELETE FROM decision_log WHERE seq = 2");
        Verification.Problem p = problem();
        assertEquals(3, p.seq());
        assertTrue(p.what().contains("record 2 is missing"), p.what());
        assertEquals("falta el registro 2: se eliminó", p.reason().es());
        assertEquals(1, Logs.verify(db).records(), "the intact part is the first record");
    }

    @Test
    void aDeletedAndRenumberedRowIsCaughtByTheLinks() {
        Logs.tamper(
                db, "DELETE FROM decision_log WHERE seq = 2", "UPDATE decision_log SET seq = seq - 1 WHERE seq > 2");
        Verification.Problem p = problem();
        assertEquals(2, p.seq());
        assertTrue(p.what().contains("does not link"), p.what());
        assertTrue(
                p.reason().es().startsWith("no enlaza con el registro anterior"),
                p.reason().es());
    }

    @Test
    void twoSwappedRowsAreCaughtAtTheFirst() {
        Logs.tamper(
                db,
                "UPDATE decision_log SET seq = -1 WHERE seq = 2",
                "UPDATE decision_log SET seq = 2 WHERE seq = 4",
                "UPDATE decision_log SET seq = 4 WHERE seq = -1");
        assertEquals(2, problem().seq());
    }

    @Test
    void anInsertedRowIsCaught() {
        Logs.tamper(
                db,
                "UPDATE decision_log SET seq = seq + 1000 WHERE seq >= 3",
                "UPDATE decision_log SET seq = seq - 999 WHERE seq > 1000",
                "INSERT INTO decision_log SELECT 3, 'FORGED0000000000000000000', decided_at, evaluation_date, household_id, "
                        + "input_sha256, input_json, rule_set_id, parameter_overrides, engine_version, decision_json, batch_id, "
                        + "batch_line, content_hash, prev_hash, record_hash FROM decision_log WHERE seq = 2");
        assertEquals(3, problem().seq());
    }

    @Test
    void rowsRemovedFromTheEndAreCaughtByAnAnchor() {
        Verification before = Logs.verify(db);
        Logs.tamper(db, "DELETE FROM decision_log WHERE seq = 5");
        assertTrue(Logs.verify(db).intact(), "a shorter chain is still a chain");
        try (Database d = Database.open(db.toString(), false)) {
            Verification v = Verifier.verify(d, before.headSeq(), before.headHash());
            assertFalse(v.intact());
            assertTrue(
                    v.problem().what().contains("removed from the end"),
                    v.problem().what());
            Verification kept = Verifier.verify(d, 4, Logs.rows(db).get(3).recordHash());
            assertNull(kept.problem());
        }
    }

    @Test
    void aRewrittenRuleSnapshotIsRefused() {
        String id = Logs.rows(db).get(0).entry().ruleSetId();
        Logs.tamper(
                db, "UPDATE content SET text = text || ' ' WHERE sha256 = (SELECT MIN(content_sha256) FROM rule_file)");
        try (Database d = Database.open(db.toString(), false)) {
            assertEquals(id, Logs.rows(db).get(0).entry().ruleSetId());
            Verifier.Stored stored = Verifier.snapshots(d);
            assertTrue(
                    stored.problem().en().contains("no longer matches its hash"),
                    stored.problem().en());
            assertTrue(
                    stored.problem().es().contains("ya no corresponde a su hash"),
                    stored.problem().es());
            LogException e = org.junit.jupiter.api.Assertions.assertThrows(
                    LogException.class, () -> Snapshots.files(d, id), "a replay refuses the altered snapshot");
            assertTrue(e.getMessage().contains("no longer matches its hash"), e.getMessage());
        }
    }
}
