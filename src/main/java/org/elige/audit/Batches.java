package org.elige.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The batches that recorded decisions, to find the id to resume after a crash. */
public final class Batches {

    private Batches() {}

    /** One batch: its id, how many decisions it logged, its highest input line, and when it started and last wrote. */
    public record Batch(String id, long decisions, long lastLine, String first, String last) {}

    public static List<Batch> list(Database db) {
        return db.read(c -> {
            List<Batch> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                            "SELECT batch_id, COUNT(*), MAX(batch_line), MIN(decided_at), "
                                    + "MAX(decided_at) FROM decision_log WHERE batch_id IS NOT NULL GROUP BY batch_id ORDER BY MIN(seq)");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Batch(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5)));
                }
            }
            return out;
        });
    }
}
