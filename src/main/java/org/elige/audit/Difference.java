package org.elige.audit;

/**
 * The first place two decisions differ: the result (program and unit) and the criterion when the
 * difference is inside one, the JSON Pointer of the field (relative to the criterion, else the
 * result, else the decision) and its values before and after.
 *
 * @param program        null when the difference is outside the results
 * @param outcomeBefore  the result's outcome before, or null when it had no such result
 * @param criterion      null when no criterion of the result differs
 */
public record Difference(
        String program,
        String unitKind,
        String unitId,
        String outcomeBefore,
        String outcomeAfter,
        String criterion,
        String field,
        String before,
        String after) {

    /** "JCF PERSON P2 ELIGIBLE → NOT_ELIGIBLE, JCF-01 /status: PASSED → FAILED" */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (program != null) {
            sb.append(program)
                    .append(' ')
                    .append(unitKind)
                    .append(' ')
                    .append(unitId)
                    .append(' ')
                    .append(outcomeBefore == null ? "absent" : outcomeBefore)
                    .append(" → ")
                    .append(outcomeAfter == null ? "absent" : outcomeAfter)
                    .append(", ");
        }
        if (criterion != null) {
            sb.append(criterion).append(' ');
        }
        return sb.append(field.isEmpty() ? "/" : field)
                .append(": ")
                .append(before)
                .append(" → ")
                .append(after)
                .toString();
    }
}
