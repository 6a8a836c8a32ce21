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
 * each applied once, in order, in one transaction with its row in {@code schema_version}. A log
 * already at the latest version is only read, so a read-only log can still be verified.
 */
final class Migrations {
    static final String TABLE = "schema_version";

    private Migrations() {
    }

    static void apply(Database db) {
        List<String> scripts = scripts();
        if (db.read(Migrations::current) >= scripts.size()) {
            return;
        }
        db.read(c -> execute(c, "CREATE TABLE IF NOT EXISTS " + TABLE
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
        try (ResultSet t = c.getMetaData().getTables(null, null, TABLE, null)) {
            if (!t.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM " + TABLE)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void migrate(Connection c, int version, String script) throws SQLException {
        for (String statement : script.split(";\\s*\\n")) {
            String sql = statement.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim();
            if (!sql.isEmpty()) {
                execute(c, sql);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE + " (version, description, applied_at) VALUES (?, ?, ?)")) {
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
