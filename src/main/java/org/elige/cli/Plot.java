package org.elige.cli;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.elige.model.Messages;

/**
 * A line chart of a benchmark, as data: its title, a note under it (the machine), the axes'
 * labels, whether the horizontal axis is logarithmic, and its named series. {@link Charts} draws it.
 */
record Plot(String title, String note, String x, String y, boolean logX, List<Plot.Series> series) {

    /** One line: its name in the legend and its points, {@code xs[i]} against {@code ys[i]}. */
    record Series(String name, double[] xs, double[] ys) {}

    /**
     * What the note under every plot says: the cores, the Java version, the day measured and the
     * load average as the figures are drawn (how much other work shared the cores).
     */
    static String machine(String lang) {
        return Messages.get(
                lang,
                "plot.machine",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                LocalDate.now().toString(),
                Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }
}
