package org.elige.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.rules.Nearest;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;

/**
 * The rule sets that made decisions, stored content-addressed: each file's text once under its
 * SHA-256 ({@code content}), each rule set as its paths and their hashes ({@code rule_file}).
 * A stored rule set is written back to a folder and compiled again, and must hash to its id.
 */
public final class Snapshots {

    private Snapshots() {}

    /** Stores the rule set unless it is there; called inside the append transaction. */
    static void store(Connection c, RuleSet rules) throws SQLException {
        if (exists(c, "SELECT 1 FROM rule_set WHERE id = ?", rules.id())) {
            return;
        }
        List<String[]> files = new ArrayList<>();
        rules.files().forEach((path, text) -> files.add(new String[] {path, Hashes.sha256(text), text}));
        insert(
                c,
                new String[] {
                    rules.id(),
                    rules.label(),
                    Entry.ENGINE_VERSION,
                    Instant.now().toString()
                },
                files);
    }

    /**
     * Copies a stored rule set from {@code from} into the log on {@code to} (inside its write
     * transaction) as stored there: its row, its files and their texts (a text only when not there yet).
     *
     * @return whether the rule set was new to {@code to}; false too when {@code from} does not hold it
     */
    static boolean copy(Database from, Connection to, String id) throws SQLException {
        if (exists(to, "SELECT 1 FROM rule_set WHERE id = ?", id)) {
            return false;
        }
        List<String[]> set = from.read(
                c -> strings(c, "SELECT id, label, engine_version, stored_at FROM rule_set WHERE id = ?", id, 4));
        if (set.isEmpty()) {
            return false;
        }
        List<String[]> files = from.read(c -> strings(
                c,
                "SELECT f.path, f.content_sha256, t.text FROM rule_file f JOIN content t ON t.sha256 = f.content_sha256 "
                        + "WHERE f.rule_set_id = ? ORDER BY f.path",
                id,
                3));
        insert(to, set.get(0), files);
        return true;
    }

    /**
     * Inserts a rule set's row ({@code id, label, engine_version, stored_at}) and its files
     * ({@code path, sha256, text}), each text once in {@code content}; the rule set is new, so are its files.
     */
    private static void insert(Connection c, String[] set, List<String[]> files) throws SQLException {
        try (PreparedStatement file = c.prepareStatement(
                        "INSERT INTO rule_file (rule_set_id, path, content_sha256) VALUES (?, ?, ?)");
                PreparedStatement text = c.prepareStatement("INSERT INTO content (sha256, text) VALUES (?, ?)")) {
            for (String[] f : files) {
                if (!exists(c, "SELECT 1 FROM content WHERE sha256 = ?", f[1])) {
                    text.setString(1, f[1]);
                    text.setString(2, f[2]);
                    text.executeUpdate();
                }
                file.setString(1, set[0]);
                file.setString(2, f[0]);
                file.setString(3, f[1]);
                file.executeUpdate();
            }
        }
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO rule_set (id, label, engine_version, stored_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 4; i++) {
                p.setString(i + 1, set[i]);
            }
            p.executeUpdate();
        }
    }

    /** The first {@code columns} columns, as text, of the rows a query on one key returns. */
    private static List<String[]> strings(Connection c, String sql, String key, int columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static boolean exists(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * The files of a stored rule set, path to text, each checked against its content hash and the
     * whole against the rule set's id; throws when they are not as stored.
     */
    public static Map<String, String> files(Database db, String id) {
        Checked checked = checked(db, id);
        if (checked.problem() != null) {
            throw new LogException(checked.problem().en());
        }
        return checked.files();
    }

    /** A stored rule set's files, and what is wrong with them in words, or null when they are as stored. */
    record Checked(Map<String, String> files, Text problem) {}

    static Checked checked(Database db, String id) {
        String[] altered = {null};
        Map<String, String> files = db.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT f.path, f.content_sha256, t.text FROM rule_file f "
                    + "JOIN content t ON t.sha256 = f.content_sha256 WHERE f.rule_set_id = ? ORDER BY f.path")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next() && altered[0] == null) {
                        if (!Hashes.sha256(r.getString(3)).equals(r.getString(2))) {
                            altered[0] = r.getString(1);
                        }
                        out.put(r.getString(1), r.getString(3));
                    }
                }
            }
            return out;
        });
        if (altered[0] != null) {
            return new Checked(files, Messages.text("audit.snapshot.file", altered[0], id));
        }
        if (files.isEmpty()) {
            String near = nearest(db, id);
            return new Checked(
                    files,
                    near == null
                            ? Messages.text("audit.snapshot.missing", id, db.shown())
                            : Messages.text("audit.snapshot.missing_near", id, db.shown(), near));
        }
        if (!RuleSetLoader.identity(files).equals(id)) {
            return new Checked(files, Messages.text("audit.snapshot.altered", id));
        }
        return new Checked(files, null);
    }

    /** Writes a stored rule set's files under {@code dir} (created if needed). */
    /** The stored rule set id that {@code id} begins, or the nearest one by edits, for "did you mean". */
    private static String nearest(Database db, String id) {
        List<String> ids = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM rule_set ORDER BY stored_at DESC");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
        List<String> prefixed = ids.stream()
                .filter(x -> !id.isEmpty() && (x.startsWith(id) || x.startsWith("sha256:" + id)))
                .toList();
        return prefixed.size() == 1 ? prefixed.get(0) : Nearest.of(id, ids);
    }

    public static void export(Database db, String id, Path dir) {
        try {
            for (Map.Entry<String, String> f : files(db, id).entrySet()) {
                Path target = dir.resolve(f.getKey()).normalize();
                if (!target.startsWith(dir.normalize())) {
                    throw new LogException("stored rule file path " + f.getKey() + " leaves the folder");
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
