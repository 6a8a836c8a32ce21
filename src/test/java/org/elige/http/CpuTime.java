package org.elige.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent, for {@link HttpBench}: by named groups of processes (each a list of process ids
 * with their descendants, e.g. the service instances, or PostgreSQL's postmaster and its backends),
 * by the load generator itself, and by the whole machine (from {@code /proc/stat}), so that a
 * measurement tells where the cores went and how much of them other programs took. Groups come
 * from the system property {@code bench.cpu}, as {@code name=PID,PID;name=PID}.
 */
final class CpuTime {
    /** The machine's clock ticks per second in {@code /proc/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, long[]> groups = new LinkedHashMap<>();

    private CpuTime(String spec) {
        if (spec != null && !spec.isBlank()) {
            for (String group : spec.split(";")) {
                String[] nameAndPids = group.split("=", 2);
                groups.put(
                        nameAndPids[0],
                        Arrays.stream(nameAndPids[1].split(","))
                                .mapToLong(Long::parseLong)
                                .toArray());
            }
        }
    }

    /** The groups named by the system property {@code bench.cpu}. */
    static CpuTime fromProperty() {
        return new CpuTime(System.getProperty("bench.cpu"));
    }

    /** CPU seconds so far: each group, {@code load} (this process), {@code machine} (every core, busy time). */
    Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        groups.forEach((name, pids) ->
                seconds.put(name, Arrays.stream(pids).mapToDouble(CpuTime::tree).sum()));
        seconds.put("load", cpu(ProcessHandle.current()));
        seconds.put("machine", machineBusy());
        return seconds;
    }

    /** Milliseconds of CPU per request between two readings of {@link #now}, as {@code cpu_ms_NAME=X} pairs. */
    static String perRequest(Map<String, Double> before, Map<String, Double> after, int requests, double seconds) {
        StringBuilder line = new StringBuilder();
        after.forEach((name, s) ->
                line.append(String.format(" cpu_ms_%s=%.2f", name, (s - before.get(name)) * 1000 / requests)));
        double machine = after.get("machine") - before.get("machine");
        line.append(String.format(
                " machine_busy_cores=%.2f of %d",
                machine / seconds, Runtime.getRuntime().availableProcessors()));
        return line.toString();
    }

    private static double tree(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> cpu(p) + p.descendants().mapToDouble(CpuTime::cpu).sum())
                .orElse(0.0);
    }

    private static double cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    /** Busy time of all cores (user, nice, system, irq, softirq, steal) in seconds. */
    private static double machineBusy() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] f = lines.findFirst().orElse("cpu").trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += i < f.length ? Long.parseLong(f[i]) : 0;
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
