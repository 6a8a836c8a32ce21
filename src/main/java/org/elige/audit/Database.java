package org.elige.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The decision log's database: a SQLite file ({@code elige.db}, one connection) or a PostgreSQL
 * server (a small HikariCP pool, so a lost connection is replaced and several threads read at
 * once). Writes go through {@link #write}, one transaction holding the append lock; reads run in
 * auto-commit, one short statement at a time, so a long verification or replay never holds
 * writers off.
 */
public final class Database implements AutoCloseable {
    /** The environment variable naming the log when {@code --db} is not given. */
    public static final String ENV = "ELIGE_DB";

    public static final String DEFAULT = "elige.db";

    private final Connections connections;
    private final Dialect dialect;
    private final String shown;

    private Database(Connections connections, Dialect dialect, String shown) {
        this.connections = connections;
        this.dialect = dialect;
        this.shown = shown;
    }

    /** Work done inside one write transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** {@link #open(LogLocation, boolean)} with no password but the driver's own. */
    public static Database open(String spec, boolean create) {
        return open(LogLocation.of(spec), create);
    }

    /**
     * Opens the log for a command that records ({@code create}), creating or migrating its schema,
     * or for one that only reads: read-only, no migration, and a database that is not a decision log
     * (missing, a folder, empty, not SQLite, without the log's tables, of a newer schema) is refused.
     *
     * @param create true only for commands that record (evaluate --record, batch --record, serve)
     */
    public static Database open(LogLocation where, boolean create) {
        String shown = where.shown();
        if (where.isFile() && !where.spec().startsWith("jdbc:") && !create) {
            refuseWhatIsNoFile(where.spec());
        }
        Dialect dialect = where.dialect();
        Connections connections;
        try {
            connections = dialect.connect(where, create);
        } catch (SQLException e) {
            throw opening(shown, create, e);
        }
        Database db = new Database(connections, dialect, shown);
        try {
            int version = db.schemaVersion(create);
            if (create) {
                Migrations.apply(db, version);
                db.read(c -> {
                    dialect.writeAhead(c);
                    return null;
                });
            }
        } catch (SQLException e) {
            db.close();
            throw opening(shown, create, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private int schemaVersion(boolean create) throws SQLException {
        Connection c = connections.get();
        try {
            return Migrations.check(c, shown, dialect, create);
        } finally {
            connections.release(c);
        }
    }

    /** Before any driver sees it: a missing file (never created by a reader), a folder, an empty file. */
    private static void refuseWhatIsNoFile(String spec) {
        Path file;
        try {
            file = Path.of(spec);
        } catch (java.nio.file.InvalidPathException e) {
            throw missing(spec);
        }
        if (!Files.exists(file)) {
            throw missing(spec);
        }
        if (Files.isDirectory(file)) {
            throw notALog(spec, "it is a folder");
        }
        try {
            if (Files.size(file) == 0) {
                throw notALog(spec, "the file is empty (0 bytes)");
            }
        } catch (java.io.IOException e) {
            throw new LogException("cannot read " + spec + ": " + e.getMessage(), e);
        }
    }

    private static LogException missing(String shown) {
        return new LogException(
                "no decision log at " + shown + " (record decisions with --record, or name the log with --db)");
    }

    static LogException notALog(String shown, String why) {
        return new LogException(shown + " is not a decision log: " + why);
    }

    /** A failure while connecting or checking the schema, in words; a reader's failures say what the file is. */
    private static LogException opening(String shown, boolean create, SQLException e) {
        if (LogException.notADatabase(e)) {
            return notALog(shown, "it is not a SQLite database, or it is damaged");
        }
        if (!create && LogException.hotJournal(e)) {
            return new LogException(
                    shown + " was left in the middle of a write (" + journal(shown) + " is beside it): "
                            + "reading never rolls a write back; the next command that records in it (evaluate --record, "
                            + "batch --record or --resume, serve) does, and then it can be read",
                    e);
        }
        if (!create && LogException.cannotOpen(e)) {
            return shown.startsWith("jdbc:")
                    ? missing(shown)
                    : new LogException(
                            "cannot read " + shown + ": the file cannot be opened (may this user read it?)", e);
        }
        if (!create && (e.getErrorCode() & 0xff) == 3) {
            return new LogException(
                    "cannot read " + shown + ": its URL asks to open it for writing (mode=rw or rwc), "
                            + "and commands that only read open the log read-only",
                    e);
        }
        return LogException.of(create ? "open" : "read", shown, e);
    }

    /** The name of the rollback journal beside a SQLite file, for messages. */
    private static String journal(String shown) {
        String file = shown.startsWith("jdbc:sqlite:") ? shown.substring("jdbc:sqlite:".length()) : shown;
        file = file.startsWith("file:") ? file.substring("file:".length()) : file;
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1) + "-journal";
    }

    /**
     * Runs {@code work} in one transaction holding the append lock on {@code table}; all or nothing.
     * A pooled connection the server dropped while it was idle is found when the lock is taken,
     * before anything is done, and replaced once.
     */
    public <T> T write(String doing, String table, Work<T> work) {
        Connection connection = null;
        try {
            for (int attempt = 1; ; attempt++) {
                connection = connections.get();
                try {
                    connection.setAutoCommit(false);
                    dialect.lock(connection, table);
                    break;
                } catch (SQLException e) {
                    autoCommit(connection);
                    connections.release(connection);
                    connection = null;
                    if (attempt > 1 || !LogException.disconnected(e)) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw LogException.of(doing, shown, e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection);
            throw LogException.of(doing, shown, e);
        } catch (RuntimeException | Error e) {
            // An Error too (OutOfMemoryError mid-transaction): turning auto-commit back on below would
            // otherwise commit whatever part of the work had run.
            rollback(connection);
            throw e;
        } finally {
            autoCommit(connection);
            connections.release(connection);
        }
    }

    /** Runs a read in auto-commit; a read that finds its pooled connection dropped is tried once more on another. */
    public <T> T read(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Connection connection = connections.get();
                try {
                    return work.run(connection);
                } finally {
                    connections.release(connection);
                }
            } catch (SQLException e) {
                if (attempt > 1 || !LogException.disconnected(e)) {
                    throw LogException.of("read", shown, e);
                }
            }
        }
    }

    private static void autoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // after a failed transaction there is nothing left to commit
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report; the database rolls back an unfinished transaction itself
        }
    }

    /** The log's name for messages (a URL without its query, so no password is shown). */
    public String shown() {
        return shown;
    }

    @Override
    public void close() {
        connections.close();
    }
}
