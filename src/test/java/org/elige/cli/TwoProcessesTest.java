package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elige.TestRules;
import org.elige.audit.Batches;
import org.elige.audit.Canonical;
import org.elige.audit.Database;
import org.elige.audit.Verifier;
import org.elige.batch.Batch;
import org.elige.batch.Decide;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes (a second JVM and this one) record batches into one log file at the same time: the
 * chain stays whole. Their decisions are byte-identical, apart from id and time.
 */
class TwoProcessesTest {
    static final int HOUSEHOLDS = 70;

    @TempDir
    Path dir;

    @Test
    void twoWritersKeepOneChainAndDecideIdentically() throws Exception {
        Path in = CrashTest.households(dir.resolve("caseload.jsonl"), 11, HOUSEHOLDS);
        Path db = dir.resolve("elige.db");
        Process child = Child.start(
                dir.resolve("child.log"),
                Map.of(),
                "batch",
                in.toString(),
                "--record",
                "--db",
                db.toString(),
                "--threads",
                "1",
                "-o",
                dir.resolve("out0.jsonl").toString(),
                "--errors",
                dir.resolve("err0.jsonl").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (Child.query(db, "SELECT COUNT(*) FROM schema_version") == 0
                && child.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Cli here = Cli.run(
                "batch",
                in.toString(),
                "--record",
                "--db",
                db.toString(),
                "--threads",
                "1",
                "-o",
                dir.resolve("out1.jsonl").toString(),
                "--errors",
                dir.resolve("err1.jsonl").toString());
        assertTrue(here.code() == Main.OK || here.code() == Main.INVALID_INPUT, here.err());
        assertTrue(child.waitFor(300, TimeUnit.SECONDS), "the other process finished");
        assertTrue(
                child.exitValue() == Main.OK || child.exitValue() == Main.INVALID_INPUT,
                Files.readString(dir.resolve("child.log")));
        try (Database d = Database.open(db.toString(), false)) {
            assertTrue(Verifier.verify(d, 0, null).intact());
            assertEquals(2 * HOUSEHOLDS, Verifier.verify(d, 0, null).records());
            List<Batches.Batch> batches = Batches.list(d);
            assertEquals(2, batches.size());
            batches.forEach(b -> assertEquals(HOUSEHOLDS, b.decisions()));
        }
        List<String> expected = canonical(inProcess(in));
        assertEquals(HOUSEHOLDS, expected.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    expected,
                    canonical(Files.readString(dir.resolve("out" + i + ".jsonl"))),
                    "process " + i + " decides the same");
        }
    }

    private static String inProcess(Path in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Batch(new Decide(TestRules.shipped(), null, Map.of(), false), 2)
                .run(new ByteArrayInputStream(Files.readAllBytes(in)), out, null, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> canonical(String jsonl) {
        return jsonl.lines()
                .map(l -> Canonical.withoutIdentity(Json.READER.readTree(l)))
                .toList();
    }
}
