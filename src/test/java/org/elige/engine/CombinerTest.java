package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.input.InputException;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.Status;
import org.elige.rules.Condition;
import org.elige.rules.Program;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a program's findings combine into its outcome, through real evaluations of small programs:
 * ALT (ALT-01 and one of two alternatives, ALT-02 or ALT-03 with ALT-04; ALT-05 an exclusion;
 * decided in full from 2020 to 2022), APPLY (a competitive award, no period) and KIDS (only for the
 * children of households enrolled in it).
 */
class CombinerTest {
    private static final LocalDate INSIDE = LocalDate.parse("2021-06-01");
    private static final LocalDate AFTER = LocalDate.parse("2025-06-01");
    private static final LocalDate BEFORE = LocalDate.parse("2019-06-01");

    @TempDir
    static Path dir;

    private static RuleSet rules;

    @BeforeAll
    static void load() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("alt/program.yaml", """
                id: ALT
                name: {es: "Alternativas", en: "Alternatives"}
                unit: PERSON
                criteria: [ALT-01, ALT-02, ALT-03, ALT-04, ALT-05]
                eligible_when: {all: [ALT-01, {any: [ALT-02, {all: [ALT-03, ALT-04]}]}]}
                exclusions: {ALT-05: OTHER}
                period:
                  from: 2020-01-01
                  until: 2022-12-31
                  note: {es: "No se sabe si sigue.", en: "Whether it continues is not known."}
                """);
        files.put("alt/parameters.yaml", """
                alt.age.min:
                  values:
                    - {valid_from: 2020-01-01, valid_until: 2021-12-31, value: 18, tag: SEC, source: "ALT 2020"}
                    - {valid_from: 2022-01-01, valid_until: 2022-12-31, value: 25, tag: SEC, source: "ALT 2022"}
                alt.amount:
                  values:
                    - {valid_from: 2020-01-01, value: 1000, tag: SEC, source: "ALT 2020"}
                    - {valid_from: 2022-01-01, value: 1200, tag: SEC, source: "ALT 2022"}
                """);
        files.put(
                "alt/rules.drl",
                TinyRules.DRL_HEAD
                        + TinyRules.criterion(
                                "ALT-01",
                                "c.decide(c.isTrue($p.studying()).and(c.atLeast($p.age(), \"alt.age.min\")));")
                        + TinyRules.criterion("ALT-02", "c.decide(c.isTrue($p.speaksIndigenousLanguage()));")
                        + TinyRules.criterion("ALT-03", "c.decide(c.isTrue($p.selfIdentifiesIndigenous()));")
                        + TinyRules.criterion("ALT-04", "c.decide(c.isTrue($p.selfIdentifiesAfromexican()));")
                        + TinyRules.criterion("ALT-05", "c.decide(c.isFalse($p.disability()));")
                        + """
                rule "ALT amount"
                    @benefit("ALT")
                    @es_found("{amount} MXN") @en_found("{amount} MXN")
                when
                    $p : Person()
                then
                    BenefitBuilder b = out.benefit(kcontext, $p);
                    b.amount(b.number("alt.amount")).per("MXN/month").give();
                end
                """);
        files.put("apply/program.yaml", """
                id: APPLY
                name: {es: "Convocatoria", en: "Call"}
                unit: PERSON
                award: ELIGIBLE_TO_APPLY
                criteria: [APPLY-01]
                """);
        files.put(
                "apply/rules.drl",
                TinyRules.DRL_HEAD.replace("rules.tiny", "rules.apply")
                        + TinyRules.criterion("APPLY-01", "c.decide(c.isTrue($p.studying()));"));
        files.put("kids/program.yaml", """
                id: KIDS
                name: {es: "Hijos", en: "Children"}
                unit: PERSON
                units: {relationship_to_head: [CHILD], household_enrolled_in: [KIDS]}
                criteria: [KIDS-01]
                """);
        files.put(
                "kids/rules.drl",
                TinyRules.DRL_HEAD.replace("rules.tiny", "rules.kids")
                        + TinyRules.criterion("KIDS-01", "c.decide(c.isTrue($p.studying()));"));
        rules = TinyRules.load(dir, files);
    }

    /** A member born in 1990 with these fields (JSON members, without braces). */
    private static String member(String id, String fields) {
        return "{\"member_id\": \"" + id + "\", \"birth_date\": \"1990-01-01\""
                + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    private static final String QUALIFIES = "\"studying\": true, \"speaks_indigenous_language\": true,"
            + " \"self_identifies_indigenous\": false, \"self_identifies_afromexican\": false, \"disability\": false";

    /** One member per case, in this order: P1 .. P8 at /members/0 .. /members/7. */
    private static final String CASES = "{\"household_id\": \"H1\", \"members\": ["
            // P1: ALT-01 and the first alternative
            + member("P1", QUALIFIES) + ", "
            // P2: ALT-01 and the second alternative
            + member(
                    "P2",
                    "\"studying\": true, \"speaks_indigenous_language\": false, \"self_identifies_indigenous\": true,"
                            + " \"self_identifies_afromexican\": true, \"disability\": false")
            + ", "
            // P3: fails ALT-01, the first alternative holds
            + member("P3", QUALIFIES.replace("\"studying\": true", "\"studying\": false")) + ", "
            // P4: every alternative fails
            + member(
                    "P4",
                    "\"studying\": true, \"speaks_indigenous_language\": false, \"self_identifies_indigenous\": false,"
                            + " \"self_identifies_afromexican\": true, \"disability\": false")
            + ", "
            // P5: the first alternative is open, the second fails
            + member(
                    "P5",
                    "\"studying\": true, \"self_identifies_indigenous\": true, \"self_identifies_afromexican\": false,"
                            + " \"disability\": false")
            + ", "
            // P6: qualifies but fails the exclusion
            + member("P6", QUALIFIES.replace("\"disability\": false", "\"disability\": true")) + ", "
            // P7: ALT-01 open, the first alternative holds
            + member("P7", QUALIFIES.replace("\"studying\": true, ", "")) + ", "
            // P8: born 2003: 18 in 2021, 22 in 2025
            + member("P8", QUALIFIES).replace("1990-01-01", "2003-03-01")
            + "]}";

    private static Decision decide(String record, LocalDate on) {
        try {
            return Evaluator.decide(rules, record.getBytes(StandardCharsets.UTF_8), on, Map.of());
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    private static Result result(Decision d, String program, String member) {
        List<Result> found = d.results().stream()
                .filter(r -> r.program().equals(program) && r.unit().id().equals(member))
                .toList();
        assertEquals(1, found.size(), program + "/" + member);
        return found.get(0);
    }

    private static Map<String, Status> statuses(Result r) {
        Map<String, Status> s = new LinkedHashMap<>();
        r.criteria().forEach(f -> s.put(f.id(), f.status()));
        return s;
    }

    private static Map<String, Status> statuses(Status... each) {
        Map<String, Status> s = new LinkedHashMap<>();
        for (int i = 0; i < each.length; i++) {
            s.put("ALT-0" + (i + 1), each[i]);
        }
        return s;
    }

    private static final Status P = Status.PASSED;
    private static final Status F = Status.FAILED;
    private static final Status U = Status.UNKNOWN;
    private static final Status NA = Status.NOT_APPLICABLE;

    @Test
    void everyCriterionPassingIsEligibleWithTheBenefitAndTheAlternativeNotTakenIsNotApplicable() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P1");
        assertEquals(Outcome.ELIGIBLE, r.outcome());
        assertEquals(statuses(P, P, NA, NA, P), statuses(r));
        assertEquals(0, new BigDecimal("1000").compareTo(r.benefit().amount()));
        assertEquals(List.of(), r.missing());
        assertEquals(List.of(), r.decisive());
        Finding notTaken = r.criteria().get(2);
        assertEquals(List.of(), notTaken.missing());
        assertTrue(
                notTaken.explanation().en().startsWith("Does not apply (another option already qualifies): "),
                notTaken.explanation().en());
        assertTrue(
                notTaken.explanation().es().startsWith("No aplica (otra opción ya cumple): "),
                notTaken.explanation().es());
    }

    @Test
    void theOtherAlternativeTakenMakesTheFirstNotApplicable() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P2");
        assertEquals(Outcome.ELIGIBLE, r.outcome());
        assertEquals(statuses(P, NA, P, P, P), statuses(r));
    }

    @Test
    void anEligibleResultCarriesNoFailedCriterion() {
        Decision d = decide(CASES, INSIDE);
        for (Result r : d.results()) {
            if (r.outcome() == Outcome.ELIGIBLE || r.outcome() == Outcome.ELIGIBLE_TO_APPLY) {
                assertTrue(
                        r.criteria().stream().noneMatch(f -> f.status() == F),
                        r.program() + "/" + r.unit().id());
            }
        }
    }

    @Test
    void aFailedCriterionIsNotEligibleAndAnAlternativeNotTakenIsNoObstacleThere() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P3");
        assertEquals(Outcome.NOT_ELIGIBLE, r.outcome());
        assertEquals(statuses(F, P, NA, NA, P), statuses(r), "the first alternative passed: the second is no obstacle");
        assertEquals(List.of("ALT-01"), r.decisive());
        assertNull(r.benefit());
    }

    @Test
    void whenEveryAlternativeFailsTheirCriteriaAreFailed() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P4");
        assertEquals(Outcome.NOT_ELIGIBLE, r.outcome());
        assertEquals(statuses(P, F, F, P, P), statuses(r));
        assertEquals(List.of("ALT-02", "ALT-03"), r.decisive());
    }

    @Test
    void eachAlternativeKeepsItsStatusWhileAnotherIsUnknown() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P5");
        assertEquals(Outcome.UNDETERMINED, r.outcome());
        assertEquals(statuses(P, U, P, F, P), statuses(r));
        assertEquals(List.of("/members/4/speaks_indigenous_language"), r.missing());
        assertEquals(List.of("ALT-02"), r.decisive());
        assertNull(r.reason(), "the missing fact says it");
        assertNull(r.benefit());
    }

    @Test
    void anUnknownCriterionIsUndeterminedAndAnAlternativeNotTakenStaysNotApplicable() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P7");
        assertEquals(Outcome.UNDETERMINED, r.outcome());
        assertEquals(statuses(U, P, NA, NA, P), statuses(r));
        assertEquals(List.of("/members/6/studying"), r.missing());
    }

    @Test
    void failingOnlyAnExclusionIsAConflictWithTheBenefit() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P6");
        assertEquals(Outcome.CONFLICT, r.outcome());
        assertEquals(statuses(P, P, NA, NA, F), statuses(r));
        assertEquals(List.of("OTHER"), r.conflictsWith());
        assertEquals(List.of("ALT-05"), r.decisive());
        assertNotNull(r.benefit());
    }

    @Test
    void aCompetitiveAwardIsEligibleToApply() {
        Result r = result(decide(CASES, INSIDE), "APPLY", "P1");
        assertEquals(Outcome.ELIGIBLE_TO_APPLY, r.outcome());
        assertEquals(
                Outcome.NOT_ELIGIBLE,
                result(decide(CASES, INSIDE), "APPLY", "P3").outcome());
    }

    @Test
    void anInvalidUnitIsADataErrorWhateverItsCriteriaSay() {
        String record = "{\"household_id\": \"H2\", \"members\": [" + member("Q1", QUALIFIES) + ", "
                + member("Q1", QUALIFIES) + "]}";
        List<Result> alt = decide(record, INSIDE).results().stream()
                .filter(r -> r.program().equals("ALT"))
                .toList();
        assertEquals(
                List.of(Outcome.ELIGIBLE, Outcome.DATA_ERROR),
                alt.stream().map(Result::outcome).toList());
        assertNull(alt.get(1).benefit());
        assertNotNull(alt.get(1).reason());
    }

    @Test
    void anInvalidUnitIsADataErrorFirstEvenOutsideThePeriod() {
        String record = "{\"household_id\": \"H2\", \"members\": [" + member("Q1", QUALIFIES) + ", "
                + member("Q1", QUALIFIES) + "]}";
        List<Result> alt = decide(record, AFTER).results().stream()
                .filter(r -> r.program().equals("ALT"))
                .toList();
        assertEquals(
                List.of(Outcome.UNDETERMINED, Outcome.DATA_ERROR),
                alt.stream().map(Result::outcome).toList());
        assertTrue(alt.get(1).criteria().stream().noneMatch(f -> f.id().equals("ALT-IN-FORCE")));
    }

    @Test
    void outsideItsPeriodAProgramThatWouldBeEligibleIsUndeterminedWithAnUnknownInForceCriterionAndNoBenefit() {
        Result r = result(decide(CASES, AFTER), "ALT", "P1");
        assertEquals(Outcome.UNDETERMINED, r.outcome());
        Finding inForce = r.criteria().get(0);
        assertEquals("ALT-IN-FORCE", inForce.id());
        assertEquals(Status.UNKNOWN, inForce.status());
        assertEquals(List.of(), inForce.missing());
        assertEquals(List.of(), r.missing(), "nothing the household could supply settles the period");
        assertNull(r.benefit());
        assertEquals(
                "This program's rules are known from 2020 to 2022; the evaluation date (2025-06-01) is outside, so it was"
                        + " evaluated with the nearest rules and cannot be confirmed as eligible. Whether it continues is not known.",
                r.reason().en());
        assertTrue(
                r.reason()
                        .es()
                        .startsWith("Las reglas de este programa se conocen de 2020 a 2022; la fecha de evaluación"
                                + " (2025-06-01) queda fuera"),
                r.reason().es());
        assertEquals("ALT-IN-FORCE", r.decisive().get(0));
        assertTrue(r.notApplicableHere(), "outside its period a program does not apply here");
        assertFalse(result(decide(CASES, INSIDE), "ALT", "P1").notApplicableHere());
    }

    @Test
    void outsideItsPeriodAFailingCriterionIsStillNotEligible() {
        Result r = result(decide(CASES, AFTER), "ALT", "P3");
        assertEquals(Outcome.NOT_ELIGIBLE, r.outcome());
        assertEquals(Status.UNKNOWN, statuses(r).get("ALT-IN-FORCE"));
        assertEquals(List.of("ALT-01"), r.decisive());
    }

    @Test
    void outsideItsPeriodMissingListsTheFactsOfTheOtherCriteriaOnly() {
        Result r = result(decide(CASES, AFTER), "ALT", "P5");
        assertEquals(Outcome.UNDETERMINED, r.outcome());
        assertEquals(List.of("/members/4/speaks_indigenous_language"), r.missing());
    }

    @Test
    void outsideItsPeriodAProgramIsNeverEligible() {
        for (LocalDate on : List.of(AFTER, BEFORE)) {
            for (Result r : decide(CASES, on).results()) {
                if (r.program().equals("ALT")) {
                    assertTrue(
                            r.outcome() == Outcome.UNDETERMINED || r.outcome() == Outcome.NOT_ELIGIBLE,
                            r.unit().id() + " " + on);
                    assertNull(r.benefit());
                    assertEquals(Status.UNKNOWN, statuses(r).get("ALT-IN-FORCE"));
                }
            }
        }
    }

    @Test
    void outsideItsPeriodTheParametersOfTheNearestDateInItDecide() {
        Decision after = decide(CASES, AFTER);
        Result p8 = result(after, "ALT", "P8");
        assertEquals(Outcome.NOT_ELIGIBLE, p8.outcome(), "22 in 2025, below the 25 in force on 2022-12-31");
        assertEquals(Status.FAILED, statuses(p8).get("ALT-01"));
        Finding age = p8.criteria().stream()
                .filter(f -> f.id().equals("ALT-01"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("25").compareTo((BigDecimal)
                        age.parameters().get("alt.age.min").value()));
        Result before = result(decide(CASES, BEFORE), "ALT", "P1");
        assertEquals(
                Status.PASSED,
                statuses(before).get("ALT-01"),
                "the 18 in force on 2020-01-01, though none was in 2019");
        assertEquals(Outcome.UNDETERMINED, before.outcome());
    }

    @Test
    void insideItsPeriodThereIsNoInForceCriterion() {
        Result r = result(decide(CASES, INSIDE), "ALT", "P8");
        assertEquals(Outcome.ELIGIBLE, r.outcome());
        assertTrue(r.criteria().stream().noneMatch(f -> f.id().equals("ALT-IN-FORCE")));
    }

    @Test
    void aProgramWithoutAPeriodIsDecidedAtAnyDate() {
        Result r = result(decide(CASES, AFTER), "APPLY", "P1");
        assertEquals(Outcome.ELIGIBLE_TO_APPLY, r.outcome());
        assertEquals(List.of("APPLY-01"), r.criteria().stream().map(Finding::id).toList());
    }

    @Test
    void aUnitsFilterKeepsOnlyTheLivingChildrenOfHouseholdsEnrolledInTheProgram() {
        String family = "{\"household_id\": \"H3\", \"members\": ["
                + member("M1", "\"relationship_to_head\": \"HEAD\", \"studying\": true") + ", "
                + member("S1", "\"relationship_to_head\": \"SPOUSE\", \"studying\": true") + ", "
                + member("C1", "\"relationship_to_head\": \"CHILD\", \"studying\": true") + ", "
                + member("C2", "\"relationship_to_head\": \"CHILD\", \"studying\": true, \"deceased\": true") + ", "
                + member("C3", "\"studying\": true")
                + "], \"program_enrollments\": %s}";
        List<String> enrolled =
                kids(family.formatted("[{\"member_id\": \"M1\", \"program\": \"KIDS\", \"status\": \"ACTIVE\"}]"));
        assertEquals(
                List.of("C1"),
                enrolled,
                "not the head, the spouse, a dead child, nor a member whose relationship is unknown");
        assertEquals(
                List.of(),
                kids(family.formatted("[{\"member_id\": \"M1\", \"program\": \"APPLY\", \"status\": \"ACTIVE\"}]")));
        assertEquals(
                List.of(), kids(family.formatted("null")), "no enrollments recorded: no enrolment in KIDS is known");
        assertEquals(
                5 - 1,
                decide(family.formatted("[]"), INSIDE).results().stream()
                        .filter(r -> r.program().equals("APPLY"))
                        .count(),
                "a program without a filter decides for every living member");
    }

    private static List<String> kids(String record) {
        return decide(record, INSIDE).results().stream()
                .filter(r -> r.program().equals("KIDS"))
                .map(r -> r.unit().id())
                .toList();
    }

    @Test
    void failingATargetingCriterionMeansTheProgramDoesNotApplyHereButFailingAnotherDoesNot() throws Exception {
        Decision d = Evaluator.decide(
                org.elige.TestRules.shipped(),
                java.nio.file.Files.readAllBytes(Path.of("examples/household.json")),
                null,
                Map.of());
        Result fsue = result(d, "FSUE", "H-0001");
        assertEquals(List.of("FSUE-00"), fsue.decisive(), "the locality already has electricity");
        assertTrue(fsue.notApplicableHere());
        Result sv = result(d, "SV", "P1");
        assertEquals(List.of("SV-04"), sv.decisive(), "not enough land: not a targeting criterion of SV");
        assertFalse(sv.notApplicableHere());
    }

    // the waiving of alternatives itself

    private static Finding finding(String id, Status s) {
        return new Finding(id, s, Map.of(), Map.of(), null, null, List.of(), null, false);
    }

    private static Program program(Condition when, List<String> criteria) {
        return new Program(
                "W", null, "", "PERSON", null, "ELIGIBLE", criteria, when, Map.of(), List.of(), null, null, null, "w");
    }

    private static Condition c(String id) {
        return new Condition.Criterion(id);
    }

    @Test
    void aCriterionTheConditionAlsoNeedsElsewhereKeepsItsStatusThoughAnAlternativeNotTakenNamesIt() {
        Condition when = new Condition.All(List.of(
                c("W-01"), new Condition.Any(List.of(new Condition.All(List.of(c("W-01"), c("W-02"))), c("W-03")))));
        List<Finding> out = Combiner.notTaken(
                program(when, List.of("W-01", "W-02", "W-03")),
                List.of(finding("W-01", F), finding("W-02", F), finding("W-03", P)));
        assertEquals(List.of(F, NA, P), out.stream().map(Finding::status).toList());
    }

    @Test
    void anAlternativeInsideAnOpenAlternativeIsWaivedWhenItsOwnChoiceIsSettled() {
        Condition when = new Condition.Any(List.of(
                c("W-01"), new Condition.All(List.of(c("W-02"), new Condition.Any(List.of(c("W-03"), c("W-04")))))));
        List<Finding> out = Combiner.notTaken(
                program(when, List.of("W-01", "W-02", "W-03", "W-04")),
                List.of(finding("W-01", U), finding("W-02", U), finding("W-03", P), finding("W-04", F)));
        assertEquals(List.of(U, U, P, NA), out.stream().map(Finding::status).toList());
    }

    @Test
    void aCriterionAlreadyNotApplicableIsNotWaivedTwice() {
        Condition when = new Condition.Any(List.of(c("W-01"), c("W-02")));
        Finding own = new Finding(
                "W-02",
                NA,
                Map.of(),
                Map.of(),
                null,
                new org.elige.model.Text("No aplica: x", "Does not apply: x"),
                List.of(),
                null,
                false);
        List<Finding> out = Combiner.notTaken(program(when, List.of("W-01", "W-02")), List.of(finding("W-01", P), own));
        assertEquals(own, out.get(1));
    }
}
