package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long commands tell what they are doing on standard error, in the chosen language, when it is a
 * terminal; piped (as here, unless forced with --progress) they say nothing more than before.
 */
class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void otherMessagesClearTheProgressLineAndAQuietProgressSaysNothing() {
        StringWriter text = new StringWriter();
        Progress shown = new Progress(new PrintWriter(text), "en", true);
        shown.say("progress.chain");
        shown.err().println("a warning");
        shown.count("progress.replay", 7, 0);
        shown.done();
        shown.say("progress.chain");
        String blank = " ".repeat("Verifying the hash chain of the log…".length());
        assertEquals(
                "\rVerifying the hash chain of the log…\r" + blank + "\ra warning" + System.lineSeparator()
                        + "\rReplaying logged decisions: 7…" + System.lineSeparator(),
                text.toString());

        StringWriter none = new StringWriter();
        Progress quiet = new Progress(new PrintWriter(none), "en", false);
        quiet.say("progress.chain");
        quiet.count("progress.replay", 7, 10);
        quiet.err().println("a warning");
        quiet.done();
        assertEquals("a warning" + System.lineSeparator(), none.toString());
    }

    @Test
    void batchTellsItsStepsAndCountWhenAskedAndNothingWhenPiped() throws Exception {
        Path in = CrashTest.households(dir.resolve("caseload.jsonl"), 3, 3);
        Cli shown = Cli.run(
                "batch",
                in.toString(),
                "--progress",
                "-o",
                dir.resolve("a.jsonl").toString());
        assertEquals(Main.OK, shown.code(), shown.err());
        assertTrue(shown.err().contains("\rCargando las reglas de rules…"), shown.err());
        assertTrue(shown.err().contains("\rContando los registros de " + in + "…"), shown.err());
        assertTrue(shown.err().contains("\rDecidiendo registros: 3 de 3 (100 %)…"), shown.err());
        assertTrue(shown.err().contains("batch: 3 records"), "the summary follows on its own line");

        Cli piped = Cli.run("batch", in.toString(), "-o", dir.resolve("b.jsonl").toString());
        assertEquals(Main.OK, piped.code(), piped.err());
        assertFalse(piped.err().contains("\r"), piped.err());
        assertFalse(piped.err().contains("Decidiendo"), piped.err());
        assertTrue(piped.err().startsWith("batch: 3 records"), piped.err());
        Cli off = Cli.run(
                "batch",
                in.toString(),
                "--no-progress",
                "-o",
                dir.resolve("c.jsonl").toString());
        assertFalse(off.err().contains("\r"), off.err());
    }

    @Test
    void testCountsTheFixturesInTheChosenLanguage() throws Exception {
        Path jcf = Files.createDirectories(dir.resolve("fixtures/jcf"));
        for (String name : new String[] {
            "turning-18-on-the-evaluation-date-is-old-enough", "turning-30-on-the-evaluation-date-is-too-old"
        }) {
            for (String suffix : new String[] {".input.json", ".expected.json"}) {
                Files.copy(Path.of("fixtures/jcf/" + name + suffix), jcf.resolve(name + suffix));
            }
        }
        Cli shown = Cli.run("test", dir.resolve("fixtures").toString(), "--progress", "--lang", "en");
        assertTrue(shown.err().contains("\rLoading the rules from rules…"), shown.err());
        assertTrue(shown.err().contains("\rReplaying fixtures: 2 of 2 (100%)…\n"), shown.err());
        assertTrue(shown.out().contains("2 fixtures: 2 passed, 0 failed"), shown.out());
        Cli piped = Cli.run("test", dir.resolve("fixtures").toString(), "--lang", "en");
        assertEquals(shown.out(), piped.out(), "the report is the same");
        assertEquals("", piped.err());
    }

    @Test
    void impactTellsWhichRulesItLoadsAndCountsTheHouseholds() throws Exception {
        Path in = CrashTest.households(dir.resolve("caseload.jsonl"), 4, 2);
        Cli shown = Cli.run("impact", "--base", "rules", "--households", in.toString(), "--progress");
        assertEquals(Main.OK, shown.code(), shown.err());
        assertTrue(shown.err().contains("\rCargando las reglas base (rules)…"), shown.err());
        assertTrue(shown.err().contains("\rCargando las reglas propuestas (rules)…"), shown.err());
        assertTrue(shown.err().contains("\rDecidiendo hogares con las dos reglas: 2 de 2 (100 %)…"), shown.err());
        Cli piped = Cli.run("impact", "--base", "rules", "--households", in.toString());
        assertEquals("", piped.err());
        assertEquals(shown.out(), piped.out());
    }

    @Test
    void serveTellsWhatItDoesUntilItIsReady() throws Exception {
        Path log = dir.resolve("serve.log");
        Process serve = Child.start(
                log,
                Map.of(),
                "serve",
                "--dev",
                "--port",
                "0",
                "--db",
                dir.resolve("elige.db").toString(),
                "--progress",
                "--lang",
                "en");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!Files.readString(log).contains("elige: serving")
                    && serve.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String said = Files.readString(log);
            assertTrue(said.contains("\rLoading the rules from rules…"), said);
            assertTrue(said.contains("\rReplaying fixtures: "), said);
            assertTrue(said.contains("\rOpening the log and the port…"), said);
            assertTrue(said.matches("(?s).*\rReady: serving at http://127\\.0\\.0\\.1:\\d+/ *\n.*"), said);
            assertTrue(said.contains("elige: serving http://127.0.0.1:"), said);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
