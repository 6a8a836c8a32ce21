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
        DemoRules rules = DemoRules.in(tmp).edit("demo/rules.drl", "    $p : Person()\nthen\n    BenefitBuilder",
                "    $p : Person(age().number() >= 18)\nthen\n    BenefitBuilder");
        Cli lenient = Cli.run("check", rules.dir().toString());
        assertEquals(Main.OK, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("1 warning above (check --strict fails on them)"), lenient.out());
        Cli strict = Cli.run("check", rules.dir().toString(), "--strict");
        assertEquals(Main.INVALID_RULES, strict.code());
        assertTrue(strict.err().contains(rules.dir() + "/demo/rules.drl:37:35: number 18 in the conditions of rule"
                + " \"Monthly amount\" is a threshold written into the rule [ELG001]\n    fix: make the threshold a dated"
                + " parameter"), strict.err());
        assertTrue(strict.err().contains("elige: 1 error, 0 warnings in " + rules.dir()), strict.err());
    }

    @Test
    void nullsReportsEveryResultAMissingFactDecided() throws IOException {
        DemoRules rules = DemoRules.in(tmp).edit("demo/rules.drl", "c.decide(c.isFalse($p.studying()));",
                "c.read($p.studying()); c.decide(Tri.of(!Boolean.TRUE.equals($p.studying().bool())));");
        Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
        Files.writeString(fixtures.resolve("studies.input.json"), "{\"household_id\": \"H1\", \"evaluation_date\":"
                + " \"2025-01-01\", \"members\": [{\"member_id\": \"P1\", \"birth_date\": \"1990-01-01\", \"studying\": true}]}");
        Files.writeString(fixtures.resolve("studies.expected.json"), "{\"results\": []}");
        Cli r = Cli.run("check", rules.dir().toString(), "--nulls", fixtures.toString());
        assertEquals(Main.FIXTURES_FAILED, r.code(), r.err());
        assertTrue(r.err().contains(fixtures + "/studies: /members/0/studying absent: DEMO/P1 DEMO-02: FAILED became PASSED"),
                r.err());
        assertTrue(r.out().contains("null safety: 1 fixtures, 2 facts read, 4 decisions with a fact absent or null"), r.out());
        assertTrue(r.out().contains(", 4 violations, "), r.out());
    }

    @Test
    void sinceListsWhatChangedForTheChangelog() throws Exception {
        DemoRules rules = DemoRules.in(tmp);
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "demo");
        rules.edit("demo/parameters.yaml", "value: 1100, tag: SEC, source: \"Demo rules 2021, section 3\"}",
                        "value: 1100, tag: SEC, source: \"Demo rules 2021, section 3\"}\n"
                        + "    - {valid_from: 2026-01-01, value: 1200, tag: OF, source: \"Demo rules 2026\"}")
                .edit("demo/rules.drl", "c.isFalse($p.studying())", "c.isFalse($p.studying()).and(c.is($p.employmentStatus(), \"UNEMPLOYED\"))")
                .edit("demo/program.yaml", "unit: PERSON", "unit: PERSON\naward: ELIGIBLE_TO_APPLY");
        Cli r = Cli.run("check", rules.dir().toString(), "--since", "HEAD");
        assertTrue(r.out().startsWith("""
                Rule changes since %s:

                Programs:
                - DEMO: award changed; dates: 2020-01-01 onwards

                Criteria:
                - DEMO-02 (DEMO): rule "Is not studying" changed; dates: 2020-01-01 onwards

                Parameters:
                - demo.amount.monthly (DEMO): value from 2026-01-01 added: 1200 (OF: Demo rules 2026); dates: 2026-01-01 onwards
                """.formatted(git("rev-parse", "--short", "HEAD").strip())), r.out());
        Cli unknown = Cli.run("check", rules.dir().toString(), "--since", "no-such-revision");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("elige: --since no-such-revision: git rev-parse"), unknown.err());
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
