package org.elige.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.elige.audit.Database;
import org.elige.audit.LogException;
import org.elige.audit.LogLocation;
import org.elige.audit.LogReader;
import org.elige.audit.ReplayReport;
import org.elige.audit.Replayer;
import org.elige.audit.Row;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import org.elige.rules.RuleSet;

/**
 * Reading the decision log for the API: one decision, a page of decisions, a readiness probe,
 * verification of the hash chain and replay. Reads share one connection, one at a time (each is
 * one short statement); a verification or a replay walks the log on a connection of its own.
 */
final class Records implements AutoCloseable {
    private final LogLocation spec;
    private final Database db;
    private final LogReader reader;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "elige-health-check");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Boolean> checking;

    Records(LogLocation spec) {
        this.spec = spec;
        this.db = Database.open(spec, true);
        this.reader = new LogReader(db);
    }

    synchronized Optional<Row> find(String decisionId) {
        return reader.find(decisionId);
    }

    synchronized List<Row> page(String householdId, LocalDate from, LocalDate to, long before, int limit) {
        return reader.latest(householdId, from, to, before, limit);
    }

    /** True when the log answers a query. */
    synchronized boolean ready() {
        return db.read(c -> {
            try (var s = c.createStatement();
                    var r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                return r.next();
            }
        });
    }

    /**
     * Whether the log answers a query within {@code wait}: a health check answers promptly even
     * when the database does not (a lock held by another process, a long read on the shared
     * connection). One check runs at a time; callers meanwhile wait on it.
     *
     * @throws LogException with the log's error, or saying it did not answer in time
     */
    boolean readyWithin(java.time.Duration wait) {
        CompletableFuture<Boolean> check;
        synchronized (checks) {
            if (checking == null || checking.isDone()) {
                checking = CompletableFuture.supplyAsync(this::ready, checks);
            }
            check = checking;
        }
        try {
            return check.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LogException("the decision log did not answer a read within " + wait.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new LogException(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogException("interrupted");
        }
    }

    /** Walks the whole chain; an anchor (a sequence number and record hash noted earlier) also catches truncation. */
    Verification verify(long anchorSeq, String anchorHash) {
        try (Database own = Database.open(spec, false)) {
            return Verifier.verify(own, anchorSeq, anchorHash);
        }
    }

    /**
     * Replays logged decisions on a connection of its own: the ones named, else those decided within
     * [from, to], at most {@code max} (the report says whether more were left).
     *
     * @param other the rule set to replay under, or null for each decision's own, rebuilt from the log
     * @return the report, or null when a named decision is not in the log
     */
    Replayed replay(List<String> ids, LocalDate from, LocalDate to, RuleSet other, int max) {
        try (Database own = Database.open(spec, false)) {
            LogReader log = new LogReader(own);
            Replayer replayer = new Replayer(own, other, false);
            ReplayReport report =
                    new ReplayReport(other == null ? null : other.id(), other == null ? null : other.label());
            boolean[] more = {false};
            if (!ids.isEmpty()) {
                for (String id : ids) {
                    Optional<Row> row = log.find(id);
                    if (row.isEmpty()) {
                        return new Replayed(null, false, id);
                    }
                    report.add(replayer.replay(row.get()));
                }
            } else {
                log.forEach(from, to, row -> {
                    if (report.results().size() < max) {
                        report.add(replayer.replay(row));
                    } else {
                        more[0] = true;
                    }
                });
            }
            return new Replayed(report, more[0], null);
        }
    }

    /** A replay's report, whether decisions were left out by the limit, or the id that is not in the log. */
    record Replayed(ReplayReport report, boolean truncated, String missing) {}

    /** The log's name for messages. */
    String shown() {
        return db.shown();
    }

    @Override
    public void close() {
        checks.shutdownNow();
        synchronized (this) {
            db.close();
        }
    }
}
