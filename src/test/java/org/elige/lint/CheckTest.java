package org.elige.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elige.DemoRules;
import org.elige.TestRules;
import org.elige.engine.Evaluator;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: lint and loading together, on the shipped rules and on small folders. */
class CheckTest {
    @TempDir
    Path tmp;

    private static List<String> lines(Lint.Result r, Path dir) {
        return r.findings().stream()
                .map(f -> f.toString().lines().findFirst().orElseThrow().replace(dir.toString(), "rules"))
                .toList();
    }

    @Test
    void theShippedRulesPassTheStrictCheck() {
        Lint.Result r = Lint.check(TestRules.RULES).strict();
        assertEquals(List.of(), r.findings().stream().map(LintFinding::toString).toList());
        assertNotNull(r.rules());
    }

    @Test
    void aCleanFolderLoadsWithoutFindings() {
        Lint.Result r = Lint.check(DemoRules.in(tmp).dir());
        assertEquals(List.of(), r.findings());
        assertNotNull(r.rules());
    }

    @Test
    void aCompilerErrorIsElg000AndAProblemTheLintExplainsIsNotRepeated() {
        DemoRules rules =
                DemoRules.in(tmp).edit("demo/rules.drl", "$p.age(), \"demo.age.min\"", "$p.agee(), \"demo.age.mni\"");
        Lint.Result r = Lint.check(rules.dir());
        assertNull(r.rules());
        assertEquals(
                List.of(
                        "rules/demo/rules.drl:18:27: The method agee() is undefined for the type Person [ELG000]",
                        "rules/demo/rules.drl:18:36: parameter 'demo.age.mni' is not defined in any parameters.yaml [ELG004]"),
                lines(r, rules.dir()));
    }

    @Test
    void whatTheLoaderAlsoRefusesIsReportedOnceWithItsCode() {
        DemoRules rules = DemoRules.in(tmp)
                .edit("demo/parameters.yaml", "valid_from: 2021-01-01", "valid_from: 2019-01-01")
                .edit("demo/rules.drl", " @en_needs(\"requires age {demo.age.min} or more\")", "")
                .edit("demo/rules.drl", "    @citation(\"Demo rules, section 2\")\n", "");
        Lint.Result r = Lint.check(rules.dir());
        assertNull(r.rules());
        assertEquals(
                List.of(Code.ELG005, Code.ELG010, Code.ELG009),
                r.findings().stream().map(LintFinding::code).toList(),
                String.join("\n", lines(r, rules.dir())));
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        DemoRules rules = DemoRules.in(tmp)
                .edit("demo/rules.drl", "$p.age(), \"demo.age.min\"", "$p.age(), java.math.BigDecimal.valueOf(18)")
                .write(
                        "demo/parameters.yaml",
                        DemoRules.PARAMETERS
                                + "demo.unused:\n  values:\n    - {valid_from: 2020-01-01, value: 3, tag: SEC, source: \"Demo\"}\n");
        Lint.Result r = Lint.check(rules.dir());
        assertNotNull(r.rules(), "warnings do not stop the rules from loading");
        assertEquals(0, r.errors());
        assertEquals(2, r.warnings());
        assertEquals(2, r.strict().errors());
    }

    @Test
    void oneCriterionIdInTwoProgramsLoadsButIsAnError() {
        DemoRules rules = DemoRules.in(tmp)
                .write(
                        "other/program.yaml",
                        DemoRules.PROGRAM.replace("id: DEMO", "id: OTHER").replace("[DEMO-01, DEMO-02]", "[DEMO-02]"));
        Lint.Result r = Lint.check(rules.dir());
        assertNotNull(r.rules(), "the loader alone lets it through");
        assertEquals(
                List.of(Code.ELG013),
                r.findings().stream().map(LintFinding::code).toList());
    }

    @Test
    void aDateBeforeTheEarliestValueOrInAGapIsUndeterminedNeverAnError() throws Exception {
        DemoRules rules = DemoRules.in(tmp)
                .edit("demo/program.yaml", "from: 2020-01-01", "from: 2019-01-01")
                .edit(
                        "demo/parameters.yaml",
                        "valid_from: 2020-01-01, value: 1000",
                        "valid_from: 2020-01-01, valid_until: 2020-06-30, value: 1000");
        Lint.Result r = Lint.check(rules.dir());
        assertEquals(
                List.of(Code.ELG007, Code.ELG007, Code.ELG007),
                r.findings().stream().map(LintFinding::code).toList());
        String record =
                "{\"household_id\": \"H1\", \"members\": [{\"member_id\": \"P1\", \"birth_date\": \"1990-01-01\","
                        + " \"studying\": false}]}";
        Decision before = Evaluator.decide(
                r.rules(), record.getBytes(StandardCharsets.UTF_8), LocalDate.parse("2019-06-01"), Map.of());
        Result demo = before.results().get(0);
        assertEquals(Outcome.UNDETERMINED, demo.outcome());
        Finding age = demo.criteria().get(0);
        assertEquals(Status.UNKNOWN, age.status());
        assertEquals(
                "No value is in force on 2019-06-01 for: minimum age.",
                age.reason().en());
        assertEquals(
                "No value is in force on 2019-06-01 for: minimum age.",
                demo.reason().en());
        Decision inGap = Evaluator.decide(
                r.rules(), record.getBytes(StandardCharsets.UTF_8), LocalDate.parse("2020-09-01"), Map.of());
        assertEquals(Outcome.ELIGIBLE, inGap.results().get(0).outcome());
        assertNull(inGap.results().get(0).benefit().amount(), "an amount in a gap is unknown, not zero");
        assertTrue(inGap.results().get(0).benefit().parameters().containsKey("demo.amount.monthly"));
    }
}
