package org.elige.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the log in chain order, a page at a time (each page one short statement, so writers are
 * never held off for long), optionally only the decisions made between two dates.
 */
public final class LogReader {
    static final int PAGE = 200;
    private final Database db;

    public LogReader(Database db) {
        this.db = db;
    }

    /** Every record in {@code seq} order whose {@code decided_at} day is within [from, to] (either may be null). */
    public void forEach(LocalDate from, LocalDate to, Consumer<Row> each) {
        String where = (from == null ? "" : " AND decided_at >= ?") + (to == null ? "" : " AND decided_at < ?");
        long after = 0;
        while (true) {
            List<Row> page = page(after, where, from, to);
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    private List<Row> page(long after, String where, LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + DecisionLog.COLUMNS + " FROM " + DecisionLog.TABLE
                    + " WHERE seq > ?" + where + " ORDER BY seq LIMIT " + PAGE)) {
                int i = 1;
                p.setLong(i++, after);
                if (from != null) {
                    p.setString(i++, from.toString());
                }
                if (to != null) {
                    p.setString(i, to.plusDays(1).toString());
                }
                return rows(p);
            }
        });
    }

    /**
     * A page of records, newest first: at most {@code limit} with {@code seq} below {@code before}
     * (0 for the newest), of one household when {@code householdId} is given, decided on a day
     * within [from, to] (either may be null). The next page starts below the last {@code seq}.
     */
    public List<Row> latest(String householdId, LocalDate from, LocalDate to, long before, int limit) {
        String where = (householdId == null ? "" : " AND household_id = ?")
                + (from == null ? "" : " AND decided_at >= ?")
                + (to == null ? "" : " AND decided_at < ?");
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + DecisionLog.COLUMNS + " FROM " + DecisionLog.TABLE
                    + " WHERE seq < ?" + where + " ORDER BY seq DESC LIMIT ?")) {
                int i = 1;
                p.setLong(i++, before > 0 ? before : Long.MAX_VALUE);
                if (householdId != null) {
                    p.setString(i++, householdId);
                }
                if (from != null) {
                    p.setString(i++, from.toString());
                }
                if (to != null) {
                    p.setString(i++, to.plusDays(1).toString());
                }
                p.setInt(i, limit);
                return rows(p);
            }
        });
    }

    /** At most {@code limit} records after sequence number {@code seq}, in chain order. */
    public List<Row> after(long seq, int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + DecisionLog.COLUMNS + " FROM " + DecisionLog.TABLE
                    + " WHERE seq > ? ORDER BY seq LIMIT ?")) {
                p.setLong(1, seq);
                p.setInt(2, limit);
                return rows(p);
            }
        });
    }

    /** The record of a decision id. */
    public Optional<Row> find(String decisionId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + DecisionLog.COLUMNS + " FROM " + DecisionLog.TABLE + " WHERE decision_id = ?")) {
                p.setString(1, decisionId);
                return rows(p).stream().findFirst();
            }
        });
    }

    /** Lines of a batch already logged: line to input SHA-256. */
    public void batchLines(String batchId, java.util.function.ObjLongConsumer<String> each) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT batch_line, input_sha256 FROM " + DecisionLog.TABLE + " WHERE batch_id = ?")) {
                p.setString(1, batchId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        each.accept(r.getString(2), r.getLong(1));
                    }
                }
            }
            return null;
        });
    }

    private static List<Row> rows(PreparedStatement p) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(row(r));
            }
        }
        return rows;
    }

    private static Row row(ResultSet r) throws SQLException {
        long line = r.getLong(13);
        Long batchLine = r.wasNull() ? null : line;
        Entry e = new Entry(
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                batchLine,
                r.getString(14));
        return new Row(r.getLong(1), e, r.getString(15), r.getString(16));
    }
}
