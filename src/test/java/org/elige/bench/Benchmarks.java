package org.elige.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks of this package twice, for throughput in operations per second (one
 * operation is one household, so households/s) and for sample time in milliseconds (for p50 and
 * p99), then prints both side by side with each {@code decide*} path as a share of its I/O floor
 * from the same run. A JMH annotation carries one time unit, and neither ops/ms nor seconds per
 * operation reads well, hence two runs. Takes JMH's own options (forks, iterations, {@code -p},
 * a benchmark regex); the mode and unit are set here. {@code -h} and {@code -l} go to JMH.
 */
public final class Benchmarks {

    /** One benchmark with one set of parameters, in both modes. */
    record Row(String params, String benchmark, double perSecond, double error, double p50, double p99, long samples) {}

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp()
                || options.shouldList()
                || options.shouldListWithParams()
                || options.shouldListProfilers()
                || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        print(System.out, measure(options));
    }

    /** Runs every selected benchmark for throughput, then for sample time, and pairs the results. */
    static List<Row> measure(Options options) throws RunnerException {
        Map<String, RunResult> throughput = run(options, Mode.Throughput, TimeUnit.SECONDS);
        Map<String, RunResult> latency = run(options, Mode.SampleTime, TimeUnit.MILLISECONDS);
        List<Row> rows = new ArrayList<>();
        throughput.forEach((key, t) -> {
            Result<?> ops = t.getPrimaryResult();
            Result<?> time = latency.get(key).getPrimaryResult();
            rows.add(new Row(
                    params(t),
                    name(t),
                    ops.getScore(),
                    ops.getScoreError(),
                    time.getStatistics().getPercentile(50),
                    time.getStatistics().getPercentile(99),
                    time.getSampleCount()));
        });
        return rows;
    }

    private static Map<String, RunResult> run(Options options, Mode mode, TimeUnit unit) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .parent(options)
                        .mode(mode)
                        .timeUnit(unit)
                        .build())
                .run();
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.put(params(r) + " " + name(r), r));
        return byKey;
    }

    /** The table: per parameter set, each benchmark's households/s, p50, p99 and share of its floor. */
    static void print(PrintStream out, List<Row> rows) {
        Map<String, List<Row>> groups =
                rows.stream().collect(Collectors.groupingBy(Row::params, LinkedHashMap::new, Collectors.toList()));
        groups.forEach((params, group) -> {
            out.printf("%nhouseholds/s (throughput, ± 99.9 %% interval) and latency (sample time) with %s%n", params);
            out.printf(
                    "  %-22s %14s %10s %9s %9s %9s%n",
                    "benchmark", "households/s", "±", "p50 ms", "p99 ms", "of floor");
            for (Row r : group) {
                Row floor = floorOf(r, group);
                // JMH gives no interval for a single iteration
                String error = Double.isNaN(r.error()) ? "" : String.format("%,.0f", r.error());
                out.printf(
                        "  %-22s %,14.0f %10s %9.3f %9.3f %9s%n",
                        r.benchmark(),
                        r.perSecond(),
                        error,
                        r.p50(),
                        r.p99(),
                        floor == null ? "" : String.format("%.1f %%", 100 * r.perSecond() / floor.perSecond()));
            }
        });
    }

    /** {@code Engine.decideLean} is read against {@code Baseline.floorLean}, full against full. */
    private static Row floorOf(Row r, List<Row> group) {
        String method = r.benchmark().substring(r.benchmark().indexOf('.') + 1);
        if (!method.startsWith("decide")) {
            return null;
        }
        String floor = "Baseline.floor" + method.substring("decide".length());
        return group.stream()
                .filter(g -> g.benchmark().equals(floor))
                .findFirst()
                .orElse(null);
    }

    private static String name(RunResult r) {
        String full = r.getParams().getBenchmark();
        String[] parts = full.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String params(RunResult r) {
        return r.getParams().getParamsKeys().stream()
                .sorted()
                .map(k -> k + "=" + r.getParams().getParam(k))
                .collect(Collectors.joining(" "));
    }
}
