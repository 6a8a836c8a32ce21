package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.elige.TestRules;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.Status;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EvaluatorTest {
    private static final RuleSet RULES = TestRules.shipped();

    private static String comparable(Decision d) {
        ObjectNode json = Json.WRITER.valueToTree(d);
        json.remove("decision_id");
        json.remove("decided_at");
        return Json.CANONICAL.writeValueAsString(json);
    }

    @Test
    void manyThreadsShareOneRuleSetAndGetTheSameDecision() throws Exception {
        byte[] record = Files.readAllBytes(Path.of("examples/household.json"));
        String expected = comparable(Evaluator.decide(RULES, record, null, Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> comparable(Evaluator.decide(RULES, record, null, Map.of()))));
            }
            for (Future<String> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyApplicableProgramAppearsOncePerUnit() throws Exception {
        Decision d = Evaluator.decide(RULES, Files.readAllBytes(Path.of("examples/household.json")), null, Map.of());
        long persons = 3;
        // SVJF decides only for the head's children in households with an SVJF enrolment (units:), none here
        long personPrograms = RULES.programs().values().stream()
                .filter(p -> p.unit().equals("PERSON") && p.units() == null)
                .count();
        assertEquals(
                persons * personPrograms,
                d.results().stream()
                        .filter(r -> r.unit().kind().equals("PERSON"))
                        .count());
        assertEquals(
                d.results().size(),
                d.results().stream().map(r -> r.program() + r.unit()).distinct().count());
    }

    @Test
    void theEvaluationDateNeverComesFromTheClock() throws Exception {
        byte[] record = Files.readAllBytes(Path.of("examples/household.json"));
        Decision d = Evaluator.decide(RULES, record, LocalDate.parse("2019-03-01"), Map.of());
        assertEquals(LocalDate.parse("2019-03-01"), d.evaluationDate());
        List<Result> pmb =
                d.results().stream().filter(r -> r.program().equals("PMB")).toList();
        assertTrue(!pmb.isEmpty());
        for (Result r : pmb) {
            assertNotEquals(Outcome.ELIGIBLE, r.outcome(), "PMB did not exist in 2019");
            assertNull(r.benefit());
            Finding inForce = r.criteria().get(0);
            assertEquals("PMB-IN-FORCE", inForce.id());
            assertEquals(Status.UNKNOWN, inForce.status());
            assertTrue(
                    inForce.reason().en().contains("known from 2025; the evaluation date (2019-03-01) is outside"),
                    inForce.reason().en());
        }
    }
}
