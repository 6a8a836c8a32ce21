package org.elige.vary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.elige.TestRules;
import org.elige.input.Json;
import org.elige.model.Outcome;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A household re-decided along a numeric fact: points, totals and thresholds found to the cent. */
class VariationTest {
    private static final String INCOME = "/household_monthly_income_mxn";
    private static RuleSet income;

    @BeforeAll
    static void rules(@TempDir Path dir) throws Exception {
        income = RuleSetLoader.load(IncomeRules.in(dir));
    }

    private static Sweep sweep(String pointer, String from, String to, String step) throws Exception {
        return Variation.run(
                income,
                IncomeRules.RECORD.getBytes(StandardCharsets.UTF_8),
                null,
                Map.of(),
                pointer,
                new BigDecimal(from),
                new BigDecimal(to),
                new BigDecimal(step));
    }

    private static Reading reading(Point p, String program) {
        return p.results().stream()
                .filter(r -> r.program().equals(program))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anIncomeLimitCrossedByACentIsFoundExactlyAndNamed() throws Exception {
        Sweep s = sweep(INCOME, "0", "10000", "250");
        assertEquals(41, s.points().size());
        Threshold t = s.thresholds().stream()
                .filter(x -> x.program().equals("INC"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("5000.50").compareTo(t.before()), "last eligible value: " + t.before());
        assertEquals(0, new BigDecimal("5000.51").compareTo(t.at()), "first value over the limit: " + t.at());
        assertEquals(Outcome.ELIGIBLE, t.fromOutcome());
        assertEquals(Outcome.NOT_ELIGIBLE, t.toOutcome());
        assertEquals("inc.income.max", t.parameter());
        assertEquals(List.of("INC-01"), t.criteria());
        assertEquals(1, s.thresholds().size(), "the person's program does not read the income: " + s.thresholds());
    }

    @Test
    void theTotalIsTheMonthlyEquivalentOfEveryPeriodicBenefit() throws Exception {
        Sweep s = sweep(INCOME, "5000", "5250", "250");
        Point under = s.points().get(0);
        Point over = s.points().get(1);
        assertEquals(new BigDecimal("600.00"), reading(under, "INC").benefit().monthly(), "1,200 every two months");
        assertEquals(0, new BigDecimal("1700").compareTo(under.total()), "600 + the demo's 1,100 a month (2021 on)");
        assertNull(reading(over, "INC").benefit());
        assertEquals(0, new BigDecimal("1100").compareTo(over.total()));
    }

    @Test
    void theJsonNamesTheAxisEachPointAndEachThreshold() throws Exception {
        JsonNode json = Json.READER.readTree(Json.WRITER.writeValueAsString(sweep(INCOME, "0", "10000", "2500")));
        assertEquals(INCOME, json.at("/axis/pointer").asString());
        assertEquals(5, json.at("/axis/count").asInt());
        assertEquals("MXN/month", json.at("/total_unit").asString());
        JsonNode point = json.at("/points/0");
        assertEquals(0, point.get("value").asInt());
        assertTrue(point.has("total"));
        JsonNode inc = null;
        for (JsonNode r : point.get("results")) {
            assertTrue(r.has("program") && r.has("unit") && r.has("outcome") && r.has("benefit"), r.toString());
            if (r.get("program").asString().equals("INC")) {
                inc = r;
            }
        }
        assertEquals("HOUSEHOLD", inc.at("/unit/kind").asString());
        assertEquals("ELIGIBLE", inc.get("outcome").asString());
        assertEquals(1200, inc.at("/benefit/amount").asInt());
        assertEquals("MXN/2 months", inc.at("/benefit/unit").asString());
        JsonNode t = json.at("/thresholds/0");
        assertEquals("INC", t.get("program").asString());
        assertEquals("5000.51", t.get("at").decimalValue().toPlainString());
        assertEquals("ELIGIBLE", t.get("from_outcome").asString());
        assertEquals("NOT_ELIGIBLE", t.get("to_outcome").asString());
        assertEquals("inc.income.max", t.get("parameter").asString());
    }

    @Test
    void aMembersIncomeIsAnAxisToo() throws Exception {
        Sweep s = sweep("/members/0/monthly_income_mxn", "0", "1000", "100");
        assertEquals(11, s.points().size());
        assertTrue(s.thresholds().isEmpty(), "no rule here reads it");
    }

    @Test
    void theShippedSocialHousingLimitIsFoundToTheCentWithItsComputedLimit() throws Exception {
        byte[] record = Files.readAllBytes(Path.of("examples/household.json"));
        Sweep s = Variation.run(
                TestRules.shipped(),
                record,
                null,
                Map.of(),
                INCOME,
                BigDecimal.ZERO,
                new BigDecimal("20000"),
                new BigDecimal("250"));
        assertEquals(81, s.points().size());
        Threshold t = s.thresholds().stream()
                .filter(x -> x.program().equals("CONAVI_VS"))
                .findFirst()
                .orElseThrow();
        assertEquals("17197.28", t.before().toPlainString(), "5 UMA × 113.14 × 30.4");
        assertEquals("17197.29", t.at().toPlainString());
        assertEquals("income_limit", t.limit());
        assertTrue(t.parameters().contains("conavi.vs.max_uma"), t.parameters().toString());
    }

    @Test
    void aWholeNumberIsFoundToOneAndAFractionToItsSchemasGrain() throws Exception {
        byte[] record = Files.readAllBytes(Path.of("examples/household.json"));
        Sweep people = Variation.run(
                TestRules.shipped(),
                record,
                null,
                Map.of(),
                "/location/locality_population",
                BigDecimal.ZERO,
                new BigDecimal("5000"),
                new BigDecimal("250"));
        assertEquals(BigDecimal.ONE, people.axis().grain());
        Threshold t = people.thresholds().stream()
                .filter(x -> x.program().equals("PROBIPI_INFRA"))
                .findFirst()
                .orElseThrow();
        assertEquals("49", t.before().toPlainString());
        assertEquals("50", t.at().toPlainString());
        assertEquals("probipi.pop.min", t.parameter());
        Sweep hectares = Variation.run(
                TestRules.shipped(),
                record,
                null,
                Map.of(),
                "/parcels/0/area_ha",
                BigDecimal.ZERO,
                new BigDecimal("50"),
                new BigDecimal("5"));
        Threshold ppb = hectares.thresholds().stream()
                .filter(x -> x.program().equals("PPB"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("20").compareTo(ppb.before()), "at most 20 rain-fed hectares");
        assertEquals(0, new BigDecimal("20.0001").compareTo(ppb.at()), "to the schema's 0.0001 ha");
        assertEquals("ppb.max_ha.temporal", ppb.parameter());
    }

    @Test
    void anAxisThatCannotBeVariedSaysWhyNamingThePointer() {
        assertEquals(
                "The household schema has no number at /dwelling/floor: --vary takes a numeric fact, such as"
                        + " /household_monthly_income_mxn or /members/0/monthly_income_mxn.",
                assertThrows(VaryException.class, () -> sweep("/dwelling/floor", "0", "1", "1"))
                        .text()
                        .en());
        assertTrue(assertThrows(VaryException.class, () -> sweep("/no_such_fact", "0", "1", "1"))
                .text()
                .es()
                .contains("/no_such_fact"));
        assertTrue(assertThrows(VaryException.class, () -> sweep("/members/3/monthly_income_mxn", "0", "1", "1"))
                .text()
                .en()
                .startsWith("The record has no /members/3 to set monthly_income_mxn in"));
        assertEquals(
                "From 0 to 20000 in steps of 1 makes 20,001 values; at most 400 are allowed: take a larger step or a"
                        + " shorter range.",
                assertThrows(VaryException.class, () -> sweep(INCOME, "0", "20000", "1"))
                        .text()
                        .en());
        assertTrue(assertThrows(VaryException.class, () -> sweep(INCOME, "0", "100", "0.001"))
                .text()
                .en()
                .contains("is counted in steps of 0.01"));
        assertTrue(assertThrows(VaryException.class, () -> sweep(INCOME, "-10", "100", "10"))
                .text()
                .en()
                .contains("takes values from 0 to 100000000"));
        assertTrue(assertThrows(VaryException.class, () -> sweep(INCOME, "100", "0", "10"))
                .text()
                .en()
                .contains("must rise"));
        assertTrue(assertThrows(VaryException.class, () -> sweep(INCOME, "0", "100", "0"))
                .text()
                .en()
                .contains("above zero"));
    }

    @Test
    void theLastValueIsTheEndOfTheRangeEvenOffTheStep() throws Exception {
        Sweep s = sweep(INCOME, "0", "1000", "300");
        assertEquals(
                List.of("0", "300", "600", "900", "1000"),
                s.points().stream().map(p -> p.value().toPlainString()).toList());
    }
}
