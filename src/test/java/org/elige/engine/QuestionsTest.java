package org.elige.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.elige.TestRules;
import org.elige.fixtures.FixtureCase;
import org.elige.generate.Generator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.Question;
import org.elige.model.Result;
import org.elige.model.Text;
import org.elige.model.Words;
import org.junit.jupiter.api.Test;

/** The facts to ask for, in words: whom each is about, its label, one question per fact, ranked. */
class QuestionsTest {

    private static Decision example() throws Exception {
        return Evaluator.decide(
                TestRules.shipped(), Files.readAllBytes(Path.of("examples/household.json")), null, Map.of());
    }

    @Test
    void everyFactTheShippedRulesCanReportMissingHasALabelInBothLanguages() throws Exception {
        Map<String, String> seen = new TreeMap<>();
        for (FixtureCase c : FixtureCase.load(TestRules.FIXTURES)) {
            try {
                collect(c.decide(TestRules.shipped()), c.name(), seen);
            } catch (InputException e) {
                // a fixture of an unreadable record has no criteria
            }
        }
        Generator generator = new Generator(13, LocalDate.of(2025, 10, 1), TestRules.shipped());
        for (int i = 0; i < 150; i++) {
            byte[] record = Json.WRITER.writeValueAsBytes(generator.household(i));
            collect(Evaluator.decide(TestRules.shipped(), record, null, Map.of()), "generated household " + i, seen);
        }
        assertTrue(seen.size() >= 60, "the fixtures and generated households report many kinds of missing fact");
        TreeSet<String> unlabelled = new TreeSet<>();
        seen.forEach((template, where) -> {
            Text label = Questions.label(template.replace("*", "0"));
            if (label == null || label.es().isBlank() || label.en().isBlank()) {
                unlabelled.add(template + " (missing in " + where + ")");
            }
        });
        assertEquals(new TreeSet<>(), unlabelled, "add a fact.* label in both catalogues for each of these");
    }

    private static void collect(Decision d, String where, Map<String, String> seen) {
        for (Result r : d.results()) {
            for (Finding f : r.criteria()) {
                f.missing().forEach(p -> seen.putIfAbsent(p.replaceAll("/\\d+(?=/|$)", "/*"), where + ", " + f.id()));
            }
        }
    }

    @Test
    void aFactWithoutALabelHasNone() {
        assertNull(Questions.label("/members/0/favourite_colour"));
        assertEquals(new Text("la CURP", "CURP"), Questions.label("/members/3/curp"));
        assertEquals(
                Questions.label("/groups/0/member_birth_dates"), Questions.label("/groups/0/member_birth_dates/4"));
    }

    @Test
    void theCurpAndWhetherThePersonHasOneAreOneQuestion() throws Exception {
        Question first = example().questions().get(0);
        assertEquals(new Question.About("P2", "person", "Rosa Lopez Hernandez"), first.about());
        assertEquals(
                new Text("la CURP de Rosa Lopez Hernandez (P2)", "the CURP of Rosa Lopez Hernandez (P2)"),
                first.text());
        assertEquals(List.of("/members/1/curp", "/members/1/documents/has_curp"), first.pointers());
        assertEquals(
                List.of(new Question.Settles("BB_CUENTAHORRO", "P2"), new Question.Settles("FONART", "P2")),
                first.settles());
    }

    @Test
    void questionsComeMostDecisiveFirstAndNeverForAProgramThatDoesNotApplyHere() throws Exception {
        Decision d = example();
        List<Integer> settled =
                d.questions().stream().map(q -> q.settles().size()).toList();
        for (int i = 1; i < settled.size(); i++) {
            assertTrue(settled.get(i - 1) >= settled.get(i), settled.toString());
        }
        assertTrue(d.results().stream().anyMatch(r -> r.program().equals("MCB") && r.notApplicableHere()));
        assertTrue(
                d.questions().stream().noneMatch(q -> q.pointers().contains("/members/2/jcf_history")),
                "MCB is outside its period in 2025: its JCF history is not worth asking for");
        assertTrue(d.questions().stream()
                .flatMap(q -> q.settles().stream())
                .noneMatch(s -> s.program().equals("MCB")));
    }

    @Test
    void aCriterionNamesWhomAFactIsAboutOnlyWhenItIsNotItsUnit() throws Exception {
        Decision d = example();
        assertEquals(
                "Falta saber la CURP; la cuenta pide la CURP.",
                explanation(d, "BB_CUENTAHORRO", "P2", "BB-04").es());
        Text vs = explanation(d, "CONAVI_VS", "H-0001", "VS-02");
        assertTrue(
                vs.es()
                        .startsWith("Falta saber el fondo de vivienda de Rosa Lopez Hernandez (P2) y el fondo de"
                                + " vivienda de Miguel Lopez (P3);"),
                vs.es());
        assertTrue(vs.en().startsWith("Unknown: the housing fund of Rosa Lopez Hernandez (P2) and"), vs.en());
        d.results()
                .forEach(r -> r.criteria()
                        .forEach(f -> assertFalse(
                                f.explanation().es().contains("/members")
                                        || f.explanation().en().contains("/members"),
                                f.explanation().es())));
    }

    private static Text explanation(Decision d, String program, String unit, String criterion) {
        return d.results().stream()
                .filter(r -> r.program().equals(program) && r.unit().id().equals(unit))
                .flatMap(r -> r.criteria().stream())
                .filter(f -> f.id().equals(criterion))
                .findFirst()
                .orElseThrow()
                .explanation();
    }

    @Test
    void aNameTypedInCapitalsIsTitleCasedAndAnyOtherKeptAsTyped() {
        assertEquals(
                "Rosa María de la Cruz",
                Words.member(
                        Json.READER.readTree(
                                "{\"given_names\": \"ROSA MARÍA\", \"first_surname\": \"DE LA CRUZ\", \"second_surname\": null}")));
        assertEquals(
                "Rosa López Hernández",
                Words.member(
                        Json.READER.readTree(
                                "{\"given_names\": \"Rosa\", \"first_surname\": \"López\", \"second_surname\": \"Hernández\"}")));
        assertEquals("", Words.member(Json.READER.readTree("{\"given_names\": 7}")));
    }

    @Test
    void aYesOrNoFactNamesWhomItIsAboutInParentheses() {
        var record = Json.READER.readTree("{\"household_id\": \"H1\", \"members\": [{\"member_id\": \"P1\","
                + " \"given_names\": \"Ana\"}], \"parcels\": [{\"parcel_id\": \"L1\"}]}");
        assertEquals(
                new Text("si estudia (Ana, P1)", "whether they study (Ana, P1)"),
                Questions.named("/members/0/studying", record));
        assertEquals(
                new Text("el cultivo de la parcela L1", "the crop of parcel L1"),
                Questions.named("/parcels/0/crop", record));
        assertEquals(
                new Text("el material del piso de la vivienda", "the floor material of the dwelling"),
                Questions.named("/dwelling/floor", record));
        assertEquals(
                new Text("el dato «birthdate» de Ana (P1)", "the field \"birthdate\" of Ana (P1)"),
                Questions.named("/members/0/birthdate", record),
                "a field without a label (a misspelt one in an input error) is named as typed");
    }
}
