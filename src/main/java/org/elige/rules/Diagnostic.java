package org.elige.rules;

/**
 * A problem in a rule or parameter file, located as {@code rules/jcf/age.drl:12:8}.
 *
 * @param fix what to do about it, when the reader of the file knows (null otherwise); {@code elige
 *            check} shows it on its {@code fix:} line
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String fix) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public Diagnostic(Severity severity, String file, int line, int column, String message) {
        this(severity, file, line, column, message, null);
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    /** The same problem with what to do about it. */
    public Diagnostic withFix(String what) {
        return new Diagnostic(severity, file, line, column, message, what);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: [warning: ]message}, then {@code (fix: ...)} when there is one. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message
                + (fix == null ? "" : " (fix: " + fix + ")");
    }
}
