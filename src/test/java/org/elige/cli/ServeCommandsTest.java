package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code token create|revoke|list} and the refusals of {@code serve} before it listens. */
class ServeCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aTokenIsPrintedOnceAndOnlyItsHashIsStored() throws Exception {
        String file = dir.resolve("tokens.json").toString();
        Cli created = Cli.run("token", "create", "--role", "CASEWORKER", "--name", "ana", "--tokens", file);
        assertEquals(0, created.code(), created.err());
        String token = created.out().trim();
        assertTrue(token.startsWith("elige_") && token.length() > 40, token);
        assertFalse(Files.readString(Path.of(file)).contains(token));
        Cli list = Cli.run("token", "list", "--tokens", file);
        assertTrue(list.out().contains("ana") && list.out().contains("CASEWORKER"), list.out());
        assertFalse(list.out().contains(token));
        assertEquals(
                1,
                Cli.run("token", "create", "--role", "AUDITOR", "--name", "ana", "--tokens", file)
                        .code(),
                "names are unique");
        assertEquals(
                1,
                Cli.run("token", "create", "--role", "BOSS", "--name", "bo", "--tokens", file)
                        .code(),
                "roles are checked");
        assertEquals(0, Cli.run("token", "revoke", "ana", "--tokens", file).code());
        assertEquals(1, Cli.run("token", "revoke", "ana", "--tokens", file).code());
        assertFalse(Cli.run("token", "list", "--tokens", file).out().contains("ana"));
    }

    @Test
    void serveRefusesToStartWithoutTokensUnlessInDevelopmentMode() {
        Cli none = Cli.run("serve", "--db", dir.resolve("elige.db").toString(), "--port", "0");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no tokens in " + dir.resolve("tokens.json")), none.err());
        Cli remote = Cli.run(
                "serve",
                "--dev",
                "--host",
                "0.0.0.0",
                "--db",
                dir.resolve("elige.db").toString());
        assertEquals(1, remote.code());
        assertTrue(remote.err().contains("loopback"), remote.err());
        Cli limits = Cli.run(
                "serve",
                "--dev",
                "--max-body",
                "0",
                "--db",
                dir.resolve("elige.db").toString());
        assertEquals(1, limits.code());
        Cli threads = Cli.run(
                "serve",
                "--dev",
                "--max-active",
                "64",
                "--threads",
                "70",
                "--db",
                dir.resolve("elige.db").toString());
        assertEquals(1, threads.code());
        assertTrue(threads.err().contains("--threads must be at least --max-active + 16"), threads.err());
        Cli timeouts = Cli.run(
                "serve",
                "--dev",
                "--body-timeout",
                "40",
                "--request-timeout",
                "30",
                "--db",
                dir.resolve("elige.db").toString());
        assertEquals(1, timeouts.code());
        assertTrue(timeouts.err().contains("--body-timeout"), timeouts.err());
        assertEquals(
                1,
                Cli.run(
                                "serve",
                                "--dev",
                                "--per-token",
                                "0",
                                "--db",
                                dir.resolve("elige.db").toString())
                        .code());
    }

    @Test
    void serveAndTokenHaveHelp() {
        assertTrue(Cli.run("serve", "--help").out().contains("--tokens"));
        assertTrue(Cli.run("serve", "--help").out().contains("--body-timeout"));
        assertTrue(Cli.run("token", "create", "--help").out().contains("--role"));
    }
}
