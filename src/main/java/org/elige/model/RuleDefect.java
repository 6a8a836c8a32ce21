package org.elige.model;

/**
 * A rule that failed on one record: its criterion for that unit is UNKNOWN with a rule-defect
 * finding, and the record is listed (with this) wherever problems are listed, e.g. a batch's
 * {@code --errors}. Not part of the decision contract: the finding already says it.
 *
 * @param rule      the rule's name, or null when the failure was not in one rule's consequence
 * @param where     the rule's file and line ({@code rules/sv/x.drl:12:1}), or null
 * @param criterion the criterion left UNKNOWN, or null for a benefit rule or a failure outside a rule
 * @param unit      the unit it failed for, or null when not known
 * @param error     the exception, as {@code Class: message} (bounded)
 */
public record RuleDefect(String rule, String where, String program, String criterion, UnitRef unit, String error) {

    /** The exception as {@code SimpleName: first line of its message}, at most {@link Shown#MAX_TEXT} characters of message. */
    public static String describe(Throwable t) {
        Throwable cause = t;
        int depth = 0;
        while (cause.getCause() != null && cause.getCause() != cause && wrapper(cause) && depth++ < 10) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null
                ? ""
                : cause.getMessage().lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + Shown.text(message));
    }

    /** Drools' own exceptions only wrap the rule's. */
    private static boolean wrapper(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("org.kie.")
                || name.startsWith("org.drools.")
                || t instanceof java.lang.reflect.InvocationTargetException;
    }
}
