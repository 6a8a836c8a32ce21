package org.elige.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.elige.audit.Database;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.audit.LogException;
import org.elige.rules.RuleSet;

/**
 * Records the service's decisions in the decision log with group commit: request threads hand
 * their entries to one writer thread, which appends everything waiting in one transaction (one
 * per rule set, in arrival order) and then lets each request answer. A request answers 201 only
 * once its decision is in the log; if the log cannot be written it gets the log's error.
 */
final class Journal implements AutoCloseable {
    static final int MOST_PER_TRANSACTION = 256;
    static final long WAIT_SECONDS = 60;
    private final DecisionLog log;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    private record Pending(RuleSet rules, Entry entry, CompletableFuture<Long> done) {
    }

    /** Opens (creating if needed) the log and starts its writer. */
    Journal(String spec) {
        this.log = new DecisionLog(Database.open(spec, true));
        this.writer = new Thread(this::write, "elige-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Appends one decision's entry and waits until it is committed; returns its sequence number. */
    long record(RuleSet rules, Entry entry) {
        return await(submit(rules, entry));
    }

    /** Appends the entries (of one request, in order) and waits until all are committed. */
    void recordAll(RuleSet rules, List<Entry> entries) {
        List<CompletableFuture<Long>> all = new ArrayList<>();
        entries.forEach(e -> all.add(submit(rules, e)));
        all.forEach(Journal::await);
    }

    private CompletableFuture<Long> submit(RuleSet rules, Entry entry) {
        if (!open) {
            throw new LogException("the decision log is closed");
        }
        CompletableFuture<Long> done = new CompletableFuture<>();
        queue.add(new Pending(rules, entry, done));
        return done;
    }

    private static long await(CompletableFuture<Long> done) {
        try {
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LogException l ? l : new LogException(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            throw new LogException("the decision log did not commit within " + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogException("interrupted while recording");
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MOST_PER_TRANSACTION - 1);
                commit(batch);
            } catch (InterruptedException e) {
                open = false;
            } finally {
                batch.clear();
            }
        }
    }

    /** Appends runs of entries decided under the same rule set, each run in one transaction. */
    private void commit(List<Pending> batch) {
        int start = 0;
        while (start < batch.size()) {
            RuleSet rules = batch.get(start).rules();
            int end = start;
            while (end < batch.size() && batch.get(end).rules() == rules) {
                end++;
            }
            List<Pending> run = batch.subList(start, end);
            try {
                long last = log.append(rules, run.stream().map(Pending::entry).toList());
                for (int i = 0; i < run.size(); i++) {
                    run.get(i).done().complete(last - (run.size() - 1 - i));
                }
            } catch (RuntimeException e) {
                run.forEach(p -> p.done().completeExceptionally(e));
            }
            start = end;
        }
    }

    /** Commits what is waiting, then closes the log. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.close();
    }
}
