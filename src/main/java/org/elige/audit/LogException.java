package org.elige.audit;

import java.sql.SQLException;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The decision log cannot be used: a message for the person at the terminal (which database, what
 * was being done, and why in plain words), never a stack trace.
 */
public final class LogException extends RuntimeException {
    private final transient Text reason;
    private final transient Text consequence;

    public LogException(String message) {
        this(message, null, null);
    }

    public LogException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** @param consequence what became of the request's decisions, in both languages, or null when nothing was being recorded */
    public LogException(String message, Throwable cause, Text consequence) {
        this(message, cause, cause instanceof LogException l ? l.reason : null, consequence);
    }

    /** @param reason why the log failed, in both languages ("the disk is full"), or null when only the message says */
    public LogException(String message, Throwable cause, Text reason, Text consequence) {
        super(message, cause);
        this.reason = reason;
        this.consequence = consequence;
    }

    /** Why the log failed, in both languages, when it is one of the failures told in words; else null. */
    public Text reason() {
        return reason;
    }

    /** What became of the request's decisions ("nothing was recorded"), or null. */
    public Text consequence() {
        return consequence;
    }

    /** "cannot record in elige.db: the database is read-only", from SQLite result codes or SQL states. */
    public static LogException of(String doing, String database, SQLException e) {
        String kind = kind(e);
        return new LogException(
                "cannot " + doing + " " + database + ": "
                        + (kind == null ? e.getMessage() : Messages.get("en", "log." + kind)),
                e,
                kind == null ? null : Messages.text("log.reason", Messages.text("log." + kind)),
                null);
    }

    /** The server closed the connection, or it broke: nothing more can be done on it. */
    static boolean disconnected(SQLException e) {
        return "lost".equals(kind(e));
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

    /**
     * The failure's name in the catalogue ({@code log.<kind>}), from SQLite result codes or SQL
     * states (PostgreSQL's: class 28 credentials, 08 and 57P connections, 3D000 no such database), or null.
     */
    private static String kind(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (code == 8 || state.equals("25006")) {
            return "read_only";
        }
        if (code == 13 || state.equals("53100")) {
            return "full";
        }
        if (code == 5 || code == 6 || state.equals("55P03")) {
            return "locked";
        }
        if (code == 14) {
            return "cannot_open";
        }
        if (code == 11 || code == 26) {
            return "not_a_database";
        }
        return switch (state) {
            case "28P01", "28000" -> "credentials";
            case "08001", "08004", "57P03" -> "unreachable";
            case "08003", "08006", "57P01", "57P02" -> "lost";
            case "3D000" -> "no_database";
            case "42501" -> "denied";
            default -> null;
        };
    }
}
