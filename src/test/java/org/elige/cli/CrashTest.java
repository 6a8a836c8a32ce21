package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elige.TestRules;
import org.elige.audit.Batches;
import org.elige.audit.Database;
import org.elige.audit.Verifier;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} in the middle of {@code batch --record}: the log still verifies, holds only
 * whole chunks, and {@code --resume} completes the batch without a duplicate or a gap.
 */
class CrashTest {
    static final int HOUSEHOLDS = 200;
    static final int CHUNK = 64;

    @TempDir
    Path dir;

    static Path households(Path file, long seed, int n) throws Exception {
        Generator g = new Generator(seed, LocalDate.parse("2025-10-01"), TestRules.shipped());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(Json.WRITER.writeValueAsString(g.household(i))).append('\n');
        }
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void aKilledBatchLeavesAVerifiableLogAndResumesWithoutDuplicatesOrGaps() throws Exception {
        Path in = households(dir.resolve("caseload.jsonl"), 5, HOUSEHOLDS);
        Path db = dir.resolve("elige.db");
        Process p = Child.start(
                dir.resolve("child.log"),
                Map.of("ELIGE_DB", db.toString()),
                "batch",
                in.toString(),
                "--record",
                "--threads",
                "1",
                "-o",
                dir.resolve("first.jsonl").toString(),
                "--errors",
                dir.resolve("e1.jsonl").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (Child.query(db, "SELECT COUNT(*) FROM decision_log") < CHUNK
                && p.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        long logged = Child.query(db, "SELECT COUNT(*) FROM decision_log");
        assertTrue(
                logged >= CHUNK && logged < HOUSEHOLDS,
                "killed mid-batch after " + logged + " records: " + Files.readString(dir.resolve("child.log")));
        assertEquals(0, logged % CHUNK, "only whole chunks (one transaction each) are in the log");
        String batch;
        try (Database d = Database.open(db.toString(), false)) {
            assertTrue(Verifier.verify(d, 0, null).intact(), "no half-written record");
            batch = Batches.list(d).get(0).id();
        }

        Cli resumed = Cli.run(
                "batch",
                in.toString(),
                "--resume",
                batch,
                "--db",
                db.toString(),
                "-o",
                dir.resolve("rest.jsonl").toString(),
                "--errors",
                dir.resolve("e2.jsonl").toString());
        assertTrue(resumed.code() == Main.OK || resumed.code() == Main.INVALID_INPUT, resumed.err());
        assertTrue(
                resumed.err().contains(String.format("resuming: %,d lines already logged are skipped", logged)),
                resumed.err());
        assertTrue(resumed.err().contains(String.format("%,d skipped (already logged)", logged)), resumed.err());
        assertEquals(
                HOUSEHOLDS - logged,
                Files.readAllLines(dir.resolve("rest.jsonl")).size());
        assertComplete(db, batch);

        Path other = households(dir.resolve("other.jsonl"), 6, 3);
        Cli wrong = Cli.run(
                "batch",
                other.toString(),
                "--resume",
                batch,
                "--db",
                db.toString(),
                "-o",
                dir.resolve("x.jsonl").toString(),
                "--errors",
                dir.resolve("e4.jsonl").toString());
        assertEquals(Main.LOG_FAILED, wrong.code(), wrong.err());
        assertTrue(
                wrong.err().contains("line 1 of the input is not the record batch " + batch + " logged for it"),
                wrong.err());
        assertComplete(db, batch);
    }

    private static void assertComplete(Path db, String batch) {
        assertEquals(HOUSEHOLDS, Child.query(db, "SELECT COUNT(*) FROM decision_log"));
        assertEquals(
                HOUSEHOLDS,
                Child.query(
                        db, "SELECT COUNT(DISTINCT batch_line) FROM decision_log WHERE batch_id = '" + batch + "'"));
        assertEquals(HOUSEHOLDS, Child.query(db, "SELECT MAX(batch_line) FROM decision_log"));
        try (Database d = Database.open(db.toString(), false)) {
            assertTrue(Verifier.verify(d, 0, null).intact());
        }
    }
}
