package org.elige.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.elige.model.Messages;
import org.elige.model.Text;

/**
 * Checks the signed checkpoints of a log whose chain is intact up to {@code head}, with the
 * office's public keys: each checkpoint, in order, must be signed by one of the keys, with a valid
 * signature, over a range that follows the one before without overlapping it and ends at a record
 * whose hash it names. A record no checkpoint covers before the last checkpoint was appended
 * without the key; records after it are not yet signed. Checkpoints and records are read a page at
 * a time, in sequence order together, so a log of any size is checked in little memory.
 */
public final class Checkpoints {
    private static final int PAGE = 500;
    private final Database db;
    private final long head;
    private List<Long> seqs = List.of();
    private List<String[]> rows = List.of();

    private Checkpoints(Database db, long head) {
        this.db = db;
        this.head = head;
    }

    /**
     * What checking the checkpoints found.
     *
     * @param checkpoints how many were checked (or, without keys, how many there are)
     * @param signedTo    the last record a valid checkpoint covers, 0 for none
     * @param unsigned    how many records after {@code signedTo} no checkpoint covers yet
     * @param problem     the first checkpoint or record that fails, in words, or null
     */
    public record Report(long checkpoints, long signedTo, long unsigned, Text problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    /** How many checkpoints the log holds (0 for a log written before they existed). */
    public static long count(Database db) {
        return db.read(c -> {
            if (!Migrations.exists(c, Checkpoint.TABLE)) {
                return 0L;
            }
            try (var s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + Checkpoint.TABLE)) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /**
     * Signs, with {@code signer}, the records after the last checkpoint up to the head {@code
     * verified} found intact: how an office adopts a key on a log written without one, or vouches for
     * records a writer appended without the key, after checking them. One transaction under the append
     * lock; if the log grew since it was verified, nothing is signed.
     *
     * @return the checkpoint written, or null when every record up to the head is already covered
     */
    public static Checkpoint signUnsigned(Database db, Signer signer, Verification verified) {
        return db.write("sign", DecisionLog.TABLE, c -> {
            long signedTo = 0;
            try (var s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT MAX(last_seq) FROM " + Checkpoint.TABLE)) {
                if (r.next()) {
                    signedTo = r.getLong(1);
                }
            }
            long now = DecisionLog.head(c).seq();
            if (now != verified.headSeq()) {
                throw new LogException(Messages.get("en", "audit.sign.grew", db.shown(), verified.headSeq(), now));
            }
            if (signedTo >= verified.headSeq()) {
                return null;
            }
            Checkpoint cp = Checkpoint.sign(signer, signedTo + 1, verified.headSeq(), verified.headHash());
            cp.insert(c);
            return cp;
        });
    }

    /**
     * Checks the checkpoints up to record {@code head} (the head of the intact chain) with {@code
     * keys}, key id to public key.
     */
    public static Report verify(Database db, long head, Map<String, PublicKey> keys) {
        return new Checkpoints(db, head).check(keys);
    }

    private Report check(Map<String, PublicKey> keys) {
        boolean table = db.read(c -> Migrations.exists(c, Checkpoint.TABLE));
        long checked = 0;
        long signedTo = 0;
        if (table) {
            long after = 0;
            while (true) {
                List<Checkpoint> page = page(after);
                for (Checkpoint cp : page) {
                    Text why = problem(cp, keys, signedTo);
                    if (why != null) {
                        return new Report(
                                checked,
                                signedTo,
                                head - signedTo,
                                Messages.text("audit.checkpoint.failed", cp.firstSeq(), cp.lastSeq(), why));
                    }
                    if (cp.firstSeq() > signedTo + 1) {
                        long forged = signedTo + 1;
                        return new Report(
                                checked,
                                signedTo,
                                head - signedTo,
                                Messages.text(
                                        "audit.checkpoint.forged",
                                        forged,
                                        decisionId(forged),
                                        cp.firstSeq(),
                                        cp.lastSeq()));
                    }
                    checked++;
                    signedTo = cp.lastSeq();
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).lastSeq();
            }
            Checkpoint beyond = beyond();
            if (beyond != null) {
                return new Report(
                        checked,
                        signedTo,
                        head - signedTo,
                        Messages.text(
                                "audit.checkpoint.failed",
                                beyond.firstSeq(),
                                beyond.lastSeq(),
                                Messages.text("audit.checkpoint.beyond", beyond.lastSeq())));
            }
        }
        return new Report(checked, signedTo, head - signedTo, null);
    }

    /** Why one checkpoint fails, or null. */
    private Text problem(Checkpoint cp, Map<String, PublicKey> keys, long before) {
        PublicKey key = keys.get(cp.keyId());
        if (key == null) {
            return Messages.text("audit.checkpoint.unknown_key", cp.keyId());
        }
        if (!valid(cp, key)) {
            return Messages.text("audit.checkpoint.bad_signature", cp.keyId());
        }
        if (cp.firstSeq() < 1 || cp.firstSeq() > cp.lastSeq()) {
            return Messages.text("audit.checkpoint.range");
        }
        if (cp.firstSeq() <= before) {
            return Messages.text("audit.checkpoint.overlap", before);
        }
        if (!cp.headHash().equals(hash(cp.lastSeq()))) {
            return Messages.text("audit.checkpoint.head", cp.lastSeq());
        }
        return null;
    }

    /**
     * The first checkpoint past the head whose last record is not in the log even now (records a
     * writer appended after the chain was walked are not counted): the end of the log was removed.
     */
    private Checkpoint beyond() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + Checkpoint.COLUMNS + " FROM " + Checkpoint.TABLE
                    + " WHERE last_seq > ? AND NOT EXISTS (SELECT 1 FROM " + DecisionLog.TABLE
                    + " WHERE seq = last_seq) ORDER BY last_seq LIMIT 1")) {
                p.setLong(1, head);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Checkpoint.read(r) : null;
                }
            }
        });
    }

    private static boolean valid(Checkpoint cp, PublicKey key) {
        try {
            Signature s = Signature.getInstance(Keys.ALGORITHM);
            s.initVerify(key);
            s.update(cp.signed().getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(cp.signature()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Checkpoints ending after {@code after} and at most at the head, in order. */
    private List<Checkpoint> page(long after) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + Checkpoint.COLUMNS + " FROM " + Checkpoint.TABLE
                    + " WHERE last_seq > ? AND last_seq <= ? ORDER BY last_seq LIMIT " + PAGE)) {
                p.setLong(1, after);
                p.setLong(2, head);
                List<Checkpoint> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(Checkpoint.read(r));
                    }
                }
                return out;
            }
        });
    }

    private String hash(long seq) {
        String[] row = record(seq);
        return row == null ? null : row[1];
    }

    private String decisionId(long seq) {
        String[] row = record(seq);
        return row == null ? "?" : row[0];
    }

    /** Decision id and record hash of record {@code seq}, from the page of records that holds it (read when needed). */
    private String[] record(long seq) {
        int i = seqs.isEmpty() || seq < seqs.get(0) || seq > seqs.get(seqs.size() - 1) ? -1 : (int) (seq - seqs.get(0));
        if (i < 0 || seqs.get(i) != seq) {
            List<Long> s = new ArrayList<>();
            List<String[]> r = new ArrayList<>();
            db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT seq, decision_id, record_hash FROM "
                        + DecisionLog.TABLE + " WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)) {
                    p.setLong(1, seq);
                    p.setLong(2, head);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            s.add(rs.getLong(1));
                            r.add(new String[] {rs.getString(2), rs.getString(3)});
                        }
                    }
                }
                return null;
            });
            seqs = s;
            rows = r;
            if (s.isEmpty() || s.get(0) != seq) {
                return null;
            }
            i = 0;
        }
        return rows.get(i);
    }
}
