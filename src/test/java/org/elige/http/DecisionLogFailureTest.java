package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.elige.audit.Entry;
import org.elige.audit.LogException;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A service that cannot record says so: when the decision log writer fails (out of memory on one
 * write, a full disk, another writer holding the lock) or stops, readiness turns false at once,
 * evaluations answer 503 promptly instead of waiting a minute, the metrics count it, and the
 * service is ready again as soon as the log can be written, without a restart. Nothing shows
 * where the log is.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DecisionLogFailureTest {
    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();

    /** The real log, failing or slow on demand. */
    static final class Faulty implements Journal.Log {
        private final Journal.Log real;
        volatile Throwable fault;
        volatile long sleepMillis;
        final CountDownLatch appending = new CountDownLatch(1);

        Faulty(Journal.Log real) {
            this.real = real;
        }

        @Override
        public long append(RuleSet rules, List<Entry> entries) {
            appending.countDown();
            act();
            return real.append(rules, entries);
        }

        @Override
        public void check() {
            act();
            real.check();
        }

        private void act() {
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Throwable f = fault;
            if (f instanceof Error e) {
                throw e;
            }
            if (f instanceof RuntimeException r) {
                throw r;
            }
        }

        @Override
        public String shown() {
            return real.shown();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    private Faulty faulty;

    private Server start(ServerOptions o, Journal.Timing timing) throws Exception {
        return Server.start(
                o,
                TestServers.rules(),
                new PrintWriter(log, true),
                spec -> faulty = new Faulty(Journal.Log.open(spec)),
                timing);
    }

    private ServerOptions options() {
        return ServerOptions.defaults(db(), dir.resolve("tokens.json"), true);
    }

    private String db() {
        return dir.resolve("elige.db").toString();
    }

    @Test
    void aWriterThatRunsOutOfMemoryFailsOnlyThatWriteSaysSoAndIsReadyAgainWithoutARestart() throws Exception {
        try (Server server = start(
                options(), new Journal.Timing(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofMillis(300)))) {
            Client c = Client.to(server);
            assertEquals(200, c.get("/api/v1/health").status());
            faulty.fault = new OutOfMemoryError("Java heap space");

            long t0 = System.nanoTime();
            Client.Answer refused = c.post("/api/v1/evaluations", ApiTest.EXAMPLE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, refused.status(), refused.body());
            assertTrue(seconds < 10, "answered in " + seconds + " s, not after the old 60 s wait");
            assertEquals("application/problem+json", refused.contentType());
            assertTrue(refused.json().path("type").asString().endsWith("/log-unavailable"), refused.body());
            assertTrue(refused.json().path("detail").asString().contains("registro de decisiones"), refused.body());
            assertTrue(refused.json().path("detail").asString().endsWith("No se registró nada."), refused.body());
            assertTrue(c.post("/api/v1/evaluations?lang=en", ApiTest.EXAMPLE)
                    .json()
                    .path("detail")
                    .asString()
                    .startsWith("The decision log cannot be used right now"));

            JsonNode health = c.get("/api/v1/health").json();
            assertFalse(health.path("ready").asBoolean(), health.toString());
            assertTrue(health.path("live").asBoolean(), "the writer is still running: " + health);
            assertEquals(
                    "DOWN",
                    health.path("checks").path("log_writer").path("status").asString(),
                    health.toString());
            assertTrue(
                    health.path("checks")
                            .path("log_writer")
                            .path("error")
                            .asString()
                            .contains("out of memory"),
                    health.toString());
            assertEquals(503, c.get("/api/v1/health").status());
            assertEquals(503, c.get("/api/v1/ready").status());
            assertEquals(200, c.get("/api/v1/live").status());
            String metrics = c.get("/api/v1/metrics").body();
            assertTrue(metrics.contains("\nelige_ready 0\n"), metrics);
            assertTrue(counter(metrics, "elige_log_write_failures_total") >= 1, metrics);
            assertTrue(log.toString().contains("cannot write the decision log: out of memory"), log.toString());

            faulty.fault = null;
            JsonNode ready = until(c, h -> h.path("ready").asBoolean());
            assertEquals(
                    "UP", ready.path("checks").path("log_writer").path("status").asString());
            Client.Answer recorded = c.post("/api/v1/evaluations", ApiTest.EXAMPLE);
            assertEquals(201, recorded.status(), recorded.body());
            assertEquals(200, c.get(recorded.location()).status());
            assertEquals(
                    1,
                    c.get("/api/v1/evaluations?household_id=H-0001")
                            .json()
                            .path("items")
                            .size(),
                    "only the decision answered 201 is in the log");
            assertTrue(c.get("/api/v1/metrics").body().contains("\nelige_ready 1\n"));
        }
    }

    @Test
    void aLogThatCannotBeWrittenKeepsTheServiceNotReadyAndNoAnswerShowsWhereTheLogIs() throws Exception {
        try (Server server = start(
                options(), new Journal.Timing(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofMillis(200)))) {
            Client c = Client.to(server);
            assertFalse(c.get("/api/v1/health").body().contains(db()), "the open health check shows no path");
            faulty.fault = LogException.of("record in", db(), new java.sql.SQLException("full", "53100", 13));

            Client.Answer refused = c.post("/api/v1/evaluations?lang=en", ApiTest.EXAMPLE);
            assertEquals(503, refused.status(), refused.body());
            assertEquals(
                    "The decision log cannot be used right now, so the request was not answered; try again in a few"
                            + " seconds. The decision log failed: the disk or the database is full. Nothing was recorded.",
                    refused.json().path("detail").asString());
            assertFalse(refused.body().contains(db()), refused.body());
            assertTrue(refused.header("Retry-After") != null);
            Thread.sleep(700);
            Client.Answer health = c.get("/api/v1/health");
            assertEquals(503, health.status(), "still not ready: every check since has failed too");
            assertTrue(health.body().contains("the disk or the database is full"), health.body());
            assertFalse(health.body().contains(db()), health.body());
            assertFalse(health.body().contains(dir.toString()), health.body());

            faulty.fault = null;
            until(c, h -> h.path("ready").asBoolean());
            assertEquals(201, c.post("/api/v1/evaluations", ApiTest.EXAMPLE).status());
        }
    }

    @Test
    void aDecisionLogLockedByAnotherWriterMakesTheServiceNotReadyAndEvaluationsAnswerPromptly() throws Exception {
        try (Server server = start(
                        options(),
                        new Journal.Timing(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(200)));
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement sql = other.createStatement()) {
            Client c = Client.to(server);
            assertEquals(200, c.get("/api/v1/health").status());
            sql.execute("PRAGMA busy_timeout = 10000");
            sql.execute("BEGIN IMMEDIATE"); // holds the write lock, as a long batch --record would
            try {
                JsonNode notReady = until(c, h -> !h.path("ready").asBoolean());
                assertEquals(
                        "DOWN",
                        notReady.path("checks")
                                .path("log_writer")
                                .path("status")
                                .asString(),
                        notReady.toString());
                assertEquals(
                        "UP",
                        notReady.path("checks").path("database").path("status").asString(),
                        "reads still work: only writing is stuck");
                assertEquals(503, c.get("/api/v1/ready").status());
                long t0 = System.nanoTime();
                Client.Answer refused = c.post("/api/v1/evaluations?lang=en", ApiTest.EXAMPLE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(503, refused.status(), refused.body());
                assertTrue(seconds < 5, "answered in " + seconds + " s, not after the database's 30 s busy timeout");
                assertTrue(
                        refused.body().contains("A write to the decision log has not finished. Nothing was recorded."),
                        refused.body());
            } finally {
                sql.execute("ROLLBACK");
            }
            until(c, h -> h.path("ready").asBoolean());
            assertEquals(201, c.post("/api/v1/evaluations", ApiTest.EXAMPLE).status());
            assertEquals(
                    1,
                    c.get("/api/v1/evaluations?household_id=H-0001")
                            .json()
                            .path("items")
                            .size(),
                    "the refused decision was never recorded");
        }
    }

    @Test
    void aServiceWhoseWriterHasStoppedIsNeitherLiveNorReadyAndAnswers503AtOnce() throws Exception {
        try (Server server = start(options(), Journal.Timing.DEFAULT)) {
            Client c = Client.to(server);
            server.service().journal().close();
            Client.Answer live = c.get("/api/v1/live");
            assertEquals(503, live.status(), live.body());
            assertFalse(live.json().path("live").asBoolean());
            assertEquals(503, c.get("/api/v1/health").status());
            long t0 = System.nanoTime();
            assertEquals(503, c.post("/api/v1/evaluations", ApiTest.EXAMPLE).status());
            assertTrue((System.nanoTime() - t0) / 1e9 < 5);
            assertTrue(c.get("/api/v1/metrics").body().contains("\nelige_log_writer_up 0\n"));
        }
    }

    @Test
    void anEntryStillWaitingWhenItsRequestRunsOutOfTimeIsWithdrawnAndNeverRecorded() throws Exception {
        ServerOptions o = options().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));
        try (Server server =
                start(o, new Journal.Timing(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30)))) {
            Client c = Client.to(server);
            faulty.sleepMillis = 6_000;
            CompletableFuture<Client.Answer> first = new CompletableFuture<>();
            new Thread(() -> first.complete(c.post("/api/v1/evaluations?lang=en", ApiTest.EXAMPLE))).start();
            assertTrue(faulty.appending.await(30, TimeUnit.SECONDS), "the writer took the first decision");
            long t0 = System.nanoTime();
            Client.Answer second = c.post("/api/v1/evaluations?lang=en", ApiTest.EXAMPLE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, second.status(), second.body());
            assertTrue(seconds < 5.5, "answered by its 3 s limit, in " + seconds + " s");
            assertTrue(second.body().contains("within the request's time limit. Nothing was recorded."), second.body());
            Client.Answer a = first.get(30, TimeUnit.SECONDS);
            assertEquals(503, a.status(), a.body());
            String detail = a.json().path("detail").asString();
            assertTrue(
                    detail.contains("The decision may still be recorded, as "),
                    "the first was being written when its time ran out: " + detail);
            String location =
                    detail.substring(detail.indexOf("/api/v1/evaluations/")).split(" ")[0];
            faulty.sleepMillis = 0;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (counter(c.get("/api/v1/metrics").body(), "elige_log_commits_total") < 1
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            assertEquals(
                    1,
                    c.get("/api/v1/evaluations?household_id=H-0001")
                            .json()
                            .path("items")
                            .size(),
                    "the withdrawn decision was never written");
            assertEquals(200, c.get(location).status(), "the one the answer named was, and can be looked up");
        }
    }

    static double counter(String metrics, String name) {
        return metrics.lines()
                .filter(l -> l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
                .findFirst()
                .orElse(-1);
    }

    /** Polls /health until its body matches (the writer checks the log every few hundred milliseconds). */
    static JsonNode until(Client c, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonNode h = null;
        while (System.nanoTime() < deadline) {
            h = c.get("/api/v1/health").json();
            if (done.test(h)) {
                return h;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("health did not change within 20 s: " + h);
    }
}
