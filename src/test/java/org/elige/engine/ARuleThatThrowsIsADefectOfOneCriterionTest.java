package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.batch.Batch;
import org.elige.batch.Decide;
import org.elige.batch.Summary;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.RuleDefect;
import org.elige.model.Status;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A rule whose consequence throws on one record (issue 12: a NullPointerException in a rule used
 * to end the evaluation, the request and the whole batch) leaves only its own criterion UNKNOWN
 * for that unit, with a finding that names the rule; every other criterion and unit is decided,
 * the decision lists the failure, and a batch lists the record in its errors and goes on.
 */
class ARuleThatThrowsIsADefectOfOneCriterionTest {
    private static final LocalDate DATE = LocalDate.parse("2025-10-01");

    @TempDir
    static Path dir;

    private static RuleSet rules;

    @BeforeAll
    static void load() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("boom/program.yaml", """
                id: BOOM
                name: {es: "Explota", en: "Explodes"}
                unit: PERSON
                criteria: [BOOM-01, BOOM-02]
                """);
        // BOOM-01 throws for a member who studies (as rules did on a number sent as text); its
        // benefit throws for a member with a disability.
        files.put(
                "boom/rules.drl",
                TinyRules.DRL_HEAD
                        + TinyRules.criterion("BOOM-01", """
                    if (Boolean.TRUE.equals($p.studying().bool())) {
                        throw new IllegalStateException("boom for " + $p.id());
                    }
                    c.decide(c.isFalse($p.studying()));""")
                        + TinyRules.criterion("BOOM-02", "c.decide(c.isFalse($p.disability()));")
                        + """
                rule "Boom amount"
                    @benefit("BOOM")
                    @es_found("{amount} MXN") @en_found("{amount} MXN")
                when
                    $p : Person()
                then
                    BenefitBuilder b = out.benefit(kcontext, $p);
                    if (Boolean.TRUE.equals($p.disability().bool())) {
                        Object nothing = null;
                        nothing.toString();
                    }
                    b.amount(java.math.BigDecimal.TEN).per("MXN/month").give();
                end
                """);
        rules = TinyRules.load(dir, files);
    }

    private static String household(String id, boolean studying) {
        return "{\"household_id\": \"" + id + "\", \"evaluation_date\": \"2025-10-01\", \"members\": ["
                + "{\"member_id\": \"P1\", \"studying\": " + studying + ", \"disability\": false},"
                + "{\"member_id\": \"P2\", \"studying\": false, \"disability\": false}]}";
    }

    private static Result result(Decision d, String member) {
        return d.results().stream()
                .filter(r -> r.unit().id().equals(member))
                .findFirst()
                .orElseThrow();
    }

    private static Finding criterion(Result r, String id) {
        return r.criteria().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFailingCriterionIsUnknownWithAFindingNamingTheRuleAndTheRestIsDecided() throws Exception {
        Decision d = Evaluator.decide(rules, household("H1", true).getBytes(StandardCharsets.UTF_8), null, Map.of());
        Result p1 = result(d, "P1");
        Finding failed = criterion(p1, "BOOM-01");
        assertEquals(Status.UNKNOWN, failed.status());
        assertEquals(
                "Criterion BOOM-01 could not be decided: its rule failed on this record. This is a defect in the rules, "
                        + "not in the data; tell whoever manages them.",
                failed.explanation().en());
        assertEquals(
                "No se pudo decidir el criterio BOOM-01: su regla falló con este registro. Es un defecto de las reglas, "
                        + "no de los datos; avise a quien las administra.",
                failed.explanation().es());
        assertFalse(failed.explanation().en().contains("Exception"), "no exception class reaches the caseworker");
        assertEquals(failed.explanation(), failed.reason());
        assertEquals(Outcome.UNDETERMINED, p1.outcome());
        assertEquals(
                Status.PASSED, criterion(p1, "BOOM-02").status(), "the other criterion of the same unit is decided");
        assertEquals(Outcome.ELIGIBLE, result(d, "P2").outcome(), "the same rule decides the other member");

        assertEquals(1, d.defects().size());
        RuleDefect defect = d.defects().get(0);
        assertEquals("Decides BOOM-01", defect.rule());
        assertEquals("BOOM-01", defect.criterion());
        assertEquals("P1", defect.unit().id());
        assertEquals("IllegalStateException: boom for P1", defect.error());
        assertTrue(
                defect.where().endsWith("boom/rules.drl:" + defect.where().replaceAll(".*rules.drl:", "")),
                defect.where());
    }

    @Test
    void aBenefitRuleThatThrowsLeavesTheAmountUnknownAndIsListed() throws Exception {
        String json = household("H2", false)
                .replace("\"disability\": false}", "\"disability\": true}")
                .replaceFirst("true}", "false}");
        Decision d = Evaluator.decide(rules, json.getBytes(StandardCharsets.UTF_8), null, Map.of());
        Result p2 = result(d, "P2");
        assertEquals(Outcome.NOT_ELIGIBLE, p2.outcome(), "BOOM-02 fails for a member with a disability: " + p2);
        assertEquals(1, d.defects().size(), d.defects().toString());
        assertEquals("Boom amount", d.defects().get(0).rule());
        assertNull(d.defects().get(0).criterion());
        assertTrue(
                d.defects().get(0).error().startsWith("NullPointerException"),
                d.defects().get(0).error());
        assertEquals(Outcome.ELIGIBLE, result(d, "P1").outcome());
        assertEquals(
                0,
                new java.math.BigDecimal("10.00")
                        .compareTo(result(d, "P1").benefit().amount()));
    }

    @Test
    void rulesBuiltAsAnExecutableModelHandleTheFailureTheSameWay() throws Exception {
        RuleSet model = org.elige.rules.RuleSetLoader.load(dir, org.elige.rules.BuildMode.EXECUTABLE_MODEL);
        Decision d = Evaluator.decide(model, household("H4", true).getBytes(StandardCharsets.UTF_8), null, Map.of());
        assertEquals(Status.UNKNOWN, criterion(result(d, "P1"), "BOOM-01").status());
        assertEquals("Decides BOOM-01", d.defects().get(0).rule());
        assertEquals(Outcome.ELIGIBLE, result(d, "P2").outcome());
    }

    @Test
    void theDefectIsNotPartOfTheWrittenDecision() throws Exception {
        Decision d = Evaluator.decide(rules, household("H3", true).getBytes(StandardCharsets.UTF_8), null, Map.of());
        JsonNode written = Json.READER.readTree(Json.WRITER.writeValueAsString(d));
        assertTrue(written.path("defects").isMissingNode(), "the decision contract is unchanged");
    }

    @Test
    void aBatchWithFailingRecordsInTheMiddleDecidesEveryLineAndListsTheFailingOnesWithTheRule() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 1001; i++) {
            in.append(household("H" + i, i >= 480 && i <= 520 && i % 2 == 0)).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Summary s = new Batch(new Decide(rules, null, Map.of(), false), 2)
                .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out, errors, null);
        assertEquals(1001, s.records());
        assertEquals(1001, s.decided());
        assertEquals(21, s.withDefects());
        assertEquals(0, s.failed() + s.refused());
        assertEquals(1001, out.toString(StandardCharsets.UTF_8).lines().count());
        List<JsonNode> listed = errors.toString(StandardCharsets.UTF_8)
                .lines()
                .map(l -> (JsonNode) Json.READER.readTree(l))
                .toList();
        assertEquals(21, listed.size());
        JsonNode first = listed.get(0);
        assertEquals(480, first.path("line").asLong());
        assertTrue(first.path("decided").asBoolean());
        assertEquals(
                "Decides BOOM-01",
                first.path("rule_defects").path(0).path("rule").asString());
        assertEquals(
                "BOOM-01", first.path("rule_defects").path(0).path("criterion").asString());
    }
}
