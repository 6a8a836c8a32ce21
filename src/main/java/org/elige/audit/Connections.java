package org.elige.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where {@link Database} takes a connection for each read or write, and gives it back after: the
 * one connection to a SQLite file, or a pool of connections to a PostgreSQL server.
 */
interface Connections extends AutoCloseable {
    Connection get() throws SQLException;

    void release(Connection c);

    @Override
    void close();

    /** One connection, kept open for the log's life: SQLite allows one writer anyway. */
    static Connections single(Connection connection) {
        return single(connection, c -> {});
    }

    /** One connection, on which {@code last} runs just before it is closed. */
    static Connections single(Connection connection, java.util.function.Consumer<Connection> last) {
        return new Connections() {
            @Override
            public Connection get() {
                return connection;
            }

            @Override
            public void release(Connection c) {
                // kept for the next read or write
            }

            @Override
            public void close() {
                try {
                    last.accept(connection);
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing left to save: every write committed or rolled back
                }
            }
        };
    }

    /** A pool: a connection the server dropped is replaced on the next {@link #get}. */
    static Connections pool(HikariDataSource pool) {
        return new Connections() {
            @Override
            public Connection get() throws SQLException {
                return pool.getConnection();
            }

            @Override
            public void release(Connection c) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the pool drops a connection it cannot take back
                }
            }

            @Override
            public void close() {
                pool.close();
            }
        };
    }
}
