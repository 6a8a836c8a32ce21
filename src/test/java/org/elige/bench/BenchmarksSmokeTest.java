package org.elige.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark runs through JMH and yields a result in both modes, in this JVM, for a moment
 * each on a few households: the harness cannot rot between benchmark runs. No timing is asserted;
 * the figures are {@code mvn -Pjmh verify}'s.
 */
class BenchmarksSmokeTest {
    private static final List<String> BENCHMARKS = List.of(
            "Baseline.floorFull",
            "Baseline.floorLean",
            "Baseline.read",
            "Engine.decideFull",
            "Engine.decideLean",
            "Engine.evaluateFull",
            "Engine.evaluateLean",
            "Engine.writeFull",
            "Engine.writeLean");

    @Test
    void everyBenchmarkRunsAndReportsBothModes() throws Exception {
        // another JMH run on this machine (a benchmark in another checkout) must not fail the build
        System.setProperty("jmh.ignoreLock", "true");
        List<Benchmarks.Row> rows = Benchmarks.measure(new OptionsBuilder()
                .include(Benchmarks.class.getPackageName() + ".")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .param("households", "12")
                .verbosity(VerboseMode.SILENT)
                .build());
        assertEquals(
                BENCHMARKS,
                rows.stream().map(Benchmarks.Row::benchmark).sorted().toList());
        for (Benchmarks.Row r : rows) {
            assertTrue(r.perSecond() > 0 && r.samples() > 0, r.benchmark() + " measured nothing: " + r);
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        Benchmarks.print(new PrintStream(table, true, StandardCharsets.UTF_8), rows);
        String text = table.toString(StandardCharsets.UTF_8);
        BENCHMARKS.forEach(b -> assertTrue(text.contains(b), text));
        assertTrue(text.contains("households=12 rules=rules seed=1"), text);
    }
}
