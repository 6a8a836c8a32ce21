package org.elige.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/**
 * The rule sets stored in a log: what they are and how much they were used, and any of them
 * compiled again from its snapshot, whatever has become of {@code rules/} since.
 */
public final class RuleSetArchive {
    private final Database db;
    private final Map<String, RuleSet> rebuilt = new HashMap<>();

    public RuleSetArchive(Database db) {
        this.db = db;
    }

    /** A stored rule set with its use: first and last decision time (null if none) and count. */
    public record Stored(
            String id, String label, String engineVersion, String firstUsed, String lastUsed, long decisions) {}

    public List<Stored> list() {
        return db.read(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT r.id, r.label, r.engine_version, MIN(d.decided_at), "
                            + "MAX(d.decided_at), COUNT(d.seq) FROM rule_set r LEFT JOIN decision_log d ON d.rule_set_id = r.id "
                            + "GROUP BY r.id, r.label, r.engine_version, r.stored_at ORDER BY r.stored_at, r.id");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Stored(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getLong(6)));
                }
            }
            return out;
        });
    }

    /**
     * The stored rule set compiled again (once per archive): its files written to a temporary folder
     * and loaded; throws {@link NotRebuilt} when its snapshot is not as stored or does not compile.
     */
    public synchronized RuleSet rebuild(String id) {
        RuleSet rules = rebuilt.get(id);
        if (rules == null) {
            rules = load(id);
            rebuilt.put(id, rules);
        }
        return rules;
    }

    private RuleSet load(String id) {
        Snapshots.Checked stored = Snapshots.checked(db, id);
        if (stored.problem() != null) {
            throw new NotRebuilt(stored.problem());
        }
        try {
            RuleSet rules = RuleSetLoader.load(id, stored.files());
            if (!rules.id().equals(id)) {
                throw new NotRebuilt(Messages.text("audit.rebuild.other", id, rules.id()));
            }
            return rules;
        } catch (RuleSetException e) {
            throw new NotRebuilt(Messages.text("audit.rebuild.compile", id, e.getMessage()));
        }
    }

    /** A stored rule set that cannot be rebuilt, and why in words. */
    public static final class NotRebuilt extends RuntimeException {
        private final transient Text reason;

        NotRebuilt(Text reason) {
            super(reason.en());
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }
}
