package org.elige.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elige.batch.Decide;
import org.elige.batch.Item;
import org.elige.rules.BuildMode;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/**
 * How loading and deciding grow with the catalogue. For each size, the rule folder is replicated
 * (see {@link Replicas}), compiled into an empty package cache (every package compiled, as on a
 * first load; the process has loaded rules before, hence "cold-ish"), loaded again from that cache,
 * and a fixed caseload is decided lean on one thread, in whole passes: first to warm up, then
 * measured. The households are the same at every size, so cost per criterion evaluated is the
 * figure to compare; copies read enrollments in their own programs, which generated households
 * name only for the originals, so a copy decides those criteria like an unenrolled household.
 */
public final class Growth {

    /**
     * One size of the catalogue, measured.
     *
     * @param criteria             criteria the programs declare
     * @param heapBytes            heap in use after a full GC with the rule set loaded (and the caseload read)
     * @param criteriaPerHousehold criteria evaluated per household (one finding each), on average
     */
    public record Point(
            int times,
            int programs,
            int rules,
            int criteria,
            double compileSeconds,
            double cachedSeconds,
            long heapBytes,
            double householdsPerSecond,
            double criteriaPerHousehold) {

        public double criteriaPerSecond() {
            return householdsPerSecond * criteriaPerHousehold;
        }
    }

    private final Path rules;
    private final List<byte[]> caseload;
    private final Duration time;

    /** @param time the least time spent warming up, and again measuring, at each size */
    public Growth(Path rules, List<byte[]> caseload, Duration time) {
        this.rules = rules;
        this.caseload = List.copyOf(caseload);
        this.time = time;
    }

    /**
     * Measures the catalogue replicated {@code times} times.
     *
     * @param keep where to leave the replicated folder (as {@code rules-x<times>}), or null to delete it after
     */
    public Point measure(int times, Path keep) throws IOException, RuleSetException {
        Path work = Files.createTempDirectory("elige-growth");
        Path folder = (keep != null ? keep : work).resolve("rules-x" + times);
        Path cache = work.resolve("cache");
        try {
            Replicas.write(rules, times, folder);
            long t0 = System.nanoTime();
            RuleSetLoader.load(folder, BuildMode.CLASSIC, cache);
            long t1 = System.nanoTime();
            RuleSet ruleSet = RuleSetLoader.load(folder, BuildMode.CLASSIC, cache);
            long t2 = System.nanoTime();
            long heap = heapAfterGc();
            Decide decide = new Decide(ruleSet, null, Map.of(), true);
            passes(decide);
            Passes measured = passes(decide);
            return new Point(
                    times,
                    ruleSet.programs().size(),
                    ruleSet.rules().size(),
                    ruleSet.programs().values().stream()
                            .mapToInt(p -> p.criteria().size())
                            .sum(),
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    heap,
                    measured.households() / (measured.nanos() / 1e9),
                    (double) measured.criteria() / measured.households());
        } finally {
            delete(work);
        }
    }

    /** What whole passes over the caseload did: households decided, criteria evaluated, in how long. */
    private record Passes(long households, long criteria, long nanos) {}

    /** Whole passes over the caseload for at least {@link #time}. */
    private Passes passes(Decide decide) {
        long households = 0;
        long criteria = 0;
        long start = System.nanoTime();
        do {
            for (int i = 0; i < caseload.size(); i++) {
                Item item = decide.process(i, caseload.get(i));
                if (item.decision() != null) {
                    households++;
                    criteria += item.decision().results().stream()
                            .mapToInt(r -> r.criteria().size())
                            .sum();
                }
            }
        } while (System.nanoTime() - start < time.toNanos());
        return new Passes(households, criteria, System.nanoTime() - start);
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
