package org.elige.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.elige.model.Outcome;

/** What a batch did: records read, decided, refused or with errors, outcomes per program, time. */
public final class Summary {
    long records;
    long decided;
    long refused;
    long withErrors;
    long withDefects;
    long failed;
    long skipped;
    long bytesWritten;
    final Map<String, Map<Outcome, Long>> outcomes = new TreeMap<>();
    Duration elapsed = Duration.ZERO;

    public long records() {
        return records;
    }

    public long decided() {
        return decided;
    }

    /** Lines that could not be read as a household record at all. */
    public long refused() {
        return refused;
    }

    /** Decided records that had input errors (their affected results are DATA_ERROR). */
    public long withErrors() {
        return withErrors;
    }

    /** Decided records on which a rule failed (its criterion UNKNOWN with a rule-defect finding). */
    public long withDefects() {
        return withDefects;
    }

    /** Lines that could not be decided because of an internal error (listed in the errors output). */
    public long failed() {
        return failed;
    }

    /** Lines a resumed batch skipped because an earlier run had logged their decisions. */
    public long skipped() {
        return skipped;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    public Map<String, Map<Outcome, Long>> outcomes() {
        return outcomes;
    }

    public Duration elapsed() {
        return elapsed;
    }

    public double perSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s == 0 ? 0 : records / s;
    }

    void count(String program, Outcome outcome) {
        outcomes.computeIfAbsent(program, k -> new EnumMap<>(Outcome.class)).merge(outcome, 1L, Long::sum);
    }

    void add(Summary other) {
        records += other.records;
        decided += other.decided;
        refused += other.refused;
        withErrors += other.withErrors;
        withDefects += other.withDefects;
        failed += other.failed;
        skipped += other.skipped;
        bytesWritten += other.bytesWritten;
        other.outcomes.forEach((p, m) -> m.forEach((o, n) ->
                outcomes.computeIfAbsent(p, k -> new EnumMap<>(Outcome.class)).merge(o, n, Long::sum)));
    }
}
