package org.elige.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One JDBC connection to the decision log: a SQLite file ({@code elige.db}) or any
 * {@code jdbc:sqlite:} / {@code jdbc:postgresql:} URL. Writes go through {@link #write}, one
 * transaction holding the append lock; reads run in auto-commit, one short statement at a time,
 * so a long verification or replay never holds writers off.
 */
public final class Database implements AutoCloseable {
    /** The environment variable naming the log when {@code --db} is not given. */
    public static final String ENV = "ELIGE_DB";
    public static final String DEFAULT = "elige.db";

    private final Connection connection;
    private final Dialect dialect;
    private final String shown;

    private Database(Connection connection, Dialect dialect, String shown) {
        this.connection = connection;
        this.dialect = dialect;
        this.shown = shown;
    }

    /** Work done inside one write transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Opens the log, creating or migrating its schema.
     *
     * @param spec   a file name or a JDBC URL
     * @param create false for commands that only read: a missing file is then an error, not a new log
     */
    public static Database open(String spec, boolean create) {
        String url = spec.startsWith("jdbc:") ? spec : "jdbc:sqlite:" + spec;
        String shown = spec.startsWith("jdbc:") ? spec.replaceAll("\\?.*", "") : spec;
        if (!spec.startsWith("jdbc:") && !create && !Files.exists(Path.of(spec))) {
            throw new LogException("no decision log at " + shown + " (record decisions with --record, or name the log with --db)");
        }
        Dialect dialect = Dialect.of(url);
        Connection c;
        try {
            c = DriverManager.getConnection(url, dialect.properties());
        } catch (SQLException e) {
            throw LogException.of("open", shown, e);
        }
        Database db = new Database(c, dialect, shown);
        try {
            Migrations.apply(db);
        } catch (LogException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Runs {@code work} in one transaction holding the append lock on {@code table}; all or nothing. */
    public <T> T write(String doing, String table, Work<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw LogException.of(doing, shown, e);
        }
        try {
            dialect.lock(connection, table);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw LogException.of(doing, shown, e);
        } catch (RuntimeException | Error e) {
            // An Error too (OutOfMemoryError mid-transaction): turning auto-commit back on below would
            // otherwise commit whatever part of the work had run.
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
    }

    /** Runs a read in auto-commit. */
    public <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw LogException.of("read", shown, e);
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // after a failed transaction there is nothing left to commit
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report; SQLite rolls back an unfinished transaction itself
        }
    }

    /** The log's name for messages (a URL without its query, so no password is shown). */
    public String shown() {
        return shown;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to save: every write committed or rolled back
        }
    }
}
