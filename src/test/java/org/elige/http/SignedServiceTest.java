package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import org.elige.audit.Checkpoints;
import org.elige.audit.Database;
import org.elige.audit.Keys;
import org.elige.audit.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service started with the office's key signs what it records, request by request. */
class SignedServiceTest {
    @TempDir
    Path dir;

    @Test
    void everyRecordedDecisionIsCoveredByACheckpoint() throws Exception {
        Keys.Written key = Keys.generate(dir.resolve("office.key"));
        String db = dir.resolve("elige.db").toString();
        ServerOptions o = ServerOptions.defaults(db, dir.resolve("tokens.json"), true);
        try (Server s = Server.start(
                o,
                TestServers.rules(),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                Keys.signer(key.privateKey()))) {
            Client c = Client.to(s);
            for (int i = 0; i < 2; i++) {
                assertEquals(201, c.post("/api/v1/evaluations", ApiTest.EXAMPLE).status());
            }
        }
        Map<String, PublicKey> keys = Map.of(key.keyId(), Keys.publicKey(key.publicKey()));
        try (Database d = Database.open(db, false)) {
            long head = Verifier.verify(d, 0, null).headSeq();
            Checkpoints.Report r = Checkpoints.verify(d, head, keys);
            assertTrue(r.intact(), String.valueOf(r.problem()));
            assertEquals(2, r.signedTo());
            assertEquals(0, r.unsigned());
        }
    }
}
