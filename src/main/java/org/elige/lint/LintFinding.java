package org.elige.lint;

import org.elige.rules.Diagnostic;
import org.elige.rules.Diagnostic.Severity;

/**
 * One problem found by {@code elige check}: where it is ({@code file:line:col}), its code, what is
 * wrong and how to fix it.
 *
 * @param subject what the finding is about (a parameter key, a criterion id, a rule name and
 *                literal), which {@code lint.yaml} names to accept a warning on purpose
 */
public record LintFinding(
        Code code, Severity severity, String file, int line, int column, String subject, String message, String hint) {

    public static LintFinding of(Code code, String file, int[] at, String subject, String message) {
        return new LintFinding(code, code.severity(), file, at[0], at[1], subject, message, code.hint());
    }

    /** A loader or compiler problem that no check of its own covers, with the loader's fix when it gives one. */
    static LintFinding of(Diagnostic d) {
        return new LintFinding(
                Code.ELG000,
                d.severity(),
                d.file(),
                d.line(),
                d.column(),
                "",
                d.message(),
                d.fix() != null ? d.fix() : Code.ELG000.hint());
    }

    public LintFinding withHint(String more) {
        return new LintFinding(code, severity, file, line, column, subject, message, more);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding as an error ({@code --strict}). */
    public LintFinding strict() {
        return new LintFinding(code, Severity.ERROR, file, line, column, subject, message, hint);
    }

    public String where() {
        return file + ":" + line + ":" + column;
    }

    /** {@code file:line:col: [warning: ]message [ELG001]}, then the fix on an indented line. */
    @Override
    public String toString() {
        return where() + ": " + (isError() ? "" : "warning: ") + message + " [" + code + "]\n    fix: " + hint;
    }
}
