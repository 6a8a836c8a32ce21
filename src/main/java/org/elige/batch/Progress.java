package org.elige.batch;

import java.io.PrintWriter;

/**
 * Progress of a batch on standard error: a bar redrawn in place on a terminal (records/s, and ETA
 * when the input size is known), or a plain line every {@value #PLAIN_EVERY_MS} ms otherwise.
 */
public final class Progress {
    static final long PLAIN_EVERY_MS = 10_000;
    private final PrintWriter err;
    private final boolean terminal;
    private final long expected;
    private final long start = System.nanoTime();
    private long last;

    /** @param expected records expected, or 0 when unknown */
    public Progress(PrintWriter err, boolean terminal, long expected) {
        this.err = err;
        this.terminal = terminal;
        this.expected = expected;
    }

    void update(long records, long problems) {
        long now = System.nanoTime();
        long every = terminal ? 250 : PLAIN_EVERY_MS;
        if ((now - last) / 1_000_000 < every) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? records / seconds : 0;
        if (terminal) {
            err.print("\r" + bar(records)
                    + String.format(
                            " %,d records · %,.0f/s · %,d with problems%s   ",
                            records, rate, problems, eta(records, rate)));
        } else {
            err.printf(
                    "batch: %,d records · %,.0f/s · %,d with problems%s%n",
                    records, rate, problems, eta(records, rate));
        }
        err.flush();
    }

    /** Ends the bar's line on a terminal. */
    public void done() {
        if (terminal && last != 0) {
            err.println();
        }
    }

    private String bar(long records) {
        if (expected <= 0) {
            return "";
        }
        int filled = (int) Math.min(30, records * 30 / expected);
        return "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "]";
    }

    private String eta(long records, double rate) {
        if (expected <= 0 || rate <= 0 || records >= expected) {
            return "";
        }
        long s = (long) ((expected - records) / rate);
        return String.format(" · ETA %d:%02d", s / 60, s % 60);
    }
}
