package org.elige.audit;

import org.elige.model.Messages;
import org.elige.model.Text;

/**
 * Walks the log in chain order and reports the first record that was altered (its content no
 * longer matches its hash), inserted, removed or moved (the sequence has a gap or the links do not
 * join). A record appended by someone who recomputed the hashes cannot be told from a real one;
 * removing records from the end is caught by an anchor: a sequence number and record hash noted
 * earlier (every verification prints the head), which must still be in the chain.
 */
public final class Verifier {
    private final long anchorSeq;
    private final String anchorHash;
    private long expected = 1;
    private String prev = Hashes.GENESIS;
    private Verification.Problem problem;

    private Verifier(long anchorSeq, String anchorHash) {
        this.anchorSeq = anchorSeq;
        this.anchorHash = anchorHash;
    }

    /** @param anchorSeq the sequence number of a noted record, or 0 for none; {@code anchorHash} its record hash */
    public static Verification verify(Database db, long anchorSeq, String anchorHash) {
        Verifier v = new Verifier(anchorSeq, anchorHash);
        new LogReader(db).forEach(null, null, v::check);
        if (v.problem == null && anchorSeq >= v.expected) {
            v.problem = new Verification.Problem(anchorSeq, null, Messages.text("audit.verify.anchor_missing"));
        }
        return new Verification(v.expected - 1, v.expected - 1, v.prev, v.problem);
    }

    /** How many stored rule sets were checked, and what is wrong with the first that is not as stored (else null). */
    public record Stored(int ruleSets, Text problem) {}

    /**
     * Checks the snapshot of every rule set a record names: each file matches its hash, and the files
     * hash to the rule set's id; stops at the first that does not.
     */
    public static Stored snapshots(Database db) {
        java.util.List<String> ids = db.read(c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet r =
                            s.executeQuery("SELECT DISTINCT rule_set_id FROM decision_log ORDER BY rule_set_id")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
        for (String id : ids) {
            Text problem = Snapshots.checked(db, id).problem();
            if (problem != null) {
                return new Stored(ids.size(), problem);
            }
        }
        return new Stored(ids.size(), null);
    }

    private void check(Row row) {
        if (problem != null) {
            return;
        }
        Text what = problem(row);
        if (what != null) {
            problem = new Verification.Problem(row.seq(), row.entry().decisionId(), what);
            return;
        }
        expected = row.seq() + 1;
        prev = row.recordHash();
    }

    private Text problem(Row row) {
        Entry e = row.entry();
        if (row.seq() != expected) {
            return row.seq() - expected > 1
                    ? Messages.text("audit.verify.removed_range", expected, row.seq() - 1)
                    : Messages.text("audit.verify.removed", expected);
        }
        if (!row.prevHash().equals(prev)) {
            return Messages.text("audit.verify.unlinked");
        }
        if (!e.computedHash().equals(e.contentHash())) {
            return Messages.text("audit.verify.altered");
        }
        if (!Hashes.record(row.seq(), row.prevHash(), e.contentHash()).equals(row.recordHash())) {
            return Messages.text("audit.verify.moved");
        }
        if (!Hashes.sha256(e.inputJson()).equals(e.inputSha256())) {
            return Messages.text("audit.verify.input");
        }
        if (row.seq() == anchorSeq && !row.recordHash().equals(anchorHash)) {
            return Messages.text("audit.verify.rewritten");
        }
        return null;
    }
}
