package org.elige.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.elige.model.Messages;
import org.elige.model.Text;

/**
 * Copies a decision log into another database as it is stored: every record with its sequence
 * number and hashes (nothing is linked or hashed again), the rule sets the records name, and the
 * signed checkpoints where the source has them. The target is empty or holds the beginning of the
 * source (an earlier copy, or one that stopped), and then only the rest is copied; a page of
 * records at a time, each page one transaction under the target's append lock, which first checks
 * that no other writer appended to the target meanwhile.
 */
public final class LogCopy {
    /** Records copied per transaction. */
    static final int PAGE = 500;

    private final Database from;
    private final Database to;
    /** Whether the source has signed checkpoints (a log written before version 3 has no such table). */
    private final boolean checkpoints;

    private long after;
    private String head;
    private long decisions;
    private int ruleSets;
    private int signed;

    private LogCopy(Database from, Database to, Verification target) {
        this.from = from;
        this.to = to;
        this.after = target.headSeq();
        this.head = target.headHash();
        this.checkpoints = from.read(c -> Migrations.exists(c, Checkpoint.TABLE));
    }

    /**
     * What a copy did.
     *
     * @param kept        decisions the target held already (the beginning of the source), not copied again
     * @param decisions   decisions copied
     * @param ruleSets    rule sets new to the target
     * @param checkpoints signed checkpoints copied
     */
    public record Copied(long kept, long decisions, int ruleSets, int checkpoints) {}

    /** The copy was refused or stopped, and why in both languages; what was committed before stays. */
    public static final class Refused extends RuntimeException {
        private final transient Text reason;

        Refused(Text reason) {
            super(reason.en());
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }

    /**
     * Copies the records of {@code from} up to its verified head into {@code to}.
     *
     * @param source the verification of {@code from}, intact
     * @param target the verification of {@code to}, intact (an empty log is)
     * @param copied told the number of decisions copied so far after each page
     * @throws Refused when {@code to} holds records that are not the beginning of {@code from}, or
     *     another writer appended to it during the copy
     */
    public static Copied copy(
            Database from, Verification source, Database to, Verification target, LongConsumer copied) {
        if (target.records() > 0 && !startsWith(from, source.headSeq(), target)) {
            throw new Refused(
                    startsWith(to, target.headSeq(), source)
                            ? Messages.text(
                                    "audit.copy.ahead", to.shown(), target.records(), from.shown(), source.records())
                            : Messages.text("audit.copy.unrelated", to.shown(), target.records(), from.shown()));
        }
        LogCopy copy = new LogCopy(from, to, target);
        LogReader reader = new LogReader(from);
        long checkpointsAfter = 0;
        while (copy.after < source.headSeq()) {
            List<Row> page = reader.after(copy.after, (int) Math.min(PAGE, source.headSeq() - copy.after));
            if (page.isEmpty()) {
                break;
            }
            copy.page(page, checkpointsAfter);
            checkpointsAfter = copy.after;
            copied.accept(copy.decisions);
        }
        if (copy.decisions == 0 && copy.checkpoints) {
            copy.page(List.of(), 0);
        }
        return new Copied(target.records(), copy.decisions, copy.ruleSets, copy.signed);
    }

    /** Whether the log {@code in}, up to {@code headSeq}, holds {@code start}'s head at its place: {@code start} is its beginning. */
    private static boolean startsWith(Database in, long headSeq, Verification start) {
        if (start.headSeq() > headSeq) {
            return false;
        }
        if (start.headSeq() == 0) {
            return true;
        }
        List<Row> at = new LogReader(in).after(start.headSeq() - 1, 1);
        return !at.isEmpty()
                && at.get(0).seq() == start.headSeq()
                && at.get(0).recordHash().equals(start.headHash());
    }

    /** One transaction: the page's rule sets, its records, and the checkpoints that end after {@code checkpointsAfter} and within it. */
    private void page(List<Row> page, long checkpointsAfter) {
        long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        Set<String> ids = new LinkedHashSet<>();
        page.forEach(r -> ids.add(r.entry().ruleSetId()));
        int[] counts = to.write("record in", DecisionLog.TABLE, c -> {
            checkHead(c);
            int sets = 0;
            for (String id : ids) {
                sets += Snapshots.copy(from, c, id) ? 1 : 0;
            }
            DecisionLog.insertAsStored(c, page);
            return new int[] {sets, checkpoints ? copyCheckpoints(c, checkpointsAfter, last) : 0};
        });
        ruleSets += counts[0];
        signed += counts[1];
        decisions += page.size();
        if (!page.isEmpty()) {
            after = last;
            head = page.get(page.size() - 1).recordHash();
        }
    }

    /** Stops the copy when the target's head is not the last record this copy saw there. */
    private void checkHead(Connection c) throws SQLException {
        DecisionLog.Head now = DecisionLog.head(c);
        if (now.seq() != after || !now.hash().equals(head)) {
            throw new Refused(Messages.text(
                    "audit.copy.raced", to.shown(), now.seq(), now.hash(), after, head, decisions, from.shown()));
        }
    }

    /** Copies, as stored, the source's checkpoints whose last record is in (after, last] and the target lacks. */
    private int copyCheckpoints(Connection c, long after, long last) throws SQLException {
        List<Checkpoint> stored = from.read(s -> {
            List<Checkpoint> out = new ArrayList<>();
            try (PreparedStatement p = s.prepareStatement("SELECT " + Checkpoint.COLUMNS + " FROM " + Checkpoint.TABLE
                    + " WHERE last_seq > ? AND last_seq <= ? ORDER BY last_seq")) {
                p.setLong(1, after);
                p.setLong(2, last);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(Checkpoint.read(r));
                    }
                }
            }
            return out;
        });
        int copied = 0;
        try (PreparedStatement known =
                c.prepareStatement("SELECT 1 FROM " + Checkpoint.TABLE + " WHERE last_seq = ?")) {
            for (Checkpoint cp : stored) {
                known.setLong(1, cp.lastSeq());
                try (ResultSet r = known.executeQuery()) {
                    if (r.next()) {
                        continue;
                    }
                }
                cp.insert(c);
                copied++;
            }
        }
        return copied;
    }

    /** Whether two locations are one log: the same SQLite file however written, or the same server and database. */
    public static boolean same(LogLocation a, LogLocation b) {
        String fa = a.isFile() ? file(a.spec()) : null;
        String fb = b.isFile() ? file(b.spec()) : null;
        if (fa == null || fb == null) {
            return fa == null && fb == null && a.shown().equals(b.shown());
        }
        try {
            Path pa = Path.of(fa).toAbsolutePath().normalize();
            Path pb = Path.of(fb).toAbsolutePath().normalize();
            return Files.exists(pa) && Files.exists(pb) ? Files.isSameFile(pa, pb) : pa.equals(pb);
        } catch (InvalidPathException | IOException e) {
            return fa.equals(fb);
        }
    }

    /** The file a SQLite spec names. */
    private static String file(String spec) {
        if (!spec.startsWith("jdbc:sqlite:")) {
            return spec;
        }
        String file = spec.substring("jdbc:sqlite:".length()).replaceAll("\\?.*", "");
        return file.startsWith("file:") ? file.substring("file:".length()) : file;
    }
}
