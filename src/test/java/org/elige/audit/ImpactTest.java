package org.elige.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.elige.TestFolders;
import org.elige.TestRules;
import org.elige.batch.Batch;
import org.elige.batch.Summary;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.elige.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lowering JCF's maximum age from 29 to 21: exactly who loses it, why, and what it costs, by program and state. */
class ImpactTest {
    @TempDir
    static Path dir;

    static RuleSet changed;
    static Impact impact;
    static Summary summary;

    @BeforeAll
    static void decideACaseloadUnderBoth() throws Exception {
        Path rules = dir.resolve("rules");
        TestFolders.copy(TestRules.RULES, rules);
        Path params = rules.resolve("jcf/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("value: 29, tag: SEC", "value: 21, tag: SEC"));
        changed = RuleSource.load(rules.toString());
        Generator g = new Generator(9, LocalDate.parse("2025-10-01"), TestRules.shipped());
        StringBuilder caseload = new StringBuilder("not a record\n");
        for (int i = 0; i < 120; i++) {
            caseload.append(Json.WRITER.writeValueAsString(g.household(i))).append('\n');
        }
        impact = new Impact();
        summary = new Batch(new ImpactProcessor(TestRules.shipped(), changed, null), 2, impact)
                .run(
                        new ByteArrayInputStream(caseload.toString().getBytes(StandardCharsets.UTF_8)),
                        OutputStream.nullOutputStream(),
                        null,
                        null);
    }

    @Test
    void everyChangeIsAJcfMemberAged22To29WhoLosesItThroughJcf01() {
        assertEquals(120, impact.households());
        assertEquals(1, summary.refused());
        assertTrue(
                impact.changes().size() > 3,
                "the caseload has young adults: " + impact.changes().size());
        for (Change c : impact.changes()) {
            assertEquals("JCF", c.program());
            assertEquals("ELIGIBLE", c.outcomeBefore());
            assertEquals("NOT_ELIGIBLE", c.outcomeAfter());
            assertEquals(List.of("JCF-01 PASSED → FAILED"), c.criteria());
            assertEquals(List.of("jcf.age.max 29 → 21"), c.parameters());
            assertEquals(0, new BigDecimal("-8480.17").compareTo(c.benefitChange()), c.toString());
        }
        assertEquals(impact.changes().size(), impact.byProgram().get("JCF").lost());
    }

    @Test
    void theStatesAddUpToTheTotal() {
        long changed =
                impact.byState().values().stream().mapToLong(Tally::changed).sum();
        assertEquals(impact.changes().size(), changed);
        BigDecimal byState = impact.byState().values().stream()
                .map(t -> t.benefit().getOrDefault("MXN/month", BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, impact.total().benefit().get("MXN/month").compareTo(byState));
        assertEquals(
                0,
                impact.total()
                        .benefit()
                        .get("MXN/month")
                        .compareTo(new BigDecimal("-8480.17").multiply(BigDecimal.valueOf(changed))));
    }

    @Test
    void csvJsonAndHtmlSayTheSame() {
        ImpactReport report = new ImpactReport(
                impact, summary.refused(), "rules", TestRules.shipped().id(), "a", dir.toString(), changed.id(), "b");
        StringWriter csv = new StringWriter();
        report.csv(new PrintWriter(csv));
        List<String> rows = csv.toString().lines().toList();
        assertEquals(ImpactReport.CSV_HEADER, rows.get(0));
        assertEquals(impact.changes().size() + 1, rows.size());
        assertTrue(
                rows.get(1).contains(",JCF,PERSON,")
                        && rows.get(1)
                                .endsWith(",ELIGIBLE,NOT_ELIGIBLE,8480.17,,MXN/month,-8480.17,"
                                        + "JCF-01 PASSED → FAILED,jcf.age.max 29 → 21"),
                rows.get(1));
        StringWriter json = new StringWriter();
        report.json(new PrintWriter(json));
        assertEquals(
                impact.changes().size(),
                Json.READER
                        .readTree(json.toString())
                        .at("/summary/changed_results")
                        .asInt());
        tools.jackson.databind.JsonNode jcf =
                Json.READER.readTree(json.toString()).at("/summary/by_program/JCF");
        assertEquals(
                impact.byProgram().get("JCF").changed(), jcf.path("changed").asLong(), json.toString());
        assertEquals(impact.byProgram().get("JCF").lost(), jcf.path("lost").asLong());
        assertTrue(jcf.path("benefit").path("MXN/month").isNumber(), jcf.toString());
        String html = ImpactHtml.render(report, "en");
        // self-contained: its scripts are inline, nothing is fetched
        assertTrue(
                html.contains("<h2>By state</h2>") && !html.contains("<script src") && !html.contains("<link"),
                "By state, inline scripts only");
        // a state reads by its name and an outcome as the caseworker reads it, the CSV keeps the codes
        String state = impact.changes().get(0).state();
        String name = org.elige.model.Messages.code("en", "cve_ent", state);
        assertTrue(html.contains("<td>" + name + "</td>"), html);
        assertTrue(html.contains("Eligible → Not eligible") && html.contains("JCF-01 Met → Not met"), html);
        StringWriter text = new StringWriter();
        report.text(new PrintWriter(text), "es");
        assertTrue(
                text.toString().contains(" (" + org.elige.model.Messages.code("es", "cve_ent", state) + ") JCF "),
                text.toString());
    }

    @Test
    void aGitRevisionIsABase() throws Exception {
        Path repo = dir.resolve("repo");
        TestFolders.copy(TestRules.RULES, repo.resolve("rules"));
        git(repo, "init", "-q");
        git(repo, "add", "rules");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "rules");
        assertEquals(TestRules.shipped().id(), RuleSource.load("HEAD", repo).id());
        assertEquals(
                TestRules.shipped().id(), RuleSource.load("HEAD:rules", repo).id());
        org.junit.jupiter.api.Assertions.assertThrows(
                org.elige.rules.RuleSetException.class, () -> RuleSource.load("no-such-rev", repo));
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
