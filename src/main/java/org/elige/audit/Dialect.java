package org.elige.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * What differs between the databases the log runs on; every other statement is plain SQL that
 * SQLite and PostgreSQL both accept. Appends are serialised by the database, not by the process:
 * SQLite begins every write transaction IMMEDIATE (one writer at a time, others wait up to the busy
 * timeout), and a writer keeps the log in WAL mode while it has it open (a commit is one append and
 * one {@code fsync} of the {@code -wal} file, durable with {@code synchronous=FULL}, instead of a
 * rollback journal's three or four); on PostgreSQL every writer takes the same transaction-scoped advisory lock, so the
 * processes of an office append one after the other while readers go on. Commands that only read
 * open read-only connections, on both.
 */
public enum Dialect {
    SQLITE {
        @Override
        Connections connect(LogLocation where, boolean create) throws SQLException {
            Connection c = DriverManager.getConnection(where.url(), create ? properties() : readOnlyProperties());
            if (!create) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
            }
            return create ? Connections.single(c, Dialect::rollbackJournal) : Connections.single(c);
        }

        /**
         * Once the schema is known to be the log's: a log that cannot take WAL mode (a read-only
         * file, another process holding it mid-transaction) stays with its rollback journal.
         */
        @Override
        void writeAhead(Connection c) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            } catch (SQLException stays) {
                // committed through the rollback journal, durably, as before
            }
        }

        private Properties properties() {
            Properties p = new Properties();
            p.setProperty("transaction_mode", "IMMEDIATE");
            p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
            p.setProperty("synchronous", "FULL");
            return p;
        }

        /**
         * A command that only reads opens the file with {@code SQLITE_OPEN_READONLY}: never created,
         * never written, no journal rolled back.
         */
        private Properties readOnlyProperties() {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            Properties p = new Properties();
            p.setProperty("open_mode", String.valueOf(config.getOpenModeFlags()));
            p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
            return p;
        }

        @Override
        void lock(Connection c, String table) {
            // BEGIN IMMEDIATE already holds the database's single write lock.
        }
    },
    POSTGRESQL {
        @Override
        Connections connect(LogLocation where, boolean create) throws SQLException {
            HikariConfig config = new HikariConfig();
            config.setPoolName("elige-log");
            config.setJdbcUrl(where.url());
            if (where.user() != null) {
                config.setUsername(where.user());
            }
            if (where.credentials().password() != null) {
                config.setPassword(where.credentials().password());
            }
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(BUSY_TIMEOUT_MS / 3);
            config.setInitializationFailTimeout(1);
            config.addDataSourceProperty("ApplicationName", "elige");
            config.addDataSourceProperty("connectTimeout", "10");
            config.addDataSourceProperty("tcpKeepAlive", "true");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("options", "-c lock_timeout=" + BUSY_TIMEOUT_MS);
            if (!create) {
                config.setReadOnly(true);
                config.setConnectionInitSql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            }
            try {
                return Connections.pool(new HikariDataSource(config));
            } catch (HikariPool.PoolInitializationException e) {
                throw e.getCause() instanceof SQLException s ? s : new SQLException(e.getMessage(), "08001", e);
            }
        }

        @Override
        void writeAhead(Connection c) {
            // PostgreSQL has its own write-ahead log
        }

        @Override
        void lock(Connection c, String table) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                s.setInt(1, LOCK_SPACE);
                s.setInt(2, table.hashCode());
                s.execute();
            }
        }
    };

    /**
     * A writer's last step on a SQLite log: back from the write-ahead log to a rollback journal, which
     * moves every committed page into the file itself and removes its {@code -wal} and {@code -shm}
     * files, so a copy of the file alone is the whole log and a command that only reads it creates
     * nothing beside it. While another process has the log open this fails and the log stays in WAL
     * mode: that process's writer does it when it closes.
     */
    private static void rollbackJournal(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException busy) {
            // another connection still has the log open; the last writer to close switches it back
        }
    }

    /** The first key of elige's advisory locks ("elig"), so they are not mistaken for another program's. */
    private static final int LOCK_SPACE = 0x656c6967;

    /** How long a writer waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    /** Connects as a writer ({@code create}) or read-only. */
    abstract Connections connect(LogLocation where, boolean create) throws SQLException;

    /** Puts a log opened for writing, whose schema is current, in the mode its commits are cheapest in. */
    abstract void writeAhead(Connection c);

    /** Takes, inside the open transaction, the lock that makes appends to {@code table} one at a time. */
    abstract void lock(Connection c, String table) throws SQLException;
}
