package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.audit.Database;
import org.elige.audit.LogReader;
import org.elige.audit.Postgres;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A programme office: two {@code serve} processes on one PostgreSQL log take a concurrent load,
 * one is killed with SIGKILL in the middle of it, and the log keeps one intact chain holding every
 * decision either process acknowledged (answered 201).
 */
class OfficeTest {
    private static final Pattern READY = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    @Test
    void twoServersOnOneLogLoseNoAcknowledgedDecisionWhenOneIsKilled() throws Exception {
        Postgres pg = Postgres.server();
        String url = pg.newDatabase();
        Path key = dir.resolve("office.key");
        assertEquals(0, Cli.run("audit", "keygen", "--out", key.toString()).code());
        Process a = serve("a", url, pg, key);
        Process b = serve("b", url, pg, key);
        try {
            List<String> servers = List.of(ready(a, "a"), ready(b, "b"));
            String body = Files.readString(Path.of("examples/household.json"));
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Set<String> byA = ConcurrentHashMap.newKeySet();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger failedOnB = new AtomicInteger();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<Future<?>> running = new ArrayList<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int c = 0; c < 6; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = 0; acknowledged.size() < 240 && System.nanoTime() < until; i++) {
                        int server = (client + i) % 2;
                        if (server == 0 && killed.get()) {
                            continue;
                        }
                        HttpRequest post = HttpRequest.newBuilder(
                                        URI.create(servers.get(server) + "api/v1/evaluations"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        try {
                            HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                String id = Json.READER
                                        .readTree(r.body())
                                        .path("decision_id")
                                        .asString();
                                acknowledged.add(id);
                                if (server == 0) {
                                    byA.add(id);
                                }
                            } else if (server == 1) {
                                failedOnB.incrementAndGet();
                            }
                        } catch (IOException e) {
                            if (server == 1) {
                                failedOnB.incrementAndGet();
                            }
                        }
                        if (acknowledged.size() >= 80 && killed.compareAndSet(false, true)) {
                            a.destroyForcibly();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            assertTrue(killed.get() && !a.waitFor(10, TimeUnit.SECONDS) || !a.isAlive(), "a was killed");
            assertEquals(0, failedOnB.get(), "the surviving server answered every request with 201");
            assertTrue(acknowledged.size() >= 240, "load ran: " + acknowledged.size());
            assertFalse(byA.isEmpty(), "the killed server had acknowledged decisions");
            String fromA = byA.iterator().next();
            HttpResponse<String> read = http.send(
                    HttpRequest.newBuilder(URI.create(servers.get(1) + "api/v1/evaluations/" + fromA))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), "the other server reads a decision from the one log: " + read.body());
            b.destroy();
            b.waitFor(30, TimeUnit.SECONDS);
            try (Database log = Database.open(pg.location(url), false)) {
                Verification v = Verifier.verify(log, 0, null);
                assertTrue(v.intact(), String.valueOf(v.problem()));
                LogReader reader = new LogReader(log);
                for (String id : acknowledged) {
                    assertTrue(reader.find(id).isPresent(), "acknowledged decision " + id + " is in the log");
                }
                assertTrue(v.records() >= acknowledged.size());
            }
            Cli verify = Cli.run(
                    "audit",
                    "verify",
                    "--db",
                    url,
                    "--db-password-file",
                    pg.passwordFile().toString(),
                    "--lang",
                    "en");
            assertEquals(0, verify.code(), verify.out() + verify.err());
            assertTrue(verify.out().contains(": intact · "), verify.out());
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
    }

    @Test
    void aLogMovesFromSqliteToPostgresqlAndBackWithTheSameHead() throws Exception {
        Postgres pg = Postgres.server();
        String server = pg.newDatabase();
        String password = pg.passwordFile().toString();
        String laptop = dir.resolve("laptop.db").toString();
        Path key = dir.resolve("office.key");
        assertEquals(0, Cli.run("audit", "keygen", "--out", key.toString()).code());
        for (String max : List.of("29", "24", "29")) {
            Cli r = Cli.run(
                    "evaluate",
                    "examples/household.json",
                    "--record",
                    "--db",
                    laptop,
                    "--signing-key",
                    key.toString(),
                    "--param",
                    "jcf.age.max=" + max);
            assertEquals(0, r.code(), r.err());
        }
        Cli up = Cli.run(
                "audit", "copy", "--from", laptop, "--to", server, "--db-password-file", password, "--lang", "en");
        assertEquals(0, up.code(), up.out() + up.err());
        String back = dir.resolve("back.db").toString();
        Cli down = Cli.run(
                "audit", "copy", "--from", server, "--to", back, "--db-password-file", password, "--lang", "en");
        assertEquals(0, down.code(), down.out() + down.err());
        String head = head(Cli.run("audit", "verify", "--db", laptop, "--lang", "en"));
        assertEquals(
                head, head(Cli.run("audit", "verify", "--db", server, "--db-password-file", password, "--lang", "en")));
        assertEquals(head, head(Cli.run("audit", "verify", "--db", back, "--lang", "en")));
        assertTrue(up.out().contains("Both heads are equal"), up.out());
        Cli signed = Cli.run(
                "audit",
                "verify",
                "--db",
                server,
                "--db-password-file",
                password,
                "--public-key",
                key + ".pub",
                "--lang",
                "en");
        assertTrue(
                signed.out().contains("the signatures cover records 1 to 3"),
                "the checkpoints came along: " + signed.out());
        Cli replay = Cli.run("replay", "--log", "--db", server, "--db-password-file", password, "--lang", "en");
        assertEquals(0, replay.code(), replay.out() + replay.err());

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + laptop);
                var s = c.createStatement()) {
            s.execute("UPDATE decision_log SET household_id = 'H-X' WHERE seq = 2");
        }
        String fresh = pg.newDatabase();
        Cli refused = Cli.run(
                "audit", "copy", "--from", laptop, "--to", fresh, "--db-password-file", password, "--lang", "en");
        assertEquals(Main.LOG_FAILED, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("FAILED at record 2"), refused.err());
        try (var c = pg.connect(Postgres.database(fresh));
                var r = c.createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'decision_log'")) {
            r.next();
            assertEquals(0, r.getInt(1), "nothing was written to the target");
        }
    }

    @Test
    void everyCommandThatTakesALogWorksOnPostgresql() throws Exception {
        Postgres pg = Postgres.server();
        String url = pg.newDatabase();
        String pw = pg.passwordFile().toString();
        Cli evaluate =
                Cli.run("evaluate", "examples/household.json", "--record", "--db", url, "--db-password-file", pw);
        assertEquals(0, evaluate.code(), evaluate.err());
        Path caseload = CrashTest.households(dir.resolve("caseload.jsonl"), 5, 20);
        Cli batch = Cli.run(
                "batch",
                caseload.toString(),
                "--record",
                "--db",
                url,
                "--db-password-file",
                pw,
                "-o",
                dir.resolve("out.jsonl").toString(),
                "--errors",
                dir.resolve("errors.jsonl").toString());
        assertEquals(0, batch.code(), batch.err());
        String decision;
        String ruleSet;
        try (Database log = Database.open(pg.location(url), false)) {
            decision = new LogReader(log)
                    .latest(null, null, null, 0, 1)
                    .get(0)
                    .entry()
                    .decisionId();
            ruleSet = new LogReader(log).find(decision).orElseThrow().entry().ruleSetId();
        }
        for (String[] command : List.of(
                new String[] {"audit", "verify"},
                new String[] {"audit", "batches"},
                new String[] {"rules", "list"},
                new String[] {
                    "rules", "export", ruleSet, "--to", dir.resolve("exported").toString()
                },
                new String[] {"replay", "--log"},
                new String[] {
                    "fixture",
                    "from-log",
                    decision,
                    "--to",
                    dir.resolve("fixtures/jcf/frozen").toString()
                })) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--db", url, "--db-password-file", pw));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        }
        Cli verify = Cli.run("audit", "verify", "--db", url, "--db-password-file", pw, "--lang", "en");
        assertTrue(verify.out().contains(": intact · 21 records · "), verify.out());

        Path open = Files.writeString(dir.resolve("open-password"), pg.password() + "\n");
        Cli shared = Cli.run("audit", "verify", "--db", url, "--db-password-file", open.toString());
        assertEquals(Main.LOG_FAILED, shared.code());
        assertTrue(shared.err().contains("chmod 600 " + open), shared.err());
        assertFalse((shared.out() + shared.err()).contains(pg.password()));
        Cli inUrl = Cli.run("audit", "verify", "--db", url + "&password=" + pg.password());
        assertEquals(Main.LOG_FAILED, inUrl.code());
        assertTrue(inUrl.err().contains("must not carry a password"), inUrl.err());
        assertFalse((inUrl.out() + inUrl.err()).contains(pg.password()));
    }

    @Test
    void anAppendForgedWithoutTheKeyIsCaughtOnPostgresql() throws Exception {
        Postgres pg = Postgres.server();
        String url = pg.newDatabase();
        String pw = pg.passwordFile().toString();
        Path key = dir.resolve("office.key");
        assertEquals(0, Cli.run("audit", "keygen", "--out", key.toString()).code());
        String[] record = {
            "evaluate",
            "examples/household.json",
            "--record",
            "--db",
            url,
            "--db-password-file",
            pw,
            "--signing-key",
            key.toString()
        };
        assertEquals(0, Cli.run(record).code());
        String forged;
        try (var c = pg.connect(Postgres.database(url))) {
            forged = SignedCheckpointsTest.forge(c);
        }
        assertEquals(0, Cli.run(record).code());
        Cli chainOnly = Cli.run("audit", "verify", "--db", url, "--db-password-file", pw, "--lang", "en");
        assertEquals(0, chainOnly.code(), "the chain alone cannot tell: " + chainOnly.out() + chainOnly.err());
        Cli keyed = Cli.run(
                "audit", "verify", "--db", url, "--db-password-file", pw, "--public-key", key + ".pub", "--lang", "en");
        assertEquals(Main.LOG_FAILED, keyed.code(), keyed.out() + keyed.err());
        assertTrue(keyed.out().contains("record 2 (decision " + forged + ")"), keyed.out());
        assertTrue(keyed.out().contains("was appended without the office's key"), keyed.out());
    }

    /** The head a verification prints ("head 3:ab12…"). */
    private static String head(Cli verify) {
        assertEquals(0, verify.code(), verify.out() + verify.err());
        Matcher m = Pattern.compile("head (\\d+:[0-9a-f]{64})").matcher(verify.out());
        assertTrue(m.find(), verify.out());
        return m.group(1);
    }

    private Process serve(String name, String url, Postgres pg, Path key) throws IOException {
        return Child.start(
                dir.resolve(name + ".log"),
                Map.of(),
                "serve",
                "--dev",
                "--port",
                "0",
                "--progress",
                "--lang",
                "en",
                "--db",
                url,
                "--db-password-file",
                pg.passwordFile().toString(),
                "--signing-key",
                key.toString());
    }

    /** The address a server says it is serving at, once it is ready. */
    private String ready(Process p, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = READY.matcher(text);
            if (text.contains("serving at") && m.find()) {
                return "http://127.0.0.1:" + m.group(1) + "/";
            }
            if (!p.isAlive()) {
                throw new AssertionError("server " + name + " stopped: " + text);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("server " + name + " was not ready in time: " + Files.readString(log));
    }
}
