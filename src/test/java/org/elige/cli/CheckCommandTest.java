package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.elige.DemoRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --strict}, {@code --nulls} and {@code --since}, as a program manager meets them. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aThresholdTypedIntoARuleIsAWarningAndAnErrorUnderStrict() {
        DemoRules rules = DemoRules.in(tmp)
                .edit(
                        "demo/rules.drl",
                        "    $p : Person()\nthen\n    BenefitBuilder",
                        "    $p : Person(age().number() >= 18)\nthen\n    BenefitBuilder");
        Cli lenient = Cli.run("check", rules.dir().toString());
        assertEquals(Main.OK, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("1 warning above (check --strict fails on them)"), lenient.out());
        Cli strict = Cli.run("check", rules.dir().toString(), "--strict");
        assertEquals(Main.INVALID_RULES, strict.code());
        assertTrue(
                strict.err()
                        .contains(rules.dir() + "/demo/rules.drl:37:35: number 18 in the conditions of rule"
                                + " \"Monthly amount\" is a threshold written into the rule [ELG001]\n    fix: make the threshold a dated"
                                + " parameter"),
                strict.err());
        assertTrue(strict.err().contains("elige: 1 error, 0 warnings in " + rules.dir()), strict.err());
    }

    @Test
    void aLoopInAConsequenceIsAWarningAndAnErrorUnderStrict() {
        DemoRules rules = DemoRules.in(tmp)
                .edit(
                        "demo/rules.drl",
                        "    c.decide(c.atLeast($p.age(), \"demo.age.min\"));",
                        "    Tri all = Tri.TRUE;\n    for (Person m : $p.household().living()) {\n"
                                + "        all = all.and(c.atLeast(m.age(), \"demo.age.min\"));\n    }\n    c.decide(all);");
        Cli lenient = Cli.run("check", rules.dir().toString());
        assertEquals(Main.OK, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("1 warning above (check --strict fails on them)"), lenient.out());
        Cli strict = Cli.run("check", rules.dir().toString(), "--strict");
        assertEquals(Main.INVALID_RULES, strict.code());
        assertTrue(
                strict.err()
                        .contains(
                                rules.dir() + "/demo/rules.drl:19:5: the consequence of rule \"Is of age\" has a for"
                                        + " loop [ELG021]\n    fix: write the consequence as the policy reads: loops as c.every/c.some/c.count/c.total"),
                strict.err());
    }

    @Test
    void nullsReportsEveryResultAMissingFactDecided() throws IOException {
        DemoRules rules = DemoRules.in(tmp)
                .edit(
                        "demo/rules.drl",
                        "c.decide(c.isFalse($p.studying()));",
                        "c.read($p.studying()); c.decide(Tri.of(!Boolean.TRUE.equals($p.studying().bool())));");
        Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
        Files.writeString(
                fixtures.resolve("studies.input.json"),
                "{\"household_id\": \"H1\", \"evaluation_date\":"
                        + " \"2025-01-01\", \"members\": [{\"member_id\": \"P1\", \"birth_date\": \"1990-01-01\", \"studying\": true}]}");
        Files.writeString(fixtures.resolve("studies.expected.json"), "{\"results\": []}");
        Cli r = Cli.run("check", rules.dir().toString(), "--nulls", fixtures.toString());
        assertEquals(Main.FIXTURES_FAILED, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains(fixtures
                                + "/studies: /members/0/studying absent: DEMO/P1 DEMO-02: FAILED became PASSED"),
                r.err());
        assertTrue(
                r.out().contains("null safety: 1 fixture, 2 facts read, 4 decisions with a fact absent or null"),
                r.out());
        assertTrue(r.out().contains(", 4 violations, "), r.out());
    }

    @Test
    void sinceListsWhatChangedForTheChangelog() throws Exception {
        DemoRules rules = DemoRules.in(tmp);
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "demo");
        rules.edit(
                        "demo/parameters.yaml",
                        "value: 1100, tag: SEC, source: \"Demo rules 2021, section 3\"}",
                        "value: 1100, tag: SEC, source: \"Demo rules 2021, section 3\"}\n"
                                + "    - {valid_from: 2026-01-01, value: 1200, tag: OF, source: \"Demo rules 2026\"}")
                .edit(
                        "demo/rules.drl",
                        "c.isFalse($p.studying())",
                        "c.isFalse($p.studying()).and(c.is($p.employmentStatus(), \"UNEMPLOYED\"))")
                .edit("demo/program.yaml", "unit: PERSON", "unit: PERSON\naward: ELIGIBLE_TO_APPLY");
        Cli r = Cli.run("check", rules.dir().toString(), "--since", "HEAD");
        assertTrue(
                r.out().startsWith("""
                Rule changes since %s:

                Programs:
                - DEMO: award changed; dates: 2020-01-01 onwards

                Criteria:
                - DEMO-02 (DEMO): rule "Is not studying" changed; dates: 2020-01-01 onwards

                Parameters:
                - demo.amount.monthly (DEMO): value from 2026-01-01 added: 1200 (OF: Demo rules 2026); dates: 2026-01-01 onwards
                """.formatted(
                                git("rev-parse", "--short", "HEAD").strip())),
                r.out());
        Cli unknown = Cli.run("check", rules.dir().toString(), "--since", "no-such-revision");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("elige: --since no-such-revision: git rev-parse"), unknown.err());
    }

    private static final String SCALE = """
            demo.scale:
              description: {es: "Escala", en: "Scale"}
              unit: MXN
              values:
                - valid_from: 2020-01-01
                  tag: SEC
                  source: "Demo rules, section 4"
                  brackets:
            %s""";

    /** The demo rules with a scale parameter whose brackets (lines 20 on of parameters.yaml) are these. */
    private DemoRules withScale(String... brackets) {
        StringBuilder lines = new StringBuilder();
        for (String b : brackets) {
            lines.append("        - ").append(b).append('\n');
        }
        return DemoRules.in(tmp).write("demo/parameters.yaml", DemoRules.PARAMETERS + SCALE.formatted(lines));
    }

    private static void assertLocatedWithFix(Cli r, String where, String message, String fix) {
        assertEquals(Main.INVALID_RULES, r.code(), r.err());
        assertTrue(r.err().contains(where + ": " + message + " [ELG000]\n    fix: " + fix + "\n"), r.err());
    }

    @Test
    void scaleBracketsThatOverlapOrAreNotInOrderAreLocatedErrorsWithAFix() {
        DemoRules rules = withScale(
                "{up_to: 3, amount: 6400}",
                "{up_to: 3, amount: 8000}",
                "{up_to: 20, rate: 1200}",
                "{up_to: 10, rate: 1300}");
        Cli r = Cli.run("check", rules.dir().toString());
        String fix =
                "list the brackets from the lowest limit up, each up_to higher than the one before (a bracket holds the"
                        + " bases above the previous limit up to its own)";
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/parameters.yaml:21:19",
                "brackets overlap or are not in order: up_to 3 of" + " bracket 2 is not above the previous bracket's 3",
                fix);
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/parameters.yaml:23:19",
                "brackets overlap or are not in order: up_to 10 of"
                        + " bracket 4 is not above the previous bracket's 20",
                fix);
        assertTrue(r.err().contains("elige: 2 errors, "), r.err());
    }

    @Test
    void aBracketWithNeitherAmountNorRateOrWithBothIsALocatedErrorWithAFix() {
        DemoRules rules = withScale(
                "{up_to: 3, amount: 6400}",
                "{up_to: 4}",
                "{up_to: 20, amount: 8000, rate: 1200}",
                "{up_to: 21, rate: 1300}");
        Cli r = Cli.run("check", rules.dir().toString());
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/parameters.yaml:21:11",
                "bracket 2 has neither 'amount' nor 'rate'",
                "add amount: N (a fixed sum for the bracket) or rate: N (per unit of the base)");
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/parameters.yaml:22:11",
                "bracket 3 has both 'amount' and 'rate'",
                "keep one: 'amount' (a fixed sum for the bracket) or 'rate' (per unit of the base)");
        assertTrue(r.err().contains("elige: 2 errors, "), r.err());
    }

    @Test
    void aCleanScaleLoads() {
        DemoRules rules = withScale("{up_to: 3, amount: 6400}", "{up_to: 4, amount: 8000}", "{up_to: 20, rate: 1200}");
        Cli r = Cli.run("check", rules.dir().toString());
        assertEquals(Main.OK, r.code(), r.err());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsALocatedErrorWithAFix() {
        DemoRules rules = DemoRules.in(tmp)
                .edit("demo/program.yaml", "  from: 2020-01-01\n", "  from: 2020-01-01\n  until: 2019-12-31\n");
        Cli r = Cli.run("check", rules.dir().toString());
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/program.yaml:7:10",
                "the period ends (2019-12-31) before it starts (2020-01-01)",
                "put the first day of the period under 'from' and the last under 'until' (swap them if they are reversed)");
    }

    @Test
    void aTargetingCriterionThatIsNotTheProgramsIsALocatedErrorWithAFix() {
        DemoRules rules = DemoRules.in(tmp)
                .edit(
                        "demo/program.yaml",
                        "criteria: [DEMO-01, DEMO-02]\n",
                        "criteria: [DEMO-01, DEMO-02]\ntargeting: [DEMO-02, DEMO-03]\n");
        Cli r = Cli.run("check", rules.dir().toString());
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/program.yaml:5:22",
                "targeting names DEMO-03, which is not in 'criteria'",
                "list only ids of this program's criteria that say whom it is for (state, municipality, kind of"
                        + " locality)");
    }

    @Test
    void theFormerRulesKnownKeyIsALocatedErrorNotSilentlyIgnored() {
        DemoRules rules = DemoRules.in(tmp).edit("demo/program.yaml", "period:", "rules_known:");
        Cli r = Cli.run("check", rules.dir().toString());
        assertLocatedWithFix(
                r,
                rules.dir() + "/demo/program.yaml:5:1",
                "'rules_known' is no longer read: the program would be" + " decided in full at every date",
                "rename it 'period' (from, until) and its 'reason' 'note' (programs.md," + " revision 2026-12-07 §1)");
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", tmp.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
