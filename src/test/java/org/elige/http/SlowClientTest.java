package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Slow and greedy clients with valid tokens cannot take the service from others: a body must
 * arrive whole by its deadline however it trickles (a byte every few hundred milliseconds does not
 * keep it alive), a token has at most a few requests in progress, the service a bounded number,
 * and health checks always find a thread. The servers here are small (a few threads, two
 * requests per token, two-second bodies) so that a few dozen clients show what three hundred
 * would do to a default one.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SlowClientTest {
    private static final long GAP = 200;

    @TempDir
    Path dir;

    /** A server with tokens for two caseworkers (the attacker and a colleague) and more for other attackers. */
    private record Started(Server server, Map<String, String> tokens) implements AutoCloseable {
        Client as(String name) {
            return Client.to(server).with(tokens.get(name));
        }

        int port() {
            return server.port();
        }

        @Override
        public void close() throws java.io.IOException {
            server.close();
        }
    }

    private Started start(int perToken, int maxActive, int threads, String... names) throws Exception {
        TokenStore store = new TokenStore(dir.resolve("tokens.json"));
        Map<String, String> tokens = new TreeMap<>();
        for (String n : names) {
            tokens.put(n, store.create(n, Role.CASEWORKER));
        }
        ServerOptions o = ServerOptions.defaults(dir.resolve("elige.db").toString(), dir.resolve("tokens.json"), false)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withConcurrency(perToken, maxActive, threads);
        return new Started(Server.start(o, TestServers.rules(), new PrintWriter(new StringWriter(), true)), tokens);
    }

    @Test
    void aBodyTricklingInOneByteAtATimeIsCutOffAtTheBodyDeadlineAndASilentOneToo() throws Exception {
        try (Started s = start(8, 8, 24, "ana")) {
            CompletableFuture<SlowClient.Outcome> trickle =
                    SlowClient.post(s.port(), "/api/v1/evaluations", s.tokens().get("ana"), 5000, GAP);
            CompletableFuture<SlowClient.Outcome> silent =
                    SlowClient.post(s.port(), "/api/v1/evaluations", s.tokens().get("ana"), 5000, 20_000);
            for (SlowClient.Outcome o : List.of(trickle.get(60, TimeUnit.SECONDS), silent.get(60, TimeUnit.SECONDS))) {
                assertEquals(408, o.status(), o.answer());
                assertTrue(
                        o.seconds() >= 1.5 && o.seconds() < 10,
                        "cut off by the 2 s deadline, after " + o.seconds() + " s");
                assertTrue(
                        o.answer().contains("application/problem+json")
                                && o.answer().contains("/body-timeout"),
                        o.answer());
                assertTrue(o.answer().contains("Connection: close"), o.answer());
            }
            Client.Answer after = s.as("ana").post("/api/v1/evaluations", ApiTest.EXAMPLE);
            assertEquals(201, after.status(), "the token's slots were given back: " + after.body());
            String metrics = Client.to(s.server()).get("/api/v1/metrics").body();
            assertTrue(metrics.contains("elige_http_limited_total{limit=\"body_timeout\"} 2"), metrics);
        }
    }

    @Test
    void slowClientsWithOneTokenCannotStarveHealthOrOtherUsers() throws Exception {
        try (Started s = start(2, 6, 22, "attacker", "colleague")) {
            List<CompletableFuture<SlowClient.Outcome>> attack = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attack.add(SlowClient.post(
                        s.port(), "/api/v1/evaluations", s.tokens().get("attacker"), 100_000, GAP));
            }
            Thread.sleep(300);
            Client anonymous = Client.to(s.server());
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                assertEquals(200, anonymous.get("/api/v1/health").status());
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertTrue(seconds < 2, "health answered in " + seconds + " s during the attack");
                Client.Answer colleague = s.as("colleague").post("/api/v1/evaluations", ApiTest.EXAMPLE);
                assertEquals(
                        201, colleague.status(), "another caseworker is served during the attack: " + colleague.body());
                Thread.sleep(150);
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<SlowClient.Outcome> f : attack) {
                SlowClient.Outcome o = f.get(60, TimeUnit.SECONDS);
                statuses.merge(o.status(), 1, Integer::sum);
                assertTrue(
                        o.seconds() < 10, "every slow client is answered within its deadline: " + o.seconds() + " s");
            }
            assertEquals(40, statuses.getOrDefault(408, 0) + statuses.getOrDefault(429, 0), statuses.toString());
            assertTrue(
                    statuses.getOrDefault(408, 0) >= 1 && statuses.getOrDefault(408, 0) <= 2,
                    "at most the token's two slots were held, until the body deadline: " + statuses);
            String metrics = Client.to(s.server()).get("/api/v1/metrics").body();
            assertTrue(metrics.contains("elige_http_limited_total{limit=\"per_token\"} " + statuses.get(429)), metrics);
        }
    }

    @Test
    void aTokenAtItsLimitIsRefused429WhileOthersAreServedAndGetsItsSlotsBack() throws Exception {
        try (Started s = start(2, 6, 22, "ana", "luis")) {
            List<CompletableFuture<SlowClient.Outcome>> holding = List.of(
                    SlowClient.post(s.port(), "/api/v1/evaluations", s.tokens().get("ana"), 5000, GAP),
                    SlowClient.post(s.port(), "/api/v1/evaluations", s.tokens().get("ana"), 5000, GAP));
            Thread.sleep(500);
            Client.Answer refused = s.as("ana").post("/api/v1/evaluations", ApiTest.EXAMPLE);
            assertEquals(429, refused.status(), refused.body());
            assertEquals("1", refused.header("Retry-After"));
            JsonNode p = refused.json();
            assertTrue(p.path("type").asString().endsWith("/token-busy"), p.toString());
            assertTrue(p.path("detail").asString().contains("2 peticiones en curso"), p.toString());
            assertEquals(
                    201,
                    s.as("luis").post("/api/v1/evaluations", ApiTest.EXAMPLE).status(),
                    "another token is served");
            for (CompletableFuture<SlowClient.Outcome> f : holding) {
                assertEquals(408, f.get(60, TimeUnit.SECONDS).status());
            }
            assertEquals(
                    201,
                    s.as("ana").post("/api/v1/evaluations", ApiTest.EXAMPLE).status(),
                    "its slots came back");
        }
    }

    @Test
    void slowClientsWithManyTokensCannotStarveHealthOrOtherUsersEither() throws Exception {
        try (Started s = start(2, 4, 20, "a", "b", "c", "colleague")) {
            List<CompletableFuture<SlowClient.Outcome>> attack = new ArrayList<>();
            for (String t : List.of("a", "b", "c")) {
                for (int i = 0; i < 4; i++) {
                    attack.add(SlowClient.post(
                            s.port(), "/api/v1/evaluations", s.tokens().get(t), 100_000, GAP));
                }
            }
            Thread.sleep(500);
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                assertEquals(200, Client.to(s.server()).get("/api/v1/health").status());
                assertTrue((System.nanoTime() - t0) / 1e9 < 2);
                Client.Answer colleague = s.as("colleague").post("/api/v1/evaluations", ApiTest.EXAMPLE);
                assertEquals(
                        201,
                        colleague.status(),
                        "bodies still arriving hold no thread and no place among the four: " + colleague.body());
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<SlowClient.Outcome> f : attack) {
                statuses.merge(f.get(60, TimeUnit.SECONDS).status(), 1, Integer::sum);
            }
            assertEquals(
                    Map.of(408, 6, 429, 6),
                    statuses,
                    "two bodies arriving per token, cut off at the deadline; the rest refused");
        }
    }

    @Test
    void requestsInProgressAreCappedPerTokenAndForTheServiceAndRefusedAtOnce() throws Exception {
        TokenStore store = new TokenStore(dir.resolve("tokens.json"));
        Map<String, String> tokens = new TreeMap<>();
        for (String n : List.of("ana", "luis", "maria")) {
            tokens.put(n, store.create(n, Role.CASEWORKER));
        }
        ServerOptions o = ServerOptions.defaults(dir.resolve("elige.db").toString(), dir.resolve("tokens.json"), false)
                .withConcurrency(2, 3, 19);
        DecisionLogFailureTest.Faulty[] log = new DecisionLogFailureTest.Faulty[1];
        try (Started s = new Started(
                Server.start(
                        o,
                        TestServers.rules(),
                        new PrintWriter(new StringWriter(), true),
                        spec -> log[0] = new DecisionLogFailureTest.Faulty(Journal.Log.open(spec)),
                        Journal.Timing.DEFAULT),
                tokens)) {
            log[0].sleepMillis = 2_000; // each write takes 2 s: the requests stay in progress meanwhile
            List<CompletableFuture<Client.Answer>> stuck = new ArrayList<>();
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(3);
            for (String n : List.of("ana", "ana", "luis")) {
                stuck.add(CompletableFuture.supplyAsync(
                        () -> s.as(n).post("/api/v1/evaluations", ApiTest.EXAMPLE), clients));
                Thread.sleep(300);
            }
            clients.shutdown();
            Thread.sleep(500);
            Client.Answer third = s.as("ana").get("/api/v1/rules?lang=en");
            assertEquals(429, third.status(), "ana has two in progress: " + third.body());
            assertTrue(third.json().path("detail").asString().contains("2 requests in progress"), third.body());
            long t0 = System.nanoTime();
            Client.Answer busy = s.as("maria").get("/api/v1/rules?lang=en");
            assertTrue((System.nanoTime() - t0) / 1e9 < 2, "refused at once, never left waiting");
            assertEquals(503, busy.status(), "three requests are in progress, the service's cap: " + busy.body());
            assertTrue(
                    busy.json().path("type").asString().endsWith("/busy") && busy.header("Retry-After") != null,
                    busy.body());
            assertEquals(200, Client.to(s.server()).get("/api/v1/health").status(), "health is never capped");
            assertTrue(Client.to(s.server())
                    .get("/api/v1/metrics")
                    .body()
                    .contains("\nelige_http_requests_in_progress 3\n"));
            log[0].sleepMillis = 0;
            for (CompletableFuture<Client.Answer> f : stuck) {
                assertEquals(201, f.get(60, TimeUnit.SECONDS).status());
            }
            assertEquals(200, s.as("maria").get("/api/v1/rules").status(), "the places came back");
            assertEquals(200, s.as("ana").get("/api/v1/rules").status());
        }
    }
}
