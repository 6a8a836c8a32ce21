package org.elige.prospects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.model.Decision;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** One fixture per kind of prospect (src/test/resources/prospects), and the sample household. */
class ProspectorTest {
    static final RuleSet RULES = TestRules.shipped();

    /** A record's decision and its prospects. */
    record Seen(Input input, Decision decision, Prospects prospects) {
        Prospect of(String program, String unit) {
            return prospects.items().stream()
                    .filter(p -> p.program().equals(program) && p.unit().id().equals(unit))
                    .findFirst()
                    .orElse(null);
        }

        Result result(String program, String unit) {
            return decision.results().stream()
                    .filter(r -> r.program().equals(program) && r.unit().id().equals(unit))
                    .findFirst()
                    .orElseThrow();
        }
    }

    static Seen seen(byte[] record) throws InputException {
        Parameters parameters = RULES.parameters();
        Input input = HouseholdReader.read(record, RULES.enrollable(), null);
        Decision d = Evaluator.evaluate(RULES, input, parameters);
        return new Seen(input, d, Prospector.of(RULES, input, parameters, d, Prospector.HORIZON));
    }

    static Seen fixture(String name) throws IOException, InputException {
        return seen(Files.readAllBytes(Path.of("src/test/resources/prospects/" + name + ".json")));
    }

    @Test
    void pamOpensOnThe65thBirthday() throws Exception {
        Seen s = fixture("pam-opens-on-the-65th-birthday");
        assertEquals(Outcome.NOT_ELIGIBLE, s.result("PAM", "P1").outcome());
        NextDate next = s.of("PAM", "P1").eligibleFrom();
        assertEquals(LocalDate.of(2027, 4, 27), next.date());
        assertEquals(Outcome.ELIGIBLE, next.outcome());
        assertEquals(
                "Puede solicitar a partir del 27 de abril de 2027 (cumple 65 años).",
                next.explanation().es());
        assertEquals(
                "Can apply from 27 April 2027 (turns 65).", next.explanation().en());
        assertTrue(s.of("PAM", "P1").wouldQualifyIf().isEmpty(), "an age is shown as a date, never as a change");
    }

    @Test
    void someoneBornOn29FebruaryIsAYearOlderOn1MarchInAnOrdinaryYear() throws Exception {
        Seen s = fixture("pam-born-on-29-february");
        assertEquals(LocalDate.of(2025, 3, 1), s.of("PAM", "P1").eligibleFrom().date());
    }

    @Test
    void pmbOpensOutsideIndigenousMunicipalitiesOnTheFirstOfAugust2025() throws Exception {
        Seen s = fixture("pmb-opens-everywhere-on-2025-08-01");
        assertEquals(Outcome.NOT_ELIGIBLE, s.result("PMB", "P1").outcome());
        NextDate next = s.of("PMB", "P1").eligibleFrom();
        assertEquals(LocalDate.of(2025, 8, 1), next.date());
        assertTrue(next.because().es().contains("pasa a ser 60"), next.because().es());
        assertEquals(LocalDate.of(2029, 3, 1), s.of("PAM", "P1").eligibleFrom().date());
    }

    @Test
    void anIncomeOneCentOverTheLineNamesTheIncomeThatQualifies() throws Exception {
        Seen s = fixture("sv-income-one-cent-over-the-line");
        assertEquals(Outcome.NOT_ELIGIBLE, s.result("SV", "P1").outcome());
        Change c = only(s.of("SV", "P1").wouldQualifyIf());
        assertEquals("/household_monthly_income_mxn", c.path());
        assertEquals(0, new BigDecimal("6793.42").compareTo(c.now()));
        assertEquals(0, new BigDecimal("6793.41").compareTo(c.needed()));
        assertEquals("<=", c.comparison());
        assertEquals("lp.rural.lpi", c.limit().parameter());
        assertEquals(0, new BigDecimal("3396.71").compareTo(c.limit().value()));
        assertEquals(Outcome.ELIGIBLE, c.outcome());
        assertTrue(
                c.explanation().es().contains("a lo más 6,793.41 (hoy: 6,793.42)"),
                c.explanation().es());
    }

    @Test
    void tooFewHectaresNamesTheAreaThatQualifies() throws Exception {
        Seen s = fixture("sv-too-few-hectares");
        Change c = only(s.of("SV", "P1").wouldQualifyIf());
        assertEquals("/parcels/0/area_ha", c.path());
        assertEquals(0, new BigDecimal("2.5").compareTo(c.needed()));
        assertEquals(">=", c.comparison());
        assertEquals("sv.min_ha", c.limit().parameter());
    }

    @Test
    void oneParcelOfSeveralNamesWhatItWouldHaveToHold() throws Exception {
        Seen s = fixture("sv-two-parcels-short-of-hectares");
        List<Change> changes = s.of("SV", "P1").wouldQualifyIf();
        assertEquals(
                List.of("/parcels/0/area_ha", "/parcels/1/area_ha"),
                changes.stream().map(Change::path).toList());
        for (Change c : changes) {
            assertEquals(0, new BigDecimal("1.3").compareTo(c.needed()), c.toString());
            assertEquals(">=", c.comparison());
        }
    }

    @Test
    void aResultNoSingleChangeOpensHasNoProspect() throws Exception {
        Seen s = fixture("sv-no-single-change-opens-it");
        assertEquals(Outcome.NOT_ELIGIBLE, s.result("SV", "P1").outcome());
        assertNull(
                s.of("SV", "P1"),
                "SV-02 (an urban locality) and SV-03 (the income) both fail: no single fact opens it");
    }

    @Test
    void theSampleHouseholdHearsWhenTheSpouseCanApplyAndWhatWouldQualifyTheGroup() throws Exception {
        Seen s = seen(Files.readAllBytes(Path.of("examples/household.json")));
        assertEquals(LocalDate.of(2029, 2, 10), s.of("PAM", "P3").eligibleFrom().date());
        assertNull(s.of("PAM", "P2"), "22 today: 65 is beyond the horizon");
        Change coop = only(s.of("COOP", "G1").wouldQualifyIf());
        assertEquals("/groups/0/members_count", coop.path());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(coop.needed()));
    }

    @Test
    void everyClaimIsWhatTheRulesDecide() throws Exception {
        for (String name : List.of(
                "pam-opens-on-the-65th-birthday",
                "pam-born-on-29-february",
                "pmb-opens-everywhere-on-2025-08-01",
                "sv-income-one-cent-over-the-line",
                "sv-too-few-hectares",
                "sv-two-parcels-short-of-hectares",
                "sv-no-single-change-opens-it")) {
            Claims.check(RULES, fixture(name));
        }
    }

    static Change only(List<Change> changes) {
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    /** Re-checks every claim of prospects with the rules. */
    static final class Claims {
        private Claims() {}

        static void check(RuleSet rules, Seen s) {
            for (Prospect p : s.prospects().items()) {
                String key =
                        p.program() + " " + p.unit().kind() + " " + p.unit().id();
                if (p.eligibleFrom() != null) {
                    LocalDate day = p.eligibleFrom().date();
                    assertEquals(p.eligibleFrom().outcome(), outcome(rules, Prospector.on(s.input(), day), key), key);
                    assertTrue(
                            !Prospector.positive(outcome(rules, Prospector.on(s.input(), day.minusDays(1)), key))
                                    || day.minusDays(1).equals(s.decision().evaluationDate()),
                            key + " opens the day before");
                }
                for (Change c : p.wouldQualifyIf()) {
                    assertEquals(c.outcome(), outcome(rules, Changes.with(s.input(), c.path(), c.needed()), key), key);
                    BigDecimal step =
                            c.needed().scale() > 0 || c.now().scale() > 0 ? new BigDecimal("0.01") : BigDecimal.ONE;
                    BigDecimal closer = "<=".equals(c.comparison())
                            ? c.needed().add(step)
                            : c.needed().subtract(step);
                    assertNotNull(outcome(rules, Changes.with(s.input(), c.path(), closer), key));
                    assertTrue(
                            !Prospector.positive(outcome(rules, Changes.with(s.input(), c.path(), closer), key)),
                            key + ": " + closer + " qualifies too");
                }
            }
        }

        static Outcome outcome(RuleSet rules, Input input, String key) {
            return Evaluator.evaluate(rules, input, rules.parameters(), false).results().stream()
                    .filter(r -> Prospector.key(r).equals(key))
                    .map(Result::outcome)
                    .findFirst()
                    .orElse(null);
        }
    }
}
