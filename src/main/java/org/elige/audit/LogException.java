package org.elige.audit;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The decision log cannot be used: a message for the person at the terminal (which database, what
 * was being done, and why in plain words), never a stack trace.
 */
public final class LogException extends RuntimeException {

    public LogException(String message) {
        super(message);
    }

    public LogException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot record in elige.db: the database is read-only", from SQLite result codes or SQL states. */
    static LogException of(String doing, String database, SQLException e) {
        return new LogException("cannot " + doing + " " + database + ": " + why(e), e);
    }

    /** SQLite found no database in the file (random bytes, a text file) or a damaged one. */
    static boolean notADatabase(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 11 || code == 26;
    }

    /** SQLite could not open the file: for a read-only open, it does not exist or cannot be read. */
    static boolean cannotOpen(SQLException e) {
        return (e.getErrorCode() & 0xff) == 14;
    }

    /** A read-only connection met a rollback journal left by a writer that stopped mid-transaction. */
    static boolean hotJournal(SQLException e) {
        return e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK;
    }

    static String why(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (code == 8 || state.equals("25006")) {
            return "the database is read-only";
        }
        if (code == 13 || state.equals("53100")) {
            return "the disk or the database is full";
        }
        if (code == 5 || code == 6 || state.equals("55P03")) {
            return "another writer kept the database locked for too long";
        }
        if (code == 14) {
            return "the database file cannot be opened (does its folder exist?)";
        }
        if (code == 11 || code == 26) {
            return "the file is not a valid SQLite database, or it is damaged";
        }
        return e.getMessage();
    }
}
