package org.elige.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.elige.audit.Database;
import org.elige.audit.LogReader;
import org.elige.audit.Row;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;

/**
 * Reading the decision log for the API: one decision, a page of decisions, a readiness probe,
 * and verification of the hash chain. Reads share one connection, one at a time (each is one
 * short statement); a verification walks the whole chain on a connection of its own.
 */
final class Records implements AutoCloseable {
    private final String spec;
    private final Database db;
    private final LogReader reader;

    Records(String spec) {
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
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                return r.next();
            }
        });
    }

    /** Walks the whole chain; an anchor (a sequence number and record hash noted earlier) also catches truncation. */
    Verification verify(long anchorSeq, String anchorHash) {
        try (Database own = Database.open(spec, false)) {
            return Verifier.verify(own, anchorSeq, anchorHash);
        }
    }

    /** The log's name for messages. */
    String shown() {
        return db.shown();
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
