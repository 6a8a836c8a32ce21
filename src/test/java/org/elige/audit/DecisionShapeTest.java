package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.fixtures.FixtureSuite;
import org.elige.generate.Generator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.FullDecision;
import org.elige.model.Outcome;
import org.elige.model.ParamUse;
import org.elige.model.Result;
import org.elige.model.RuleSetRef;
import org.elige.model.ShapeOne;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.model.UnitRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shape 2 of the full decision (docs/decision-shape.md) holds every fact shape 1 held, and records
 * logged in shape 1 still verify, replay identical against decisions written in shape 2, and
 * become fixtures.
 */
class DecisionShapeTest {
    @TempDir
    Path dir;

    @Test
    void shapeTwoReadBackIsShapeOneByteForByte() throws Exception {
        Generator g = new Generator(7, LocalDate.parse("2025-10-01"), TestRules.shipped());
        int compared = 0;
        long one = 0;
        long two = 0;
        for (int i = 0; i < 120; i++) {
            byte[] record = Json.WRITER.writeValueAsBytes(g.household(i));
            for (Map<String, String> params :
                    List.of(Map.<String, String>of(), Map.of("pam.amount.bimonthly", "7000"))) {
                Decision d = decide(record, null, params);
                if (d != null) {
                    long[] sizes = compare(d);
                    one += sizes[0];
                    two += sizes[1];
                    compared++;
                }
            }
        }
        try (Stream<Path> walk = Files.walk(TestRules.FIXTURES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(FixtureSuite.INPUT))
                    .sorted()
                    .toList()) {
                Decision d = decide(Files.readAllBytes(p), null, Map.of());
                if (d != null) {
                    compare(d);
                    compared++;
                }
            }
        }
        assertTrue(compared > 300, "decisions compared: " + compared);
        assertTrue(two < one * 0.9, "shape 2 is smaller: " + two + " bytes against " + one);
    }

    @Test
    void aParameterInForceFromTwoDatesKeepsBothUses() throws Exception {
        // CONAVI_MEJ is decided on the last day of 2024 and CONAVI_VPB on 2025-10-01: conavi.min_age
        // has a different valid_from, tag and source for each
        Decision d = decide(Files.readAllBytes(Logs.SAMPLE), LocalDate.parse("2025-10-01"), Map.of());
        JsonNode two = Json.READER.readTree(Canonical.json(d));
        JsonNode table = two.path("parameters");
        assertFalse(table.has("conavi.min_age"), table.toString());
        assertEquals(
                "2024-01-01", table.at("/conavi.min_age@2024-01-01/valid_from").asString());
        assertEquals(
                "2025-01-01", table.at("/conavi.min_age@2025-01-01/valid_from").asString());
        compare(d);
    }

    @Test
    void everyCriterionReachesTheValueDateTagAndSourceOfEachParameterItUsed() throws Exception {
        Decision d = decide(Files.readAllBytes(Logs.SAMPLE), null, Map.of("jcf.age.max", "24"));
        JsonNode two = Json.READER.readTree(Canonical.json(d));
        assertEquals(FullDecision.SHAPE, two.path("shape").asInt());
        int used = 0;
        for (int r = 0; r < d.results().size(); r++) {
            var result = d.results().get(r);
            JsonNode written = two.path("results").path(r);
            assertEquals(
                    result.programName().en(),
                    two.at("/programs/" + result.program() + "/name/en").asString());
            for (int c = 0; c < result.criteria().size(); c++) {
                var finding = result.criteria().get(c);
                JsonNode criterion = written.path("criteria").path(c);
                String cited = criterion.has("citation")
                        ? criterion.path("citation").asString(null)
                        : two.path("programs")
                                .path(result.program())
                                .path("citations")
                                .path(finding.id())
                                .asString(null);
                assertEquals(finding.citation(), cited, finding.id());
                assertEquals(
                        finding.parameters().size(),
                        criterion.path("parameters").size(),
                        finding.id());
                for (var ref : criterion.path("parameters").properties()) {
                    String name = ref.getKey().split(FullDecision.USE_MARK)[0];
                    var use = finding.parameters().get(name);
                    JsonNode entry = two.path("parameters").path(ref.getKey());
                    JsonNode value = Json.READER.readTree(Json.WRITER.writeValueAsString(use.value()));
                    assertEquals(value, ref.getValue(), name);
                    assertEquals(value, entry.path("value"), name);
                    assertEquals(
                            String.valueOf(use.validFrom()),
                            entry.path("valid_from").asString("null"),
                            name);
                    assertEquals(use.tag(), entry.path("tag").asString(null), name);
                    assertEquals(use.source(), entry.path("source").asString(null), name);
                    used++;
                }
            }
        }
        assertTrue(used > 50, "parameter uses checked: " + used);
        assertEquals(24, two.at("/parameters/jcf.age.max/value").asInt(), "a what-if value is in the table");
    }

    @Test
    void usesThatWouldShareANameAndACriterionWithoutItsProgramsCitationAreWrittenApart() {
        Text words = new Text("Frase.", "Sentence.");
        ParamUse in2024 = new ParamUse(18, LocalDate.parse("2024-01-01"), "SEC", "ROP 2024");
        ParamUse other2024 = new ParamUse(21, LocalDate.parse("2024-01-01"), "SEC", "ROP 2024 bis");
        ParamUse none = new ParamUse(null, null, null, null);
        Finding cited = new Finding(
                "X-01",
                Status.PASSED,
                Map.of("age", 30),
                Map.of("x.age", in2024),
                "ROP X",
                words,
                List.of(),
                null,
                false);
        Finding uncited = new Finding(
                "X-01",
                Status.UNKNOWN,
                Map.of(),
                Map.of("x.age", other2024),
                null,
                words,
                List.of("/members/1/birth_date"),
                words,
                false);
        Finding notInForce = new Finding(
                "X-01", Status.UNKNOWN, Map.of(), Map.of("x.age", none), "ROP X", words, List.of(), words, false);
        List<Result> results = new java.util.ArrayList<>();
        int unit = 0;
        for (Finding f : List.of(cited, uncited, notInForce)) {
            results.add(new Result(
                    "X",
                    new Text("Programa X", "Program X"),
                    new UnitRef("PERSON", "P" + ++unit),
                    Outcome.UNDETERMINED,
                    null,
                    List.of(f),
                    f.missing(),
                    List.of(),
                    null,
                    List.of(),
                    false));
        }
        Decision d = new Decision(
                "01D",
                "H",
                LocalDate.parse("2025-10-01"),
                java.time.Instant.parse("2026-01-01T00:00:00Z"),
                new RuleSetRef("sha256:x", "t", "drools"),
                "0".repeat(64),
                Map.of(),
                results,
                List.of(),
                List.of(),
                List.of());
        JsonNode two = Json.READER.readTree(Canonical.json(d));
        assertEquals(
                List.of("x.age@2024-01-01", "x.age@2024-01-01#2", "x.age@none"),
                two.path("parameters").propertyNames().stream().sorted().toList());
        assertEquals("ROP X", two.at("/programs/X/citations/X-01").asString());
        assertFalse(two.at("/results/0/criteria/0").has("citation"));
        assertTrue(
                two.at("/results/1/criteria/0/citation").isNull(),
                "a criterion without its program's citation says so");
        assertEquals(
                21,
                two.at("/results/1/criteria/0/parameters/x.age@2024-01-01#2").asInt());
        compare(d);
    }

    @Test
    void aShapeOneDecisionIsReadAsItIs() throws Exception {
        Decision d = decide(Files.readAllBytes(Logs.SAMPLE), null, Map.of());
        JsonNode one = Json.READER.readTree(ShapeOne.CANONICAL.writeValueAsString(d));
        assertEquals(1, DecisionShape.of(one));
        assertSame(one, DecisionShape.selfContained(one));
    }

    @Test
    void aDecisionThatCannotBeReadSaysWhy() throws Exception {
        Decision d = decide(Files.readAllBytes(Logs.SAMPLE), null, Map.of());
        ObjectNode later = (ObjectNode) Json.READER.readTree(Canonical.json(d));
        later.put("shape", 3);
        DecisionShape.Unreadable unknown =
                assertThrows(DecisionShape.Unreadable.class, () -> DecisionShape.selfContained(later));
        assertTrue(unknown.reason().en().contains("shape 3"), unknown.reason().en());
        assertTrue(unknown.reason().es().contains("forma 3"), unknown.reason().es());

        ObjectNode dangling = (ObjectNode) Json.READER.readTree(Canonical.json(d));
        ((ObjectNode) dangling.path("parameters")).remove("bb.min_age");
        assertTrue(assertThrows(DecisionShape.Unreadable.class, () -> DecisionShape.selfContained(dangling))
                .reason()
                .en()
                .contains("/parameters/bb.min_age"));

        ObjectNode changed = (ObjectNode) Json.READER.readTree(Canonical.json(d));
        ((ObjectNode) changed.path("parameters").path("bb.min_age")).put("value", 21);
        assertThrows(DecisionShape.Unreadable.class, () -> DecisionShape.selfContained(changed));
    }

    @Test
    void aLogOfShapeOneRecordsVerifiesReplaysIdenticalAndBecomesFixtures() throws Exception {
        Path db = dir.resolve("elige.db");
        Entry two = Logs.entry(TestRules.shipped(), LocalDate.parse("2025-10-01"), Map.of("jcf.age.max", "24"));
        Entry one = ShapeOne.entry(Logs.SAMPLE, LocalDate.parse("2025-10-01"), Map.of("jcf.age.max", "24"), null);
        Entry oneUnderOtherDate = ShapeOne.entry(Logs.SAMPLE, LocalDate.parse("2024-06-01"), Map.of(), null);
        assertEquals(1, DecisionShape.of(Json.READER.readTree(one.decisionJson())));
        assertEquals(2, DecisionShape.of(Json.READER.readTree(two.decisionJson())));
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
            log.append(TestRules.shipped(), List.of(one, oneUnderOtherDate, two));
        }
        assertTrue(Logs.verify(db).intact(), "the chain holds the stored texts as they were written");
        List<Row> rows = Logs.rows(db);
        assertEquals(one.decisionJson(), rows.get(0).entry().decisionJson(), "stored text unchanged");
        try (Database d = Database.open(db.toString(), false)) {
            Replayer replayer = new Replayer(d, null, false);
            for (Row row : rows) {
                ReplayResult r = replayer.replay(row);
                assertEquals(
                        ReplayResult.Verdict.IDENTICAL, r.verdict(), row.entry().decisionId() + ": " + r);
            }
        }
        Path fromOne = dir.resolve("fixtures/jcf/from-shape-one");
        Path fromTwo = dir.resolve("fixtures/jcf/from-shape-two");
        FixtureWriter.write(rows.get(0), fromOne);
        FixtureWriter.write(rows.get(2), fromTwo);
        assertEquals(
                withoutNote(Path.of(fromTwo + FixtureSuite.EXPECTED)),
                withoutNote(Path.of(fromOne + FixtureSuite.EXPECTED)));
        FixtureSuite.Report report = FixtureSuite.run(TestRules.shipped(), dir.resolve("fixtures"));
        assertEquals(0, report.failures(), report.replays().toString());
        assertEquals(2, report.replays().size());
    }

    @Test
    void aChangedShapeOneRecordStillReplaysDifferentNamingTheCriterion() throws Exception {
        Entry logged = ShapeOne.entry(Logs.SAMPLE, LocalDate.parse("2025-10-01"), Map.of(), null);
        ObjectNode one = (ObjectNode) Json.READER.readTree(logged.decisionJson());
        ObjectNode use = (ObjectNode) one.at("/results/0/criteria/0/parameters")
                .properties()
                .iterator()
                .next()
                .getValue();
        use.put("source", "another source");
        Entry edited = withDecision(logged, Json.CANONICAL.writeValueAsString(one));
        Path db = dir.resolve("edited.db");
        try (DecisionLog log = new DecisionLog(Database.open(db.toString(), true))) {
            log.append(TestRules.shipped(), List.of(edited));
        }
        try (Database d = Database.open(db.toString(), false)) {
            ReplayResult r = new Replayer(d, null, false).replay(Logs.rows(db).get(0));
            assertEquals(ReplayResult.Verdict.DIFFERENT, r.verdict());
            assertEquals(ReplayResult.Change.WORDING, r.change());
            assertNotEquals(null, r.difference().criterion(), r.difference().toString());
        }
    }

    private static long[] compare(Decision d) {
        String one = ShapeOne.CANONICAL.writeValueAsString(d);
        String two = Canonical.json(d);
        assertFalse(one.contains("\"shape\""), "the old writing has no shape");
        String read = Canonical.json(DecisionShape.selfContained(Json.READER.readTree(two)));
        assertEquals(one, read, () -> "decision of " + d.householdId());
        return new long[] {one.getBytes(StandardCharsets.UTF_8).length, two.getBytes(StandardCharsets.UTF_8).length};
    }

    private static Decision decide(byte[] record, LocalDate asOf, Map<String, String> params) {
        try {
            return Evaluator.decide(TestRules.shipped(), record, asOf, params);
        } catch (InputException e) {
            return null;
        }
    }

    /** The entry with another decision text, hashed again. */
    private static Entry withDecision(Entry e, String decisionJson) {
        Entry x = new Entry(
                e.decisionId(),
                e.decidedAt(),
                e.evaluationDate(),
                e.householdId(),
                e.inputSha256(),
                e.inputJson(),
                e.ruleSetId(),
                e.parameterOverrides(),
                e.engineVersion(),
                decisionJson,
                e.batchId(),
                e.batchLine(),
                null);
        return x.withContentHash(x.computedHash());
    }

    private static JsonNode withoutNote(Path expected) throws Exception {
        ObjectNode x = (ObjectNode) Json.READER.readTree(Files.readAllBytes(expected));
        x.remove("note");
        return x;
    }
}
