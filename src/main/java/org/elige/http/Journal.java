package org.elige.http;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.elige.audit.Database;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.audit.LogException;
import org.elige.audit.LogLocation;
import org.elige.audit.Signer;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.rules.RuleSet;

/**
 * Records the service's decisions in the decision log with group commit: request threads hand
 * their entries to one writer thread, which appends everything waiting in one transaction (one
 * per rule set, in arrival order) and then lets each request answer. A request answers 201 only
 * once its decision is in the log; if the log cannot be written it gets the log's error.
 *
 * <p>The writer survives any failure of one transaction, an {@link OutOfMemoryError} included:
 * that transaction's requests get the error (503) and the next one is tried afresh; exiting the
 * process instead would drop every other request in flight for the fault of one batch. The
 * writer's state is what readiness reports: not ready while the last write (or write check)
 * failed, while one write has been running for longer than {@link Timing#stall}, or if the
 * thread has ended. While not ready, requests that would wait on it answer 503 at once; while
 * idle the writer checks that it can still take the log's append lock, so readiness also comes
 * back without traffic.
 */
final class Journal implements AutoCloseable {
    static final int MOST_PER_TRANSACTION = 256;
    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int WITHDRAWN = 2;
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private final Log log;
    private final Timing timing;
    private final PrintWriter err;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final LongAdder committed = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private volatile boolean open = true;
    /** When the write (or check) under way began, in nanoTime; 0 while idle. */
    private volatile long busySince;
    /** Why the last write or check failed; null once one succeeds. */
    private volatile String failure;

    private volatile Instant failedAt;

    /** What the writer appends to: the decision log, or in tests a log that fails on demand. */
    interface Log extends AutoCloseable {
        /** Appends the entries in one transaction; returns the last sequence number. */
        long append(RuleSet rules, List<Entry> entries);

        /** Takes the append lock and commits nothing: throws when the log cannot be written. */
        void check();

        /** The log's name, to keep out of answers. */
        String shown();

        @Override
        void close();

        static Log open(LogLocation spec) {
            return open(spec, null);
        }

        /** The decision log at {@code spec}, each append signed with {@code signer} when it is not null. */
        static Log open(LogLocation spec, Signer signer) {
            DecisionLog log = new DecisionLog(Database.open(spec, true), signer);
            return new Log() {
                @Override
                public long append(RuleSet rules, List<Entry> entries) {
                    return log.append(rules, entries);
                }

                @Override
                public void check() {
                    log.database().write("record in", "decision_log", c -> {
                        try (var s = c.createStatement()) {
                            s.execute("SELECT 1 FROM decision_log LIMIT 0");
                        }
                        return null;
                    });
                }

                @Override
                public String shown() {
                    return log.database().shown();
                }

                @Override
                public void close() {
                    log.close();
                }
            };
        }
    }

    /**
     * The writer's clock.
     *
     * @param stall      one write running longer than this makes the writer not ready
     * @param checkIdle  how often an idle, healthy writer checks that the log can be written
     * @param checkAfter how often it checks again after a failure
     */
    record Timing(Duration stall, Duration checkIdle, Duration checkAfter) {
        static final Timing DEFAULT = new Timing(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    /**
     * The writer's state for readiness and metrics.
     *
     * @param alive   the writer thread is running
     * @param stalled one write has been running for longer than the stall limit
     * @param failure why the last write or check failed (the log's location left out), or null
     * @param pending entries waiting for the writer
     */
    record Health(
            boolean alive,
            boolean stalled,
            String failure,
            Instant failedAt,
            int pending,
            long committed,
            long failures,
            long refused) {
        boolean ready() {
            return alive && !stalled && failure == null;
        }

        /** Why it is not ready, in a few words, or null when it is. */
        String problem() {
            return !alive
                    ? "the decision log writer has stopped"
                    : stalled ? "one write to the decision log has not finished" : failure;
        }

        /** The same in both languages when it is the writer's state, or null (a failure's own words stay in the server's log). */
        Text why() {
            return !alive ? Messages.text("log.stopped") : stalled ? Messages.text("log.stalled") : null;
        }
    }

    private static final class Pending {
        final RuleSet rules;
        final Entry entry;
        final CompletableFuture<Long> done = new CompletableFuture<>();
        final AtomicInteger state = new AtomicInteger(QUEUED);

        Pending(RuleSet rules, Entry entry) {
            this.rules = rules;
            this.entry = entry;
        }
    }

    /** Opens (creating if needed) the log and starts its writer. */
    Journal(LogLocation spec, PrintWriter err) {
        this(Log.open(spec), Timing.DEFAULT, err);
    }

    Journal(Log log, Timing timing, PrintWriter err) {
        this.log = log;
        this.timing = timing;
        this.err = err;
        this.writer = new Thread(this::write, "elige-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Appends one decision's entry and waits until it is committed; returns its sequence number. */
    long record(RuleSet rules, Entry entry, long deadline) {
        Pending p = submit(rules, entry);
        return await(List.of(p), deadline);
    }

    /** Appends the entries (of one request, in order) and waits until all are committed. */
    void recordAll(RuleSet rules, List<Entry> entries, long deadline) {
        if (entries.isEmpty()) {
            return;
        }
        refuseIfUnable();
        List<Pending> all = new ArrayList<>();
        entries.forEach(e -> all.add(new Pending(rules, e)));
        queue.addAll(all);
        await(all, deadline);
    }

    private Pending submit(RuleSet rules, Entry entry) {
        refuseIfUnable();
        Pending p = new Pending(rules, entry);
        queue.add(p);
        return p;
    }

    /** Answers at once, instead of waiting, when the writer cannot take an entry. */
    private void refuseIfUnable() {
        if (!open) {
            refused.increment();
            throw new LogException("the decision log is closed", null, nothingRecorded(Messages.text("log.stopped")));
        }
        Health h = health();
        if (!h.alive() || h.stalled()) {
            refused.increment();
            throw new LogException(h.problem() + "; nothing was recorded", null, nothingRecorded(h.why()));
        }
    }

    /**
     * Waits for every entry until {@code deadline} (nanoTime), giving up early when the writer
     * stops or stalls. Entries the writer has not taken yet are withdrawn, so they are never
     * recorded; one it is already writing may still be committed after the request answered 503.
     */
    private long await(List<Pending> all, long deadline) {
        long last = 0;
        for (Pending p : all) {
            while (true) {
                long now = System.nanoTime();
                try {
                    last = p.done.get(Math.max(1, Math.min(SLICE_NANOS, deadline - now)), TimeUnit.NANOSECONDS);
                    break;
                } catch (ExecutionException e) {
                    if (all.size() == 1) {
                        throw e.getCause() instanceof LogException l
                                ? l
                                : new LogException(String.valueOf(e.getCause()));
                    }
                    throw gaveUp(
                            all,
                            String.valueOf(e.getCause().getMessage()).replace("; nothing was recorded", ""),
                            e.getCause() instanceof LogException l ? l.reason() : null);
                } catch (TimeoutException e) {
                    Health h = health();
                    boolean late = System.nanoTime() - deadline >= 0;
                    if (late || !h.alive() || h.stalled()) {
                        refused.increment();
                        throw gaveUp(
                                all,
                                late ? "the decision log did not commit within the request's time limit" : h.problem(),
                                late ? Messages.text("log.late") : h.why());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw gaveUp(all, "interrupted while recording", null);
                }
            }
        }
        return last;
    }

    /**
     * Withdraws every entry the writer has not taken, and says what became of the request's
     * decisions: nothing recorded, or which may still be (the writer had them in a transaction
     * that had not finished; the caller can look a single decision up before evaluating again).
     */
    private static LogException gaveUp(List<Pending> all, String cause, Text why) {
        all.forEach(p -> p.state.compareAndSet(QUEUED, WITHDRAWN));
        long recorded = all.stream()
                .filter(p -> p.done.isDone() && !p.done.isCompletedExceptionally())
                .count();
        long unsure = all.stream()
                .filter(p -> p.state.get() == TAKEN && !p.done.isDone())
                .count();
        if (recorded == 0 && unsure == 0) {
            return new LogException(cause + "; nothing was recorded", null, nothingRecorded(why));
        }
        if (all.size() == 1) {
            String id = all.get(0).entry.decisionId();
            String at = Server.API + "/evaluations/" + id;
            return new LogException(
                    cause + "; it may still be recorded, as decision " + id + ": look it up at " + at
                            + " before evaluating again",
                    null,
                    told(why, Messages.text("log.may_be_recorded", id, at)));
        }
        String batch = all.get(0).entry.batchId();
        return new LogException(
                cause + "; of the " + all.size() + " decisions of batch " + batch + ", " + recorded
                        + " were recorded and " + unsure + " may still be",
                null,
                told(why, Messages.text("log.partly_recorded", all.size(), batch, recorded, unsure)));
    }

    private static Text nothingRecorded(Text why) {
        return told(why, Messages.text("log.nothing_recorded"));
    }

    /** What became of the decisions, after why when the writer's state says it. */
    private static Text told(Text why, Text consequence) {
        return why == null ? consequence : why.then(consequence);
    }

    /** The writer's state now. */
    Health health() {
        long since = busySince;
        boolean stalled =
                since != 0 && System.nanoTime() - since > timing.stall().toNanos();
        return new Health(
                writer.isAlive(),
                stalled,
                failure,
                failedAt,
                queue.size(),
                committed.sum(),
                failures.sum(),
                refused.sum());
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        long checked = System.nanoTime();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    Duration every = failure == null ? timing.checkIdle() : timing.checkAfter();
                    if (open && System.nanoTime() - checked > every.toNanos()) {
                        check();
                        checked = System.nanoTime();
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MOST_PER_TRANSACTION - 1);
                commit(batch);
                checked = System.nanoTime();
            } catch (InterruptedException e) {
                // Only close() ends the writer; an interrupt from elsewhere is no reason to stop recording.
            } catch (Throwable t) {
                // Anything commit() did not handle (it handles everything it can): fail what was taken, go on.
                failed(t);
                batch.forEach(p -> p.done.completeExceptionally(unrecorded(t)));
            } finally {
                batch.clear();
                busySince = 0;
            }
        }
    }

    /** Appends runs of entries decided under the same rule set, each run in one transaction. */
    private void commit(List<Pending> batch) {
        int start = 0;
        while (start < batch.size()) {
            RuleSet rules = batch.get(start).rules;
            int end = start;
            List<Pending> run = new ArrayList<>();
            while (end < batch.size() && batch.get(end).rules == rules) {
                Pending p = batch.get(end++);
                if (p.state.compareAndSet(QUEUED, TAKEN)) {
                    run.add(p);
                }
            }
            start = end;
            if (run.isEmpty()) {
                continue;
            }
            busySince = System.nanoTime();
            try {
                long last = log.append(rules, run.stream().map(p -> p.entry).toList());
                failure = null;
                committed.increment();
                for (int i = 0; i < run.size(); i++) {
                    run.get(i).done.complete(last - (run.size() - 1 - i));
                }
            } catch (Throwable t) {
                // One transaction failed, for whatever reason (the database, or memory: OutOfMemoryError):
                // its requests answer 503 and the writer goes on with the next one.
                failed(t);
                LogException e = unrecorded(t);
                run.forEach(p -> p.done.completeExceptionally(e));
            } finally {
                busySince = 0;
            }
        }
    }

    /** Takes the append lock and commits nothing: tells whether the log can be written while no request does. */
    private void check() {
        busySince = System.nanoTime();
        try {
            log.check();
            if (failure != null) {
                say("the decision log can be written again");
            }
            failure = null;
        } catch (Throwable t) {
            failed(t);
        } finally {
            busySince = 0;
        }
    }

    private void failed(Throwable t) {
        String why = reason(t);
        boolean first = failure == null;
        failures.increment();
        failure = why;
        failedAt = Instant.now();
        if (first) {
            say("cannot write the decision log: " + why
                    + (t instanceof LogException ? "" : " (" + t.getClass().getName() + ")"));
        }
    }

    /** The failure as answers and readiness show it: without the log's location, bounded in length. */
    private String reason(Throwable t) {
        String message = t instanceof LogException
                ? t.getMessage()
                : t instanceof OutOfMemoryError
                        ? "out of memory while writing (" + t.getMessage() + ")"
                        : t.getClass().getSimpleName() + ": " + t.getMessage();
        String shown = log.shown();
        if (message == null) {
            message = t.getClass().getSimpleName();
        }
        if (shown != null && !shown.isEmpty()) {
            message = message.replace(shown, "the decision log");
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private LogException unrecorded(Throwable t) {
        return new LogException(
                reason(t) + "; nothing was recorded",
                t,
                nothingRecorded(t instanceof LogException l ? l.reason() : null));
    }

    private void say(String line) {
        synchronized (err) {
            err.println("elige serve: " + line);
            err.flush();
        }
    }

    /** Commits what is waiting, then closes the log. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.close();
    }
}
