package org.elige.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.elige.batch.Batch;
import org.elige.batch.Decide;
import org.elige.batch.Floor;
import org.elige.batch.Summary;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.elige.model.Messages;
import org.elige.rules.RuleSet;
import org.elige.scale.Growth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: whole-pipeline throughput of a generated caseload, beside the I/O floor (the same
 * pipeline writing a decision of the same size without evaluating) measured in the same run; or,
 * with {@code --scale}, how load time and throughput grow with the catalogue replicated.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure batch throughput against the I/O floor in the same run, on generated households.",
            "With --scale: load time and lean throughput (one thread) with the catalogue replicated N times.",
            "With --plot DIR: the figures of --windows or --scale drawn as SVG plots too."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--households", description = "Households to generate (default: 20000; 200 with --scale).")
    Integer households;

    @Option(names = "--input", paramLabel = "FILE", description = "Use this JSON Lines file instead of generating one.")
    Path input;

    @Option(
            names = "--threads",
            defaultValue = "0",
            description = "Worker threads (default: one per core; --scale always decides on one).")
    int threads;

    @Option(
            names = "--detail",
            defaultValue = "lean",
            description = "full or lean (default: ${DEFAULT-VALUE}; --scale always decides lean).")
    BatchCommand.Detail detail;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--scale",
            split = ",",
            paramLabel = "N",
            description =
                    "Catalogue sizes to measure, e.g. 1,10,100: every program replicated N times under other ids.")
    List<Integer> scale;

    @Option(
            names = "--scale-dir",
            paramLabel = "DIR",
            description = "With --scale: keep each replicated rule folder here, as rules-x<N>.")
    Path scaleDir;

    @Option(
            names = "--seconds",
            defaultValue = "10",
            description =
                    "With --scale: least seconds to warm up, and again to measure, at each size (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--windows",
            paramLabel = "N",
            description =
                    "Decide the caseload once from a cold start, with no warm-up or floor first, and report the rate "
                            + "every N households and the first 20,000 as a share of the steady rate (the last third); "
                            + "give --input, as generating in the same process warms part of the path.")
    Integer windows;

    @Option(
            names = "--plot",
            paramLabel = "DIR",
            description = "With --windows or --scale: also draw the figures as SVG plots in this folder "
                    + "(warmup-rate.svg and warmup-cpu.svg; growth-load.svg and growth-criterion.svg).")
    Path plot;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the plots' titles and axes: en or es (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (scale != null && scale.stream().anyMatch(times -> times < 1)) {
            throw new ParameterException(spec.commandLine(), "--scale takes sizes of 1 or more, not " + scale);
        }
        if (plot != null && scale == null && windows == null) {
            throw new ParameterException(
                    spec.commandLine(), "--plot draws the figures of --windows or --scale: give one");
        }
        if (plot != null && !writableFolder(plot)) {
            spec.commandLine().getErr().println("elige: " + Messages.get(lang.name(), "plot.unwritable", plot));
            return Main.USAGE;
        }
        long t0 = System.nanoTime();
        RuleSet ruleSet = RulesOption.load(rules.dir, spec.commandLine().getErr());
        if (ruleSet == null) {
            return Main.INVALID_RULES;
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Path file = input != null ? input : generate(ruleSet);
        try {
            if (scale != null) {
                return growth(out, file);
            }
            if (windows != null) {
                curve(out, ruleSet, loadSeconds, file);
                return Main.OK;
            }
            batch(out, ruleSet, loadSeconds, file);
            return Main.OK;
        } finally {
            if (input == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void batch(PrintWriter out, RuleSet ruleSet, double loadSeconds, Path file) throws IOException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        boolean lean = detail == BatchCommand.Detail.lean;
        Decide decide = new Decide(ruleSet, null, Map.of(), lean);
        byte[] sample = warmUp(decide, file);
        long[] latency = latencies(decide, file);
        Summary floor = run(new Batch(new Floor(sample), n), file);
        Summary engine = run(new Batch(decide, n), file);
        out.printf(
                "machine: %d cores, Java %s, max heap %d MiB; rule set %s (%d programs, %d rules) loaded in %.2f s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                ruleSet.label(),
                ruleSet.programs().size(),
                ruleSet.rules().size(),
                loadSeconds);
        out.printf("caseload: %,d households (%s), %s decisions, %d threads%n", engine.records(), file, detail, n);
        row(out, "I/O floor (parse + write)", floor);
        row(out, "elige batch", engine);
        out.printf(
                "single household in-process (decide + serialise, one thread, %,d households): p50 %.2f ms, p99 %.2f ms%n",
                latency.length, latency[latency.length / 2] / 1e6, latency[(int) (latency.length * 0.99)] / 1e6);
        out.printf(
                "ratio to the floor: %.1f %%; bytes written per household: %,.0f; heap after: %,d MiB%n",
                100 * engine.perSecond() / floor.perSecond(),
                (double) engine.bytesWritten() / Math.max(1, engine.decided()),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
    }

    /** One cold batch, its rate window by window: how far a short run is from the steady rate. */
    private void curve(PrintWriter out, RuleSet ruleSet, double loadSeconds, Path file) throws IOException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Decide decide = new Decide(ruleSet, null, Map.of(), detail == BatchCommand.Detail.lean);
        Windows curve = new Windows(windows);
        Summary engine;
        try (var in = Files.newInputStream(file)) {
            engine = new Batch(decide, n)
                    .run(in, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), curve);
        }
        curve.end(engine.records());
        out.printf(
                "rule set %s loaded in %.2f s; %,d households (%s), %s decisions, %d threads, max heap %d MiB%n",
                ruleSet.label(),
                loadSeconds,
                engine.records(),
                file,
                detail,
                n,
                Runtime.getRuntime().maxMemory() >> 20);
        row(out, "elige batch, cold", engine);
        curve.print(out, 20000);
        if (plot != null) {
            draw(out, "warmup-rate", curve.ratePlot(lang.name()));
            draw(out, "warmup-cpu", curve.cpuPlot(lang.name()));
        }
    }

    /** The growth of load time and throughput with the catalogue replicated, on this caseload. */
    private int growth(PrintWriter out, Path file) throws IOException {
        List<byte[]> caseload;
        try (var lines = Files.lines(file)) {
            caseload = lines.filter(l -> !l.isBlank())
                    .map(l -> l.getBytes(StandardCharsets.UTF_8))
                    .toList();
        }
        out.printf(
                "catalogue %s replicated %s times; %,d households (%s), lean decisions on one thread, "
                        + "at least %d s to warm up and %d s measured per size%n",
                rules.dir, scale, caseload.size(), input != null ? input : "generated, seed " + seed, seconds, seconds);
        List<Growth.Point> measured = new ArrayList<>();
        int code = GrowthTable.print(
                out,
                spec.commandLine().getErr(),
                new Growth(rules.dir, caseload, Duration.ofSeconds(seconds)),
                scale,
                scaleDir,
                measured);
        if (plot != null && !measured.isEmpty()) {
            draw(out, "growth-load", GrowthTable.loadPlot(measured, lang.name()));
            draw(out, "growth-criterion", GrowthTable.criterionPlot(measured, lang.name()));
        }
        return code;
    }

    /** Makes the --plot folder if missing, before the run rather than after it: true when it can be written in. */
    private static boolean writableFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return false;
        }
        return Files.isWritable(dir);
    }

    /** Draws one plot into the --plot folder as NAME.svg and says where. */
    private void draw(PrintWriter out, String name, Plot figure) throws IOException {
        Path file = plot.resolve(name + ".svg");
        Charts.write(figure, file);
        out.println(Messages.get(lang.name(), "plot.written", file));
    }

    private Path generate(RuleSet ruleSet) throws IOException {
        Path file = Files.createTempFile("elige-bench", ".jsonl");
        Generator g = new Generator(seed, LocalDate.parse("2025-10-01"), ruleSet);
        int n = households != null ? households : scale != null ? 200 : 20000;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < n; i++) {
                o.write(Json.WRITER.writeValueAsBytes(g.household(i)));
                o.write('\n');
            }
        }
        return file;
    }

    /** Runs the engine on the first records to warm the JIT; returns a decision of the mean size. */
    private static byte[] warmUp(Decide decide, Path file) throws IOException {
        List<String> lines;
        try (var all = Files.lines(file)) {
            lines = all.limit(2000).toList();
        }
        List<byte[]> outputs = lines.stream()
                .map(l -> decide.process(0, l.getBytes()).output())
                .filter(b -> b.length > 0)
                .toList();
        double mean = outputs.stream().mapToInt(b -> b.length).average().orElse(0);
        return outputs.stream()
                .min((a, b) -> Double.compare(Math.abs(a.length - mean), Math.abs(b.length - mean)))
                .orElse(new byte[0]);
    }

    /** Sorted nanoseconds to decide and serialise each of the first households, one at a time. */
    private static long[] latencies(Decide decide, Path file) throws IOException {
        List<String> lines;
        try (var all = Files.lines(file)) {
            lines = all.limit(2000).toList();
        }
        long[] ns = new long[lines.size()];
        for (int i = 0; i < ns.length; i++) {
            byte[] record = lines.get(i).getBytes();
            long t = System.nanoTime();
            decide.process(i, record);
            ns[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(ns);
        return ns;
    }

    /**
     * One pass over the file; decisions and errors are serialised and counted, then discarded
     * (a million full decisions would fill tens of GB), the same for the floor and the engine.
     */
    private static Summary run(Batch batch, Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return batch.run(in, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), null);
        }
    }

    private static void row(PrintWriter out, String what, Summary s) {
        out.printf(
                "  %-28s %,10.0f households/s  (%,d in %.1f s)%n",
                what, s.perSecond(), s.records(), s.elapsed().toNanos() / 1e9);
    }
}
