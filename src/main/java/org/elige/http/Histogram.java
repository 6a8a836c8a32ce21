package org.elige.http;

import java.util.Locale;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations in seconds, with fixed buckets; safe for many threads. */
final class Histogram {
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private final LongAdder[] counts = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    Histogram() {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    void observe(double seconds) {
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                counts[i].increment();
                break;
            }
        }
        count.increment();
        sum.add(seconds);
    }

    /** The bucket, sum and count lines of this histogram, with {@code labels} ({@code a="b",}) in front of {@code le}. */
    void write(StringBuilder out, String name, String labels) {
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += counts[i].sum();
            out.append(name)
                    .append("_bucket{")
                    .append(labels)
                    .append("le=\"")
                    .append(format(BUCKETS[i]))
                    .append("\"} ")
                    .append(cumulative)
                    .append('\n');
        }
        String bare = labels.isEmpty() ? "" : "{" + labels.substring(0, labels.length() - 1) + "}";
        out.append(name)
                .append("_bucket{")
                .append(labels)
                .append("le=\"+Inf\"} ")
                .append(count.sum())
                .append('\n');
        out.append(name)
                .append("_sum")
                .append(bare)
                .append(' ')
                .append(format(sum.sum()))
                .append('\n');
        out.append(name)
                .append("_count")
                .append(bare)
                .append(' ')
                .append(count.sum())
                .append('\n');
    }

    static String format(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
