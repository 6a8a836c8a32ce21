package org.elige.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule or parameter file is reported at file:line:col, every problem at once. */
class RuleErrorsTest {
    @TempDir
    Path dir;

    private Path copy() throws IOException {
        Path rules = dir.resolve("rules");
        TestFolders.copy(TestRules.RULES, rules);
        return rules;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "fixture text to edit: " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private List<String> problems(Path rules) {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetLoader.load(rules));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void theShippedRulesLoad() {
        RuleSet rules = TestRules.shipped();
        assertTrue(rules.criterionRules() > 0, "rules loaded");
        assertTrue(rules.id().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void everyErrorIsReportedWithItsLocationNotOnlyTheFirst() throws IOException {
        Path rules = copy();
        edit(rules.resolve("jcf/age.drl"), "$p.age(), \"jcf.age.min\"", "$p.agee(), \"jcf.age.min\"");
        edit(rules.resolve("pmb/age.drl"), "    $p : Person()", "    $p : Person(");
        List<String> problems = problems(rules);
        String shown = rules.toString();
        assertTrue(
                problems.contains(shown + "/jcf/age.drl:18:27: The method agee() is undefined for the type Person"),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith(shown + "/pmb/age.drl:") && p.contains("mismatched input")),
                problems.toString());
    }

    @Test
    void anUnknownFactTypeIsLocated() throws IOException {
        Path rules = copy();
        edit(rules.resolve("jcf/residence.drl"), "    $p : Person()", "    $p : Persona()");
        assertTrue(
                problems(rules).contains(rules + "/jcf/residence.drl:15:10: Unable to resolve ObjectType 'Persona'"),
                problems(rules).toString());
    }

    @Test
    void aParameterReadButNotDefinedIsLocated() throws IOException {
        Path rules = copy();
        edit(rules.resolve("bb_cuentahorro/requirements.drl"), "\"bb.min_opening_deposit\")", "\"bb.min_deposit\")");
        assertEquals(
                List.of(
                        rules
                                + "/bb_cuentahorro/requirements.drl:71:56: parameter 'bb.min_deposit' is not defined in any parameters.yaml"),
                problems(rules));
    }

    @Test
    void overlappingAndUnsortedParameterDatesAreLocated() throws IOException {
        Path rules = copy();
        edit(
                rules.resolve("pam/parameters.yaml"),
                "valid_from: 2022-01-01, valid_until: 2022-12-31",
                "valid_from: 2020-06-01, valid_until: 2022-12-31");
        edit(
                rules.resolve("pmb/parameters.yaml"),
                "valid_from: 2025-08-01, value: 60",
                "valid_from: 2024-08-01, value: 60");
        List<String> problems = problems(rules);
        assertTrue(
                problems.contains(
                        rules
                                + "/pam/parameters.yaml:23:20: value from 2020-06-01 overlaps the previous one, valid until 2020-12-31"),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p ->
                                p.startsWith(rules + "/pmb/parameters.yaml:6:") && p.contains("not in date order")),
                problems.toString());
    }

    @Test
    void aParameterWithoutSourceOrWithABadTagIsRefused() throws IOException {
        Path rules = copy();
        edit(
                rules.resolve("jcf/parameters.yaml"),
                "tag: SEC, source: \"Lineamientos JCF (DOF 2019-01-10), población objetivo: 18 a 29 años\"}\njcf.age.max",
                "tag: MAYBE}\njcf.age.max");
        List<String> problems = problems(rules);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("jcf/parameters.yaml:5:") && p.contains("missing 'source'")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("tag must be one of OF, SEC, SEC1, INTERP, not 'MAYBE'")),
                problems.toString());
    }

    @Test
    void aListOfCodesOfAFieldTheRecordDoesNotHaveIsLocated() throws IOException {
        Path rules = copy();
        edit(rules.resolve("sv/parameters.yaml"), "codes: cve_ent", "codes: state");
        List<String> problems = problems(rules);
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith(rules + "/sv/parameters.yaml:")
                                && p.contains("the household schema has no field 'state'")),
                problems.toString());
    }

    @Test
    void aCriterionWithoutARuleAndARuleWithoutAProgramAreRefused() throws IOException {
        Path rules = copy();
        edit(
                rules.resolve("jcf/program.yaml"),
                "criteria: [JCF-01, JCF-02, JCF-03, JCF-04, JCF-05]",
                "criteria: [JCF-01, JCF-02, JCF-03, JCF-04, JCF-06]");
        edit(rules.resolve("jcf/program.yaml"), "targeting: [JCF-05]", "targeting: [JCF-06]");
        List<String> problems = problems(rules);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("criterion JCF-06 of JCF has no rule")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("jcf/residence.drl:8:1: criterion JCF-05 is not listed")),
                problems.toString());
    }

    @Test
    void aBrokenEditNeverReplacesAWorkingRuleSet() throws Exception {
        Path rules = copy();
        ActiveRuleSet active = new ActiveRuleSet(rules);
        RuleSet working = active.get();
        edit(rules.resolve("jcf/age.drl"), "end", "");
        assertFalse(active.reload());
        assertSame(working, active.get());
        assertFalse(active.lastErrors().isEmpty());
        edit(
                rules.resolve("jcf/age.drl"),
                "c.decide(c.between($p.age(), \"jcf.age.min\", \"jcf.age.max\"));",
                "c.decide(c.between($p.age(), \"jcf.age.min\", \"jcf.age.max\"));\nend");
        assertTrue(active.reload());
        assertFalse(working.id().equals(active.get().id()), "a new content hash");
    }

    @Test
    void theIdentityIsAContentHash() throws Exception {
        Path rules = copy();
        String before = RuleSetLoader.load(rules).id();
        assertEquals(before, RuleSetLoader.load(rules).id());
        edit(rules.resolve("jcf/parameters.yaml"), "value: 29", "value: 30");
        assertFalse(before.equals(RuleSetLoader.load(rules).id()));
    }
}
