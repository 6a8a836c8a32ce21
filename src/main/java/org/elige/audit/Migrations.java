package org.elige.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/V001.sql}, {@code db/V002.sql}, ... on the class path,
 * each applied once, in order, in one transaction with its row in {@code schema_version}. Only
 * commands that record migrate; {@link #check} tells every command, before anything is read or
 * written, whether the database is a decision log this program can use.
 */
final class Migrations {
    static final String TABLE = "schema_version";
    /** The tables of version 1, which every later version keeps. */
    static final List<String> TABLES = List.of("content", DecisionLog.TABLE, "rule_file", "rule_set");

    private Migrations() {}

    /**
     * The schema version of the database on {@code c}, or an error saying what it is instead. A
     * reader needs a log: {@code schema_version} with a version this program knows and the log's
     * tables. A writer may also start one in an empty database, or an empty SQLite file, but not
     * in a SQLite database that holds other tables.
     */
    static int check(Connection c, String shown, Dialect dialect, boolean create) throws SQLException {
        int known = scripts().size();
        if (!exists(c, TABLE)) {
            boolean others = dialect == Dialect.SQLITE && anyTable(c);
            if (create && !others) {
                return 0;
            }
            throw Database.notALog(
                    shown,
                    others || dialect != Dialect.SQLITE
                            ? "the database has none of the log's tables"
                            : "the database has no tables");
        }
        int version = current(c);
        if (version > known) {
            throw new LogException(shown + " has schema version " + version + ", newer than this elige knows (" + known
                    + "): use the elige that wrote it, or a newer one");
        }
        if (version == 0) {
            if (create) {
                return 0;
            }
            throw Database.notALog(
                    shown, "no schema version is recorded in it (the command that created it stopped first)");
        }
        List<String> missing = new ArrayList<>();
        for (String table : TABLES) {
            if (!exists(c, table)) {
                missing.add(table);
            }
        }
        if (!missing.isEmpty()) {
            throw Database.notALog(
                    shown,
                    "the database lacks the " + (missing.size() == 1 ? "table " : "tables ")
                            + String.join(", ", missing));
        }
        return version;
    }

    /** Brings a log checked at {@code version} up to the latest version. */
    static void apply(Database db, int version) {
        List<String> scripts = scripts();
        if (version >= scripts.size()) {
            return;
        }
        db.read(
                c -> execute(
                        c,
                        "CREATE TABLE IF NOT EXISTS " + TABLE
                                + " (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)"));
        db.write("create the schema of", TABLE, c -> {
            for (int v = current(c) + 1; v <= scripts.size(); v++) {
                migrate(c, v, scripts.get(v - 1));
            }
            return null;
        });
    }

    /** The latest version applied, 0 for a new database. */
    static int current(Connection c) throws SQLException {
        if (!exists(c, TABLE)) {
            return 0;
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(version) FROM " + TABLE)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Whether the database has a table of exactly this name (the metadata pattern would also match _ as any character). */
    static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet t = c.getMetaData().getTables(null, null, table, null)) {
            while (t.next()) {
                if (table.equalsIgnoreCase(t.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a SQLite database holds any table of its own. */
    private static boolean anyTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' LIMIT 1")) {
            return r.next();
        }
    }

    private static void migrate(Connection c, int version, String script) throws SQLException {
        for (String statement : script.split(";\\s*\\n")) {
            String sql = statement
                    .lines()
                    .filter(l -> !l.trim().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n")
                    .trim();
            if (!sql.isEmpty()) {
                execute(c, sql);
            }
        }
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO " + TABLE + " (version, description, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, version);
            p.setString(2, script.lines().findFirst().orElse("").replaceFirst("^--\\s*", ""));
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
        }
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    /** The migration scripts in version order, up to the first number missing. */
    static List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        for (int v = 1; ; v++) {
            try (InputStream in = Migrations.class.getResourceAsStream(String.format("/db/V%03d.sql", v))) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
