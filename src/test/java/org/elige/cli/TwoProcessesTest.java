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
 * Two processes record batches into one log file at the same time: the chain stays whole. Their
 * decisions are byte-identical to each other's and to this process's, apart from id and time.
 */
class TwoProcessesTest {
    static final int HOUSEHOLDS = 70;
    @TempDir
    Path dir;

    @Test
    void twoWritersKeepOneChainAndDecideIdentically() throws Exception {
        Path in = CrashTest.households(dir.resolve("caseload.jsonl"), 11, HOUSEHOLDS);
        Path db = dir.resolve("elige.db");
        Process[] p = new Process[2];
        for (int i = 0; i < 2; i++) {
            p[i] = Child.start(dir.resolve("child" + i + ".log"), Map.of(), "batch", in.toString(), "--record", "--db", db.toString(),
                    "--threads", "1", "-o", dir.resolve("out" + i + ".jsonl").toString(), "--errors", dir.resolve("err" + i + ".jsonl").toString());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(p[i].waitFor(300, TimeUnit.SECONDS), "child " + i + " finished");
            int code = p[i].exitValue();
            assertTrue(code == Main.OK || code == Main.INVALID_INPUT, Files.readString(dir.resolve("child" + i + ".log")));
        }
        try (Database d = Database.open(db.toString(), false)) {
            assertTrue(Verifier.verify(d, 0, null).intact());
            assertEquals(2 * HOUSEHOLDS, Verifier.verify(d, 0, null).records());
            List<Batches.Batch> batches = Batches.list(d);
            assertEquals(2, batches.size());
            batches.forEach(b -> assertEquals(HOUSEHOLDS, b.decisions()));
        }
        List<String> here = canonical(inProcess(in));
        assertEquals(HOUSEHOLDS, here.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(here, canonical(Files.readString(dir.resolve("out" + i + ".jsonl"))), "process " + i + " decides as this one");
        }
    }

    private static String inProcess(Path in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Batch(new Decide(TestRules.shipped(), null, Map.of(), false), 2)
                .run(new ByteArrayInputStream(Files.readAllBytes(in)), out, null, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> canonical(String jsonl) {
        return jsonl.lines().map(l -> Canonical.withoutIdentity(Json.READER.readTree(l))).toList();
    }
}
