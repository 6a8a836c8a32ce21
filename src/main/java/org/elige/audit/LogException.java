package org.elige.audit;

import java.sql.SQLException;

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
