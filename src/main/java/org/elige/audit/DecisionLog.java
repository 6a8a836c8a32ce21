package org.elige.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.elige.rules.RuleSet;

/**
 * Appends decisions to the log; there is no statement here, or anywhere, that updates or deletes a
 * record. Each {@link #append} is one transaction under the database's append lock: it stores the
 * rule set's snapshot the first time, reads the chain's head, and links and inserts every entry,
 * so a crash leaves either all of them or none, and concurrent writers (threads or processes)
 * extend the chain one after the other. A log opened with the office's {@link Signer} also signs
 * each append's records in that transaction, so a keyed writer never leaves a record unsigned.
 */
public final class DecisionLog implements AutoCloseable {
    static final String TABLE = "decision_log";
    static final String COLUMNS =
            "seq, decision_id, decided_at, evaluation_date, household_id, input_sha256, input_json, "
                    + "rule_set_id, parameter_overrides, engine_version, decision_json, batch_id, batch_line, content_hash, "
                    + "prev_hash, record_hash";
    private static final String INSERT =
            "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final Database db;
    private final Signer signer;
    private final Set<String> snapshotted = new HashSet<>();

    public DecisionLog(Database db) {
        this(db, null);
    }

    /**
     * A log whose every append also stores, in the same transaction, a {@link Checkpoint} of the
     * records it added signed with {@code signer} (none when null).
     */
    public DecisionLog(Database db, Signer signer) {
        this.db = db;
        this.signer = signer;
    }

    /** Appends the entries, decided under {@code rules}, in order; returns the last sequence number. */
    public long append(RuleSet rules, List<Entry> entries) {
        long last = db.write("record in", TABLE, c -> {
            if (!snapshotted.contains(rules.id())) {
                Snapshots.store(c, rules);
            }
            return insert(c, entries, signer);
        });
        snapshotted.add(rules.id());
        return last;
    }

    /** The last record of a chain: its sequence number and record hash ({@code 0} and the genesis hash for none). */
    record Head(long seq, String hash) {}

    /** The chain's head as the transaction on {@code c} sees it. */
    static Head head(Connection c) throws SQLException {
        try (PreparedStatement head =
                        c.prepareStatement("SELECT seq, record_hash FROM " + TABLE + " ORDER BY seq DESC LIMIT 1");
                ResultSet r = head.executeQuery()) {
            return r.next() ? new Head(r.getLong(1), r.getString(2)) : new Head(0, Hashes.GENESIS);
        }
    }

    private static long insert(Connection c, List<Entry> entries, Signer signer) throws SQLException {
        Head head = head(c);
        long seq = head.seq();
        String prev = head.hash();
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (Entry e : entries) {
                seq++;
                String hash = Hashes.record(seq, prev, e.contentHash());
                bind(p, seq, e, prev, hash);
                p.addBatch();
                prev = hash;
            }
            p.executeBatch();
        }
        if (signer != null && !entries.isEmpty()) {
            Checkpoint.sign(signer, seq - entries.size() + 1, seq, prev).insert(c);
        }
        return seq;
    }

    /** Inserts records as another log stores them, sequence numbers and hashes unchanged. */
    static void insertAsStored(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (Row r : rows) {
                bind(p, r.seq(), r.entry(), r.prevHash(), r.recordHash());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void bind(PreparedStatement p, long seq, Entry e, String prev, String hash) throws SQLException {
        p.setLong(1, seq);
        p.setString(2, e.decisionId());
        p.setString(3, e.decidedAt());
        p.setString(4, e.evaluationDate());
        p.setString(5, e.householdId());
        p.setString(6, e.inputSha256());
        p.setString(7, e.inputJson());
        p.setString(8, e.ruleSetId());
        p.setString(9, e.parameterOverrides());
        p.setString(10, e.engineVersion());
        p.setString(11, e.decisionJson());
        p.setString(12, e.batchId());
        if (e.batchLine() == null) {
            p.setNull(13, Types.BIGINT);
        } else {
            p.setLong(13, e.batchLine());
        }
        p.setString(14, e.contentHash());
        p.setString(15, prev);
        p.setString(16, hash);
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
