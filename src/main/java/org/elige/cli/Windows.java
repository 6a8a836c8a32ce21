package org.elige.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.elige.model.Messages;

/**
 * The rate of one batch window by window ({@code bench --windows N}): for every N households
 * written, the wall time, the CPU time of the batch's workers, of the whole process, of the JIT
 * compilers, and of the garbage collector, so that a rate that climbs can be told apart as JIT
 * warm-up (workers' CPU per household falls), competition for the cores (process CPU above the
 * workers') or collection.
 */
final class Windows implements LongConsumer {
    private final long size;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Set<Long> workers = new HashSet<>();
    private final List<Mark> marks = new ArrayList<>();
    private long next;

    /** One reading at a window's boundary. */
    private record Mark(
            long records, long nanos, long workerCpu, long processCpu, long jitMillis, long gcMillis, long gcs) {}

    Windows(long size) {
        this.size = size;
        marks.add(mark(0));
        next = size;
    }

    @Override
    public void accept(long records) {
        if (records >= next) {
            marks.add(mark(records));
            next = (records / size + 1) * size;
        }
    }

    /** Marks the end of the run (a last, shorter window if the caseload is not a multiple of N). */
    void end(long records) {
        if (marks.get(marks.size() - 1).records() < records) {
            marks.add(mark(records));
        }
    }

    private Mark mark(long records) {
        long now = System.nanoTime();
        long gcMillis = 0;
        long gcs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcs += Math.max(0, gc.getCollectionCount());
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        long process = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        var jit = ManagementFactory.getCompilationMXBean();
        long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        return new Mark(records, now, workerCpu(), process, jitMillis, gcMillis, gcs);
    }

    /** CPU nanoseconds used so far by the batch's worker threads (named {@code elige-batch}). */
    private long workerCpu() {
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().equals("elige-batch")) {
                workers.add(t.getThreadId());
            }
        }
        long cpu = 0;
        for (long id : workers) {
            cpu += Math.max(0, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** Households per second from record {@code from} to the end: wall time between the nearest marks. */
    private double rate(int from, int to) {
        Mark a = marks.get(from);
        Mark b = marks.get(to);
        return (b.records() - a.records()) / ((b.nanos() - a.nanos()) / 1e9);
    }

    /** Households per second of each window against the households processed at its end ({@code --plot}). */
    Plot ratePlot(String lang) {
        double[] xs = ends();
        double[] rate = new double[xs.length];
        for (int i = 1; i < marks.size(); i++) {
            rate[i - 1] = rate(i - 1, i);
        }
        return new Plot(
                Messages.get(lang, "plot.warmup.rate.title"),
                Plot.machine(lang),
                Messages.get(lang, "plot.warmup.x"),
                Messages.get(lang, "plot.warmup.rate.y"),
                false,
                List.of(new Plot.Series(Messages.get(lang, "plot.warmup.rate.series", size), xs, rate)));
    }

    /** CPU microseconds per household of each window, the workers' and the whole process's ({@code --plot}). */
    Plot cpuPlot(String lang) {
        double[] xs = ends();
        double[] workers = new double[xs.length];
        double[] process = new double[xs.length];
        for (int i = 1; i < marks.size(); i++) {
            Mark a = marks.get(i - 1);
            Mark b = marks.get(i);
            long n = b.records() - a.records();
            workers[i - 1] = (b.workerCpu() - a.workerCpu()) / 1e3 / n;
            process[i - 1] = (b.processCpu() - a.processCpu()) / 1e3 / n;
        }
        return new Plot(
                Messages.get(lang, "plot.warmup.cpu.title"),
                Plot.machine(lang),
                Messages.get(lang, "plot.warmup.x"),
                Messages.get(lang, "plot.warmup.cpu.y"),
                false,
                List.of(
                        new Plot.Series(Messages.get(lang, "plot.warmup.cpu.workers"), xs, workers),
                        new Plot.Series(Messages.get(lang, "plot.warmup.cpu.process"), xs, process)));
    }

    /** The households processed at the end of each window. */
    private double[] ends() {
        double[] xs = new double[marks.size() - 1];
        for (int i = 1; i < marks.size(); i++) {
            xs[i - 1] = marks.get(i).records();
        }
        return xs;
    }

    /**
     * Prints one line per window, then the rate of the first {@code head} households as a share
     * of the steady rate (the last third of the run's windows), both from this run.
     */
    void print(PrintWriter out, long head) {
        out.printf(
                "%-17s %13s %16s %17s %9s %7s %4s%n",
                "households", "households/s", "worker µs/hh", "process µs/hh", "JIT ms", "GC ms", "GCs");
        for (int i = 1; i < marks.size(); i++) {
            Mark a = marks.get(i - 1);
            Mark b = marks.get(i);
            long n = b.records() - a.records();
            out.printf(
                    "%,8d-%,-8d %,13.0f %,16.0f %,17.0f %,9d %,7d %4d%n",
                    a.records(),
                    b.records(),
                    rate(i - 1, i),
                    (b.workerCpu() - a.workerCpu()) / 1e3 / n,
                    (b.processCpu() - a.processCpu()) / 1e3 / n,
                    b.jitMillis() - a.jitMillis(),
                    b.gcMillis() - a.gcMillis(),
                    b.gcs() - a.gcs());
        }
        int last = marks.size() - 1;
        int headEnd = 0;
        while (headEnd < last && marks.get(headEnd).records() < head) {
            headEnd++;
        }
        int steadyFrom = Math.min(last - 1, last - Math.max(1, last / 3));
        if (last < 2 || headEnd == 0) {
            return;
        }
        double first = rate(0, headEnd);
        double steady = rate(steadyFrom, last);
        out.printf(
                "first %,d households: %,.0f/s; steady (households %,d-%,d): %,.0f/s; first as a share of steady: %.1f %%%n",
                marks.get(headEnd).records(),
                first,
                marks.get(steadyFrom).records(),
                marks.get(last).records(),
                steady,
                100 * first / steady);
    }
}
