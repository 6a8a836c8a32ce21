package org.elige.cli;

import com.github.f4b6a3.ulid.UlidCreator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.elige.audit.Database;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.audit.ResumePoint;
import org.elige.audit.Signer;
import org.elige.batch.Decide;
import org.elige.batch.Item;
import org.elige.batch.Sink;
import org.elige.rules.RuleSet;

/**
 * A recording batch: its id, the log it appends to (one transaction per chunk, from the writer
 * thread only) and, when resuming, the lines an earlier run already logged.
 */
final class BatchLog implements AutoCloseable {
    private final DecisionLog log;
    private final String batchId;
    private final ResumePoint done;

    /**
     * @param signer the office's key that signs each chunk's records, or null
     * @param resume the id of the batch to resume, or null for a new batch
     */
    BatchLog(Database db, Signer signer, String resume) {
        this.log = new DecisionLog(db, signer);
        this.batchId = resume != null ? resume : UlidCreator.getMonotonicUlid().toString();
        this.done = resume != null ? ResumePoint.load(db, resume) : null;
    }

    String describe() {
        return "batch: recording in " + log.database().shown() + " as batch " + batchId
                + (done == null
                        ? " (resume it after a crash with --resume " + batchId + ")"
                        : ", resuming: " + String.format("%,d", done.size()) + " lines already logged are skipped");
    }

    Decide.Attach attach(Map<String, String> params) {
        return (line, input, decision) -> Entry.of(input, decision, params, batchId, line);
    }

    Decide.Skip skip() {
        return done == null ? null : done::skip;
    }

    Sink sink(RuleSet rules) {
        return items -> {
            List<Entry> entries = items.stream()
                    .map(Item::attachment)
                    .filter(Objects::nonNull)
                    .map(Entry.class::cast)
                    .toList();
            if (!entries.isEmpty()) {
                log.append(rules, entries);
            }
        };
    }

    @Override
    public void close() {
        log.close();
    }
}
