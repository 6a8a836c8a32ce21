package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.elige.model.Messages;
import org.elige.rules.RuleSetException;
import org.elige.scale.Growth;

/**
 * What {@code bench --scale} prints: one line per catalogue size, each as soon as it is measured
 * (the largest sizes take minutes), with the cost per criterion evaluated, the figure that should
 * stay flat while the catalogue grows.
 */
final class GrowthTable {
    private static final String HEADER = "%6s %9s %7s %9s %10s %13s %9s %13s %12s %12s %9s%n";
    private static final String ROW = "%6d %9d %7d %9d %10.2f %13.2f %,9d %,13.1f %,12.0f %,12.0f %9.2f%n";

    private GrowthTable() {}

    /** Measures and prints each size, adding it to {@code measured}; stops at the first that does not load. */
    static int print(
            PrintWriter out,
            PrintWriter err,
            Growth growth,
            List<Integer> sizes,
            Path keep,
            List<Growth.Point> measured)
            throws IOException {
        out.printf(
                HEADER,
                "times",
                "programs",
                "rules",
                "criteria",
                "compile s",
                "from cache s",
                "heap MiB",
                "households/s",
                "criteria/hh",
                "criteria/s",
                "µs/crit");
        for (int times : sizes) {
            Growth.Point p;
            try {
                p = growth.measure(times, keep);
            } catch (RuleSetException e) {
                err.println("elige: the catalogue replicated " + times + " times does not load:");
                e.diagnostics().stream().limit(20).forEach(err::println);
                return Main.INVALID_RULES;
            }
            measured.add(p);
            out.printf(
                    ROW,
                    p.times(),
                    p.programs(),
                    p.rules(),
                    p.criteria(),
                    p.compileSeconds(),
                    p.cachedSeconds(),
                    p.heapBytes() >> 20,
                    p.householdsPerSecond(),
                    p.criteriaPerHousehold(),
                    p.criteriaPerSecond(),
                    1e6 / p.criteriaPerSecond());
            out.flush();
        }
        return Main.OK;
    }

    /** Compile and load-from-cache seconds against the rules in the catalogue ({@code --plot}). */
    static Plot loadPlot(List<Growth.Point> points, String lang) {
        double[] rules = rules(points);
        return new Plot(
                Messages.get(lang, "plot.growth.load.title"),
                Plot.machine(lang),
                Messages.get(lang, "plot.growth.x"),
                Messages.get(lang, "plot.growth.load.y"),
                true,
                List.of(
                        new Plot.Series(
                                Messages.get(lang, "plot.growth.load.compile"),
                                rules,
                                points.stream()
                                        .mapToDouble(Growth.Point::compileSeconds)
                                        .toArray()),
                        new Plot.Series(
                                Messages.get(lang, "plot.growth.load.cached"),
                                rules,
                                points.stream()
                                        .mapToDouble(Growth.Point::cachedSeconds)
                                        .toArray())));
    }

    /** Microseconds per criterion decided against the rules in the catalogue ({@code --plot}). */
    static Plot criterionPlot(List<Growth.Point> points, String lang) {
        return new Plot(
                Messages.get(lang, "plot.growth.criterion.title"),
                Plot.machine(lang),
                Messages.get(lang, "plot.growth.x"),
                Messages.get(lang, "plot.growth.criterion.y"),
                true,
                List.of(new Plot.Series(
                        Messages.get(lang, "plot.growth.criterion.series"),
                        rules(points),
                        points.stream()
                                .mapToDouble(p -> 1e6 / p.criteriaPerSecond())
                                .toArray())));
    }

    private static double[] rules(List<Growth.Point> points) {
        return points.stream().mapToDouble(Growth.Point::rules).toArray();
    }
}
