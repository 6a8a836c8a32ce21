package org.elige.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * What differs between the databases the log runs on; every other statement is plain SQL that
 * SQLite and PostgreSQL both accept. Appends are serialised by the database, not by the process:
 * SQLite begins every write transaction IMMEDIATE (one writer at a time, others wait up to the busy
 * timeout), PostgreSQL locks the log table against other appenders for the transaction. Commands
 * that only read open a read-only connection, on both.
 */
enum Dialect {
    SQLITE {
        @Override
        Properties properties() {
            Properties p = new Properties();
            p.setProperty("transaction_mode", "IMMEDIATE");
            p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
            p.setProperty("synchronous", "FULL");
            return p;
        }

        @Override
        Properties readOnlyProperties() {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            Properties p = new Properties();
            p.setProperty("open_mode", String.valueOf(config.getOpenModeFlags()));
            p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
            return p;
        }

        @Override
        void readOnly(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
        }

        @Override
        void lock(Connection c, String table) {
            // BEGIN IMMEDIATE already holds the database's single write lock.
        }
    },
    POSTGRESQL {
        @Override
        Properties properties() {
            return new Properties();
        }

        @Override
        Properties readOnlyProperties() {
            return new Properties();
        }

        @Override
        void readOnly(Connection c) throws SQLException {
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            }
        }

        @Override
        void lock(Connection c, String table) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            }
        }
    };

    /** How long a writer waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    abstract Properties properties();

    /**
     * Connection properties for a command that only reads: SQLite opens the file with
     * {@code SQLITE_OPEN_READONLY} (never created, never written, no journal rolled back).
     */
    abstract Properties readOnlyProperties();

    /** Makes a connection opened for reading refuse every write, whatever its URL asked for. */
    abstract void readOnly(Connection c) throws SQLException;

    /** Takes, inside the open transaction, the lock that makes appends to {@code table} one at a time. */
    abstract void lock(Connection c, String table) throws SQLException;

    static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new LogException(
                "unsupported database " + url + ": use a SQLite file or a jdbc:sqlite: or jdbc:postgresql: URL");
    }
}
