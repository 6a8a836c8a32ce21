package org.elige.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.elige.audit.Database;
import org.elige.audit.LogReader;
import org.elige.engine.Evaluator;
import org.elige.generate.Generator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Concurrency, bounded and on loopback: 2,000 evaluations from 32 concurrent clients, with no
 * error; afterwards every answered decision is in the log and the hash chain verifies. (Speed is
 * measured by {@code bench/http.sh}, not here.)
 */
class LoadTest {
    static final int EVALUATIONS = 2_000;
    static final int CLIENTS = 32;
    static final int DISTINCT = 250;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void twoThousandEvaluationsFromThirtyTwoClientsAreAllAnsweredAndLogged(@TempDir Path dir) throws Exception {
        List<String> households = households(TestServers.rules().get());
        Server server = TestServers.start(true, dir);
        Map<String, Integer> answered = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    Client client = Client.to(server);
                    for (int i = next.getAndIncrement(); i < EVALUATIONS; i = next.getAndIncrement()) {
                        try {
                            Client.Answer a = client.post("/api/v1/evaluations", households.get(i % households.size()));
                            if (a.status() == 201) {
                                answered.put(a.json().path("decision_id").asString(), i);
                            } else {
                                failures.add(i + ": " + a.status() + " " + a.body());
                            }
                        } catch (RuntimeException e) {
                            failures.add(i + ": " + e);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(14, TimeUnit.MINUTES);
            }
            assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " errors");
            assertEquals(EVALUATIONS, answered.size(), "every answer has its own decision id");
            JsonNode verify = Client.to(server).get("/api/v1/audit/verify").json();
            assertTrue(verify.path("intact").asBoolean(), verify.toString());
            assertEquals(EVALUATIONS, verify.path("records").asInt());
        } finally {
            clients.shutdownNow();
            server.close();
        }
        Set<String> logged = new HashSet<>();
        try (Database db = Database.open(dir.resolve("elige.db").toString(), false)) {
            new LogReader(db).forEach(null, null, row -> logged.add(row.entry().decisionId()));
        }
        assertEquals(answered.keySet(), logged, "every answered decision is in the log, and nothing else");
    }

    /** Generated households that are valid records (the generator makes a few bad CURPs on purpose). */
    static List<String> households(RuleSet rules) {
        Generator g = new Generator(7, LocalDate.parse("2025-10-01"), rules);
        List<String> out = new ArrayList<>();
        for (long i = 0; out.size() < DISTINCT; i++) {
            byte[] record = Json.WRITER.writeValueAsBytes(g.household(i));
            try {
                if (Evaluator.decide(rules, record, null, Map.of()).errors().isEmpty()) {
                    out.add(new String(record, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (InputException e) {
                // not a valid record: not one for this test
            }
        }
        return out;
    }
}
