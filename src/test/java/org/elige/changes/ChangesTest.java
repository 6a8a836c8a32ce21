package org.elige.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.DemoRules;
import org.elige.lint.RuleFolder;
import org.junit.jupiter.api.Test;

/** The change list between two versions of a rule folder, with the programs and dates each change affects. */
class ChangesTest {

    private static Map<String, String> demo() {
        Map<String, String> files = new TreeMap<>();
        files.put("demo/program.yaml", DemoRules.PROGRAM);
        files.put("demo/parameters.yaml", DemoRules.PARAMETERS);
        files.put("demo/rules.drl", DemoRules.DRL);
        return files;
    }

    private static List<String> lines(Map<String, String> before, Map<String, String> after) {
        return Changes.between(RuleFolder.of("rules", before), RuleFolder.of("rules", after)).stream()
                .map(Change::line)
                .toList();
    }

    @Test
    void nothingChangedWhenOnlyLayoutAndCommentsDid() {
        Map<String, String> after = demo();
        after.put(
                "demo/rules.drl",
                DemoRules.DRL.replace("    c.decide(c.atLeast(", "    // the age test\n    c.decide(  c.atLeast("));
        after.put("demo/program.yaml", "# a comment\n" + DemoRules.PROGRAM);
        assertEquals(List.of(), lines(demo(), after));
        assertEquals(
                "No changes to programs, criteria or parameters since abc1234.\n",
                new Changes.Report("abc1234", List.of()).markdown());
    }

    @Test
    void aRuleVersionAddedNarrowsTheDatesToItsOwn() {
        Map<String, String> after = demo();
        after.put(
                "demo/rules2.drl",
                DemoRules.DRL.substring(0, DemoRules.DRL.indexOf("rule \"Is of age\""))
                        + "rule \"Is of age (from 2026)\"\n    @criterion(\"DEMO-01\") @valid_from(\"2026-01-01\")\n    @citation(\"x\")\n"
                        + "when\n    $p : Person()\nthen\nend\n");
        assertEquals(
                List.of("- DEMO-01 (DEMO): rule \"Is of age (from 2026)\" added; dates: 2026-01-01 onwards"),
                lines(demo(), after));
    }

    @Test
    void aProgramRemovedAndAParameterValueChangedOrRemoved() {
        Map<String, String> after = demo();
        after.put(
                "demo/parameters.yaml",
                DemoRules.PARAMETERS
                        .replace("value: 1000,", "value: 1050,")
                        .replace(
                                "    - {valid_from: 2021-01-01, value: 1100, tag: SEC, source: \"Demo rules 2021, section 3\"}\n",
                                ""));
        after.put("demo/program.yaml", DemoRules.PROGRAM.replace("from: 2020-01-01", "from: 2019-01-01"));
        assertEquals(
                List.of(
                        "- DEMO: period changed; dates: 2019-01-01 onwards",
                        "- demo.amount.monthly (DEMO): value from 2020-01-01 changed: 1000 (SEC: Demo rules, section 3) -> 1050"
                                + " (SEC: Demo rules, section 3); value from 2021-01-01 removed (was 1100 (SEC: Demo rules 2021,"
                                + " section 3)); dates: 2020-01-01 onwards"),
                lines(demo(), after));
        Map<String, String> none =
                new TreeMap<>(Map.of("other/program.yaml", DemoRules.PROGRAM.replace("DEMO", "OTHER")));
        assertEquals(
                "- DEMO: removed (Demo program); dates: 2020-01-01 onwards",
                lines(demo(), none).get(0));
    }
}
