package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a user sees from each command, and the documented exit codes. */
class CommandsTest {
    private static final String SAMPLE = "examples/household.json";

    @Test
    void evaluatePrintsACaseworkerReportInSpanish() {
        Cli r = Cli.run("evaluate", SAMPLE);
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Hogar H-0001 · evaluado al 2025-10-01"), r.out());
        assertTrue(r.out().contains("[ELEGIBLE]  Jóvenes Construyendo el Futuro — 8,480.17 MXN al mes × 12"), r.out());
        assertTrue(r.out().contains("Tiene 22 años; el programa pide entre 18 y 29 años."), r.out());
        assertTrue(r.out().contains("Para decidir los programas abiertos, pida:"), r.out());
        assertTrue(r.out().contains("\n  - la CURP de Rosa Lopez Hernandez (P2)  (decide 2 resultados)\n"), r.out());
        assertTrue(r.out().contains("Persona P2 · Rosa Lopez Hernandez\n"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "  No aplica aquí (2 programas): Fondo de Servicio Universal Eléctrico: electrificación"
                                        + " rural; PROCAPTAR: captación de agua de lluvia (CONAGUA)\n"),
                r.out());
        assertFalse(r.out().contains("/members/"), "no JSON Pointer reaches the caseworker");
        assertTrue(
                r.out().indexOf("[NO ELEGIBLE]  Sembrando Vida")
                        < r.out().indexOf("No aplica aquí (1 programa): Seguro"),
                "the programs that do not apply here come last");
    }

    @Test
    void evaluateInEnglishAsJsonFollowsTheDecisionContract() {
        Cli r = Cli.run("evaluate", SAMPLE, "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode d = Json.READER.readTree(r.out());
        for (String field : new String[] {
            "decision_id",
            "household_id",
            "evaluation_date",
            "decided_at",
            "rule_set",
            "input_sha256",
            "results",
            "errors"
        }) {
            assertTrue(d.has(field), field);
        }
        assertTrue(d.at("/rule_set/id").asString().startsWith("sha256:"));
        JsonNode jcf = d.path("results")
                .valueStream()
                .filter(x -> x.path("program").asString().equals("JCF")
                        && x.at("/unit/id").asString().equals("P2"))
                .findFirst()
                .orElseThrow();
        assertEquals("ELIGIBLE", jcf.path("outcome").asString());
        assertEquals(
                "Is 22 years old; the program requires 18 to 29.",
                jcf.at("/criteria/0/explanation/en").asString());
        assertEquals(2, d.path("shape").asInt());
        assertEquals(18, jcf.at("/criteria/0/parameters/jcf.age.min").asInt(), "the value beside the name");
        assertEquals(18, d.at("/parameters/jcf.age.min/value").asInt());
        assertEquals("2019-01-01", d.at("/parameters/jcf.age.min/valid_from").asString());
        assertEquals(
                "2003-06-11",
                jcf.at("/criteria/0/facts/~1members~11~1birth_date").asString());
    }

    @Test
    void asOfMovesTheEvaluationDateAndParamOverridesAreRecorded() {
        Cli r = Cli.run("evaluate", SAMPLE, "--format", "json", "--as-of", "2026-03-01", "--param", "jcf.age.max=21");
        JsonNode d = Json.READER.readTree(r.out());
        assertEquals("2026-03-01", d.path("evaluation_date").asString());
        assertEquals(21, d.at("/parameter_overrides/jcf.age.max").asInt());
        JsonNode jcf = d.path("results")
                .valueStream()
                .filter(x -> x.path("program").asString().equals("JCF")
                        && x.at("/unit/id").asString().equals("P2"))
                .findFirst()
                .orElseThrow();
        assertEquals("NOT_ELIGIBLE", jcf.path("outcome").asString());
        assertEquals(21, jcf.at("/criteria/0/parameters/jcf.age.max").asInt());
        assertEquals("OVERRIDE", d.at("/parameters/jcf.age.max/tag").asString());
    }

    @Test
    void anUnknownOrMistypedParameterIsAUsageError() {
        assertEquals(
                Main.USAGE,
                Cli.run("evaluate", SAMPLE, "--param", "jcf.age.maximum=21").code());
        Cli r = Cli.run("evaluate", SAMPLE, "--param", "jcf.age.max=old");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("el parámetro «jcf.age.max» admite un número, no «old»"), r.err());
    }

    @Test
    void checkSummarisesTheCatalogue() {
        Cli r = Cli.run("check");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("rules: ok · "), r.out());
        assertTrue(r.out().contains("JCF              PERSON    JCF-01 JCF-02 JCF-03 JCF-04 JCF-05"), r.out());
    }

    @Test
    void checkOfAMissingFolderIsInvalidRules() {
        Cli r = Cli.run("check", "no-such-rules");
        assertEquals(Main.INVALID_RULES, r.code());
        assertTrue(r.err().contains("no-such-rules:1:1: not a folder of rules"), r.err());
    }

    @Test
    void testReplaysFixturesAndPrintsCoverage() {
        Cli r = Cli.run("test");
        assertEquals(Main.OK, r.code(), r.out());
        assertTrue(r.out().contains("PASA   jcf/turning-18-on-the-evaluation-date-is-old-enough"), r.out());
        assertTrue(r.out().contains("Cobertura de las reglas (C = visto cumpliendo"), r.out());
        assertTrue(r.out().contains("  JCF-01       CND"), r.out());
        Cli en = Cli.run("test", "--lang", "en");
        assertEquals(Main.OK, en.code(), en.out());
        assertTrue(en.out().contains("PASS   jcf/turning-18-on-the-evaluation-date-is-old-enough"), en.out());
        assertTrue(en.out().contains("  JCF-01       PFU"), en.out());
    }

    @Test
    void theSummaryOfTestNamesTheFixtureThatFailed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path jcf = java.nio.file.Files.createDirectories(dir.resolve("jcf"));
        String name = "turning-18-on-the-evaluation-date-is-old-enough";
        java.nio.file.Files.copy(
                java.nio.file.Path.of("fixtures/jcf/" + name + ".input.json"), jcf.resolve(name + ".input.json"));
        String expected =
                java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/jcf/" + name + ".expected.json"));
        java.nio.file.Files.writeString(
                jcf.resolve(name + ".expected.json"), expected.replaceFirst("\"ELIGIBLE\"", "\"NOT_ELIGIBLE\""));
        Cli r = Cli.run("test", dir.toString());
        assertEquals(Main.FIXTURES_FAILED, r.code(), r.out());
        assertTrue(
                r.out()
                        .contains("FALLA  jcf/" + name
                                + ": JCF de Persona P1: se esperaba No elegible, resultó Elegible"),
                r.out());
        String summary = r.out().substring(r.out().lastIndexOf("1 caso de prueba: "));
        assertTrue(summary.startsWith("1 caso de prueba: ninguno pasa, 1 falla; a "), summary);
        assertTrue(
                summary.contains(
                        "  falla: jcf/" + name + ": JCF de Persona P1: se esperaba No elegible, resultó Elegible"),
                summary);
        assertTrue(summary.contains("nunca vistos cumpliendo y no cumpliendo (o sin aplicar): "), summary);
        java.util.List<String> gaps = org.elige.fixtures.FixtureSuite.run(org.elige.TestRules.shipped(), dir)
                .coverage()
                .gaps();
        for (String gap : gaps) {
            assertTrue(summary.contains(gap), "the summary names every coverage gap: " + gap);
        }
        for (String english : java.util.List.of(
                "expected", "got", "FAIL ", "PASS", "failed", "passed", "never seen", "NOT_ELIGIBLE", "PERSON")) {
            assertFalse(r.out().contains(english), english + " in the Spanish output:\n" + r.out());
        }

        Cli en = Cli.run("test", dir.toString(), "--lang", "en");
        assertEquals(Main.FIXTURES_FAILED, en.code(), en.out());
        String summaryEn = en.out().substring(en.out().lastIndexOf("1 fixture: "));
        assertTrue(summaryEn.startsWith("1 fixture: 0 passed, 1 failed; "), summaryEn);
        assertTrue(
                summaryEn.contains(
                        "  failed: jcf/" + name + ": JCF for Person P1: expected Not eligible, got Eligible"),
                summaryEn);
        assertTrue(summaryEn.contains("never seen passing and failing (or not applying): "), summaryEn);
        for (String spanish : java.util.List.of("se esperaba", "resultó", "FALLA", "falla", "Persona", "Elegible")) {
            assertFalse(en.out().contains(spanish), spanish + " in the English output:\n" + en.out());
        }
    }

    @Test
    void everyCommandHasHelpAndTheExitCodesAreDocumented() {
        for (String command : new String[] {"evaluate", "check", "test"}) {
            Cli r = Cli.run(command, "--help");
            assertEquals(Main.OK, r.code());
            assertTrue(r.out().contains("Usage: elige " + command), r.out());
        }
        Cli r = Cli.run("--help");
        assertTrue(r.out().contains("4   fixture failures"), r.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(Main.USAGE, Cli.run("evaluate", SAMPLE, "--colour").code());
        assertEquals(Main.USAGE, Cli.run().code());
    }
}
