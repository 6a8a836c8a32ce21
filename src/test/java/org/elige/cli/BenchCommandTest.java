package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.elige.DemoRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --scale}: a line per catalogue size, the replicated folders kept where asked. Figures are not checked. */
class BenchCommandTest {

    @Test
    void scalePrintsALinePerSizeAndKeepsTheReplicatedFolders(@TempDir Path dir) {
        Path rules = DemoRules.in(dir).dir();
        Cli r = Cli.run(
                "bench",
                "--rules",
                rules.toString(),
                "--scale",
                "1,3",
                "--households",
                "3",
                "--seconds",
                "0",
                "--scale-dir",
                dir.resolve("scaled").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("3 households (generated, seed 1)"), r.out());
        // times, programs, rules (two criteria and a benefit per program), criteria
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+1\\s+1\\s+3\\s+2\\s.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+3\\s+3\\s+9\\s+6\\s.*")), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("scaled/rules-x3/demo_x03/rules.drl")));
    }

    @Test
    void windowsPrintTheRateOfEachWindowAndTheFirstAsAShareOfTheSteadyRate(@TempDir Path dir) {
        Path rules = DemoRules.in(dir).dir();
        Cli r = Cli.run(
                "bench", "--rules", rules.toString(), "--households", "200", "--windows", "64", "--threads", "1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("200 households"), r.out());
        // windows of 64 households (a batch's chunk), the last one shorter
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+0-64\\s+.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+192-200\\s+.*")), r.out());
        assertTrue(r.out().contains("first as a share of steady"), r.out());
    }

    @Test
    void aSizeBelowOneIsAUsageError() {
        Cli r = Cli.run("bench", "--scale", "1,0");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--scale takes sizes of 1 or more"), r.err());
    }
}
