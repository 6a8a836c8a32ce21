package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elige.facts.Many;
import org.elige.facts.Person;
import org.elige.facts.Tri;
import org.elige.facts.Value;
import org.elige.model.Finding;
import org.elige.model.Status;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule API of {@link Check}: comparisons, code tests and quantifiers in three-valued logic. An
 * unknown fact makes a test UNKNOWN naming that fact; a parameter with no value names none and gives
 * the reason; a partly known count or total decides a bound when its known part settles it.
 */
class ThreeValuedCheckTest {
    private static final LocalDate ON = LocalDate.parse("2025-06-01");
    private static final String PARAMETERS = """
            tiny.age.min:
              values:
                - {valid_from: 2020-01-01, value: 18, tag: SEC, source: "Test rules"}
            tiny.ha.min:
              values:
                - {valid_from: 2020-01-01, value: 2.5, tag: SEC, source: "Test rules"}
            tiny.ha.max:
              values:
                - {valid_from: 2020-01-01, value: 10, tag: SEC, source: "Test rules"}
            tiny.states:
              values:
                - {valid_from: 2020-01-01, value: ["07", "20"], tag: SEC, source: "Test rules"}
            tiny.years:
              values:
                - {valid_from: 2020-01-01, value: [2021, 2022], tag: SEC, source: "Test rules"}
            tiny.switch:
              values:
                - {valid_from: 2020-01-01, value: true, tag: INTERP, source: "Test rules"}
            tiny.later:
              description: {es: "Límite posterior", en: "Later limit"}
              values:
                - {valid_from: 2030-01-01, value: 5, tag: SEC, source: "Test rules 2030"}
            tiny.states.later:
              description: {es: "Entidades posteriores", en: "Later states"}
              values:
                - {valid_from: 2030-01-01, value: ["07"], tag: SEC, source: "Test rules 2030"}
            tiny.support:
              values:
                - valid_from: 2020-01-01
                  brackets: [{up_to: 3, amount: 6400}, {up_to: 4, amount: 8000}, {up_to: 20, rate: 1200}]
                  tag: SEC
                  source: "Test rules, scale"
            """;

    @TempDir
    static Path dir;

    private static RuleSet rules;
    private Findings findings;
    private Person person;
    private Check c;

    /** A part of a record a rule quantifies over, e.g. a parcel's crop and area. */
    private record Plot(Value crop, Value ha) {}

    @BeforeAll
    static void load() {
        rules = TinyRules.load(
                dir,
                Map.of(
                        "tiny/program.yaml",
                        "id: TINY\nname: {es: \"Prueba\", en: \"Tiny\"}\nunit: PERSON\ncriteria: [TINY-01]\n",
                        "tiny/parameters.yaml",
                        PARAMETERS,
                        "tiny/rules.drl",
                        TinyRules.DRL_HEAD
                                + TinyRules.criterion("TINY-01", "c.decide(c.atLeast($p.age(), \"tiny.age.min\"));")));
    }

    @BeforeEach
    void start() {
        findings = TinyRules.findings(rules, ON);
        person = TinyRules.household("{\"household_id\": \"H1\", \"members\": [{\"member_id\": \"P1\"}]}", ON)
                .members()
                .get(0);
        c = new Check(findings, TinyRules.info(rules, "TINY-01"), person);
    }

    private static Value fact(String pointer, Object value) {
        return Value.raw(pointer, null, value instanceof Integer i ? BigDecimal.valueOf(i) : value);
    }

    private static Value absent(String pointer) {
        return Value.raw(pointer, null, null);
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static Tri unknown(String... missing) {
        return Tri.unknown(List.of(missing));
    }

    private Finding decided(Tri t) {
        c.decide(t);
        List<Finding> found = findings.of(person, "TINY-01");
        assertEquals(1, found.size());
        return found.get(0);
    }

    // comparisons

    @Test
    void aComparisonWithAKnownFactIsDecidedAndTheLimitIsInclusive() {
        assertSame(Tri.TRUE, c.atLeast(fact("/members/0/age", 18), "tiny.age.min"));
        assertSame(Tri.FALSE, c.atLeast(fact("/members/0/age", 17), "tiny.age.min"));
        assertSame(Tri.TRUE, c.atMost(fact("/x", 10), "tiny.ha.max"));
        assertSame(Tri.FALSE, c.below(fact("/x", 10), "tiny.ha.max"));
        assertSame(Tri.TRUE, c.above(fact("/x", 3), "tiny.ha.min"));
        assertSame(Tri.TRUE, c.between(fact("/x", 10), "tiny.ha.min", "tiny.ha.max"));
        assertSame(Tri.FALSE, c.between(fact("/x", 2), "tiny.ha.min", "tiny.ha.max"));
    }

    @Test
    void aComparisonWithAnUnknownFactIsUnknownNamingTheFact() {
        assertEquals(unknown("/members/0/birth_date"), c.atLeast(absent("/members/0/birth_date"), "tiny.age.min"));
        assertEquals(unknown("/x"), c.atMost(absent("/x"), n("3")));
        assertEquals(unknown("/x"), c.between(absent("/x"), "tiny.ha.min", "tiny.ha.max"));
    }

    @Test
    void aParameterWithNoValueOnTheDateMakesTheComparisonUnknownNamingNoFactWithTheReason() {
        Tri t = c.atLeast(absent("/members/0/birth_date"), "tiny.later");
        assertTrue(t.isUnknown());
        assertEquals(Set.of(), t.missing(), "asking for the birth date would not decide it");
        Finding f = decided(t);
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of(), f.missing());
        assertEquals(
                "No value is in force on 2025-06-01 for: later limit.",
                f.reason().en());
        assertEquals(Set.of("tiny.later"), f.parameters().keySet());
        assertNull(f.parameters().get("tiny.later").value());
    }

    @Test
    void aBoundThatFailsDecidesWhateverTheOtherBoundsParameterIs() {
        Tri t = c.atLeast(fact("/x", 1), "tiny.ha.min").and(c.atMost(fact("/x", 1), "tiny.later"));
        assertSame(Tri.FALSE, t);
        assertEquals(Status.FAILED, decided(t).status());
    }

    @Test
    void aLimitComputedAsUnknownMakesTheComparisonUnknownWithAReason() {
        BigDecimal limit = c.limit("twice_the_later", c.product(c.number("tiny.later"), n("2")));
        assertNull(limit);
        Finding f = decided(c.atLeast(fact("/x", 3), limit));
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of(), f.missing());
        assertEquals(
                "No value is in force on 2025-06-01 for: later limit.",
                f.reason().en(),
                "the first reason met is kept");
    }

    // codes and truth values

    @Test
    void inTellsWhetherTheFactIsOneOfAListParametersValues() {
        assertSame(Tri.TRUE, c.in(fact("/location/cve_ent", "07"), "tiny.states"));
        assertSame(Tri.FALSE, c.in(fact("/location/cve_ent", "09"), "tiny.states"));
        assertEquals(unknown("/location/cve_ent"), c.in(absent("/location/cve_ent"), "tiny.states"));
        assertSame(
                Tri.TRUE, c.in(fact("/parcels/0/cycle_year", n("2022.0")), "tiny.years"), "numbers compare by value");
        assertSame(Tri.FALSE, c.in(fact("/parcels/0/cycle_year", n("2023")), "tiny.years"));
    }

    @Test
    void inWithAListParameterWithNoValueIsUnknownNamingNoFact() {
        assertSame(Tri.UNKNOWN, c.in(fact("/location/cve_ent", "07"), "tiny.states.later"));
        assertSame(Tri.UNKNOWN, c.in(absent("/location/cve_ent"), "tiny.states.later"));
        assertEquals(
                "No value is in force on 2025-06-01 for: later states.",
                decided(c.in(absent("/location/cve_ent"), "tiny.states.later"))
                        .reason()
                        .en());
    }

    @Test
    void isTellsWhetherTheFactIsOneOfTheCodes() {
        assertSame(Tri.TRUE, c.is(fact("/dwelling/floor", "EARTH"), "EARTH", "SAND"));
        assertSame(Tri.FALSE, c.is(fact("/dwelling/floor", "CEMENT"), "EARTH", "SAND"));
        assertEquals(unknown("/dwelling/floor"), c.is(absent("/dwelling/floor"), "EARTH"));
    }

    @Test
    void isTrueAndIsFalseReadATrueFalseFactAndNameItWhenAbsent() {
        assertSame(Tri.TRUE, c.isTrue(fact("/members/0/studying", true)));
        assertSame(Tri.FALSE, c.isTrue(fact("/members/0/studying", false)));
        assertSame(Tri.TRUE, c.isFalse(fact("/members/0/studying", false)));
        assertEquals(unknown("/members/0/studying"), c.isTrue(absent("/members/0/studying")));
        assertEquals(unknown("/members/0/studying"), c.isFalse(absent("/members/0/studying")));
    }

    @Test
    void presentIsTrueForARecordedFactAndUnknownForAnAbsentOne() {
        assertSame(Tri.TRUE, c.present(fact("/members/0/curp", "X")));
        assertEquals(unknown("/members/0/curp"), c.present(absent("/members/0/curp")));
    }

    @Test
    void aSwitchParameterIsAKnownTruthValueOrUnknownWithoutAValue() {
        assertSame(Tri.TRUE, c.flag("tiny.switch"));
        assertSame(Tri.UNKNOWN, c.flag("tiny.later"));
    }

    @Test
    void aScaleGivesTheAmountOrRateOfTheBracketHoldingTheBase() {
        assertEquals(0, n("6400").compareTo(c.bracket(fact("/x", 2), "tiny.support")));
        assertEquals(0, n("6400").compareTo(c.bracket(fact("/x", 3), "tiny.support")), "up_to is inclusive");
        assertEquals(0, n("8000").compareTo(c.bracket(fact("/x", n("3.5")), "tiny.support")));
        assertEquals(0, n("12000").compareTo(c.bracket(fact("/x", 10), "tiny.support")), "a rate per unit of the base");
        assertNull(c.bracket(fact("/x", 21), "tiny.support"), "above the last bracket");
        assertNull(c.bracket(absent("/x"), "tiny.support"), "an unknown base");
    }

    // deciding

    @Test
    void aCriterionsMissingFactsAreExactlyThoseOfTheTriItDecides() {
        Tri t = c.isTrue(absent("/members/0/studying"))
                .or(c.isTrue(absent("/members/0/disability")))
                .and(c.isTrue(fact("/members/0/deceased", false)).not());
        Finding f = decided(t);
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of("/members/0/studying", "/members/0/disability"), f.missing());
        assertNull(f.reason());
    }

    @Test
    void aFactReadButNotNeededIsNotMissing() {
        Finding f =
                decided(c.isTrue(absent("/members/0/studying")).and(c.isTrue(fact("/members/0/disability", false))));
        assertEquals(Status.FAILED, f.status());
        assertEquals(List.of(), f.missing());
        assertTrue(f.facts().containsKey("/members/0/studying"), "every fact read is shown in the explanation");
    }

    @Test
    void decideIfIsNotApplicableWhenThePremiseIsKnownFalse() {
        c.decideIf(Tri.FALSE, unknown("/parcels/0/document"));
        Finding f = findings.of(person, "TINY-01").get(0);
        assertEquals(Status.NOT_APPLICABLE, f.status());
        assertEquals(List.of(), f.missing());
        assertTrue(
                f.explanation().en().startsWith("Does not apply: Seen"),
                f.explanation().en());
        assertTrue(
                f.explanation().es().startsWith("No aplica: Visto"),
                f.explanation().es());
    }

    @Test
    void decideIfDecidesTheTestWhereThePremiseHolds() {
        c.decideIf(Tri.TRUE, Tri.FALSE);
        assertEquals(Status.FAILED, findings.of(person, "TINY-01").get(0).status());
    }

    @Test
    void decideIfWithAnOpenPremisePassesATestThatHoldsAndLeavesOneThatFailsOpen() {
        c.decideIf(unknown("/parcels/0/tenure"), Tri.TRUE);
        assertEquals(Status.PASSED, findings.of(person, "TINY-01").get(0).status());
        Findings other = TinyRules.findings(rules, ON);
        Check d = new Check(other, TinyRules.info(rules, "TINY-01"), person);
        d.decideIf(unknown("/parcels/0/tenure"), Tri.FALSE);
        Finding f = other.of(person, "TINY-01").get(0);
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of("/parcels/0/tenure"), f.missing());
    }

    // quantifiers

    @Test
    void everyIsFalseAsSoonAsOnePartFailsAndOtherwiseNamesTheOpenParts() {
        assertSame(Tri.TRUE, c.every(List.of(fact("/a", true), fact("/b", true)), c::isTrue));
        assertSame(Tri.FALSE, c.every(List.of(fact("/a", true), absent("/b"), fact("/c", false)), c::isTrue));
        assertEquals(unknown("/b", "/c"), c.every(List.of(fact("/a", true), absent("/b"), absent("/c")), c::isTrue));
        assertSame(Tri.TRUE, c.every(List.<Value>of(), c::isTrue), "no parts in a known list: every one passes");
    }

    @Test
    void someIsTrueAsSoonAsOnePartPassesAndOtherwiseNamesTheOpenParts() {
        assertSame(Tri.TRUE, c.some(List.of(fact("/a", false), absent("/b"), fact("/c", true)), c::isTrue));
        assertSame(Tri.FALSE, c.some(List.of(fact("/a", false), fact("/b", false)), c::isTrue));
        assertEquals(unknown("/b"), c.some(List.of(fact("/a", false), absent("/b")), c::isTrue));
        assertSame(Tri.FALSE, c.some(List.<Value>of(), c::isTrue));
    }

    @Test
    void aQuantifierOverAnAbsentListIsUnknownNamingTheListNeverVacuouslyTrue() {
        Many<Value> parcels = Many.unknown("/parcels");
        assertEquals(unknown("/parcels"), c.every(parcels, v -> Tri.TRUE));
        assertEquals(unknown("/parcels"), c.some(parcels, v -> Tri.TRUE));
        Finding f = decided(c.every(parcels, v -> Tri.TRUE));
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of("/parcels"), f.missing());
    }

    @Test
    void aQuantifierOverAKnownListIsDecidedByItsParts() {
        Many<Value> parcels =
                Many.known("/parcels", List.of(fact("/parcels/0/damage", true), absent("/parcels/1/damage")));
        assertSame(Tri.TRUE, c.some(parcels, c::isTrue));
        assertEquals(unknown("/parcels/1/damage"), c.every(parcels, c::isTrue));
        assertSame(Tri.TRUE, c.every(Many.known("/parcels", List.<Value>of()), c::isTrue));
    }

    @Test
    void aTotalWithAnUnknownAmountPassesAtLeastOnItsKnownPart() {
        List<Plot> plots = List.of(
                new Plot(fact("/parcels/0/crop", "MAIZE"), fact("/parcels/0/area_ha", 5)),
                new Plot(fact("/parcels/1/crop", "MAIZE"), fact("/parcels/1/area_ha", n("2.66"))),
                new Plot(fact("/parcels/2/crop", "MAIZE"), absent("/parcels/2/area_ha")));
        Value ha = c.total("hectares", plots, p -> c.is(p.crop(), "MAIZE"), Plot::ha);
        assertFalse(ha.known());
        assertEquals(0, n("7.66").compareTo(ha.low()));
        assertNull(ha.high(), "an unknown area may be any size");
        assertSame(
                Tri.TRUE,
                c.atLeast(ha, "tiny.ha.min"),
                "7.66 known hectares reach 2.5 whatever the third parcel holds");
        assertSame(Tri.FALSE, c.atMost(ha, n("5")), "7.66 known hectares already exceed 5");
        assertEquals(
                unknown("/parcels/2/area_ha"),
                c.atMost(ha, "tiny.ha.max"),
                "7.66 is below 10 only if the third is small");
        assertEquals(unknown("/parcels/2/area_ha"), c.atLeast(ha, n("10")));
    }

    @Test
    void aTotalWithAnOpenSelectionLiesBetweenWhatIsCertainAndWhatIsPossible() {
        List<Plot> plots = List.of(
                new Plot(fact("/parcels/0/crop", "MAIZE"), fact("/parcels/0/area_ha", 5)),
                new Plot(absent("/parcels/1/crop"), fact("/parcels/1/area_ha", 3)),
                new Plot(fact("/parcels/2/crop", "SORGHUM"), absent("/parcels/2/area_ha")));
        Value ha = c.total("hectares", plots, p -> c.is(p.crop(), "MAIZE"), Plot::ha);
        assertEquals(0, n("5").compareTo(ha.low()));
        assertEquals(0, n("8").compareTo(ha.high()), "the sorghum parcel is left out whatever its area");
        assertEquals(List.of("/parcels/1/crop"), ha.missing());
        assertSame(Tri.TRUE, c.atLeast(ha, n("5")));
        assertSame(Tri.FALSE, c.atLeast(ha, n("9")));
        assertEquals(unknown("/parcels/1/crop"), c.atLeast(ha, n("8")));
        assertSame(Tri.TRUE, c.atMost(ha, n("8")));
        assertSame(Tri.FALSE, c.atMost(ha, n("4")));
        assertEquals(unknown("/parcels/1/crop"), c.atMost(ha, n("6")));
        assertSame(Tri.TRUE, c.below(ha, n("8.5")));
        assertSame(Tri.TRUE, c.above(ha, n("4.5")));
    }

    @Test
    void aTotalOfKnownPartsIsAKnownNumber() {
        List<Plot> plots = List.of(
                new Plot(fact("/parcels/0/crop", "MAIZE"), fact("/parcels/0/area_ha", 5)),
                new Plot(fact("/parcels/1/crop", "BEAN"), absent("/parcels/1/area_ha")),
                new Plot(fact("/parcels/2/crop", "MAIZE"), fact("/parcels/2/area_ha", n("1.5"))));
        Value ha = c.total("hectares", plots, p -> c.is(p.crop(), "MAIZE"), Plot::ha);
        assertTrue(ha.known());
        assertEquals(0, n("6.5").compareTo(ha.number()));
        assertEquals("hectares", ha.name());
    }

    @Test
    void aTotalOverAnAbsentListIsUnknownNamingTheList() {
        Value ha = c.total("hectares", Many.<Plot>unknown("/parcels"), p -> Tri.TRUE, Plot::ha);
        assertFalse(ha.known());
        assertEquals(List.of("/parcels"), ha.missing());
        assertEquals(unknown("/parcels"), c.atLeast(ha, "tiny.ha.min"));
        Value none = c.total("hectares", Many.known("/parcels", List.<Plot>of()), p -> Tri.TRUE, Plot::ha);
        assertEquals(0, BigDecimal.ZERO.compareTo(none.number()), "a known empty list totals zero");
    }

    @Test
    void aCountWithOpenPartsDecidesTheBoundsItsKnownPartSettles() {
        List<Value> ages = List.of(
                fact("/members/0/age", 30),
                fact("/members/1/age", 40),
                absent("/members/2/birth_date"),
                fact("/members/3/age", 10));
        Value adults = c.count("adults", ages, a -> c.atLeast(a, "tiny.age.min"));
        assertEquals(0, n("2").compareTo(adults.low()));
        assertEquals(0, n("3").compareTo(adults.high()));
        assertSame(Tri.TRUE, c.atLeast(adults, n("2")));
        assertEquals(unknown("/members/2/birth_date"), c.atLeast(adults, n("3")));
        assertSame(Tri.FALSE, c.atLeast(adults, n("4")));
        assertSame(Tri.FALSE, c.atMost(adults, n("1")));
        assertSame(Tri.TRUE, c.atMost(adults, n("3")));
        assertEquals(unknown("/members/2/birth_date"), c.atMost(adults, n("2")));
    }

    @Test
    void aCountOfKnownPartsIsAKnownNumberAndOverAnAbsentListUnknown() {
        Value adults = c.count("adults", List.of(fact("/a", 30), fact("/b", 10)), a -> c.atLeast(a, "tiny.age.min"));
        assertEquals(0, BigDecimal.ONE.compareTo(adults.number()));
        Value none = c.count("adults", Many.<Value>unknown("/members"), a -> Tri.TRUE);
        assertFalse(none.known());
        assertEquals(List.of("/members"), none.missing());
        assertEquals(unknown("/members"), c.atLeast(none, BigDecimal.ONE));
    }

    @Test
    void aQuantifierWithAnUnknownParameterIsUnknownWithTheParametersReason() {
        Tri t = c.some(List.of(fact("/a", 30), absent("/b")), a -> c.atLeast(a, "tiny.later"));
        assertSame(Tri.UNKNOWN, t);
        assertEquals(
                "No value is in force on 2025-06-01 for: later limit.",
                decided(t).reason().en());
    }
}
