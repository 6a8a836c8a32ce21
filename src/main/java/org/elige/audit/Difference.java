package org.elige.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.elige.model.Messages;
import org.elige.model.Words;

/**
 * The first place two decisions differ: the result (program and unit) and the criterion when the
 * difference is inside one, the JSON Pointer of the field (relative to the criterion, else the
 * result, else the decision) and its values before and after; for people, {@link #describe} says it
 * in words.
 *
 * @param program        null when the difference is outside the results
 * @param outcomeBefore  the result's outcome before, or null when it had no such result
 * @param criterion      null when no criterion of the result differs
 * @param unitName       the unit's name in the record ("Rosa López"), when it has one; not for machines
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
        String after,
        @JsonIgnore String unitName) {

    /** This difference with the unit's name as the record gives it. */
    Difference named(String name) {
        return new Difference(
                program, unitKind, unitId, outcomeBefore, outcomeAfter, criterion, field, before, after, name);
    }

    /**
     * "JCF · Rosa López (P2): Elegible → No elegible; JCF-01 Cumple → No cumple", or for a reason
     * that changed, "JCF · Rosa López (P2): Elegible; JCF-01, el parámetro jcf.age.max: 29 → 21".
     */
    public String describe(String lang) {
        if (program == null) {
            return Messages.get(lang, "audit.diff.decision", field(lang), value(lang, before), value(lang, after));
        }
        StringBuilder sb = new StringBuilder(
                        Messages.get(lang, "audit.diff.result", program, Words.unit(lang, unitKind, unitId, unitName)))
                .append(": ")
                .append(Words.outcome(lang, outcomeBefore));
        if (!Objects.equals(outcomeBefore, outcomeAfter)) {
            sb.append(" → ").append(Words.outcome(lang, outcomeAfter));
        }
        if (criterion != null && field.equals("/status")) {
            sb.append("; ")
                    .append(Messages.get(
                            lang,
                            "audit.diff.criterion",
                            criterion,
                            Words.status(lang, before),
                            Words.status(lang, after)));
        } else if (criterion != null) {
            sb.append("; ")
                    .append(Messages.get(
                            lang, "audit.diff.field", criterion, field(lang), value(lang, before), value(lang, after)));
        } else if (!field.isEmpty() && !field.equals("/outcome")) {
            sb.append("; ")
                    .append(field(lang))
                    .append(": ")
                    .append(value(lang, before))
                    .append(" → ")
                    .append(value(lang, after));
        }
        return sb.toString();
    }

    /** The field in words: "el estado", "el parámetro jcf.age.max", "la fecha de nacimiento", "la explicación". */
    private String field(String lang) {
        String[] at = field.split("/", -1);
        String first = at.length > 1 ? unescape(at[1]) : "";
        String second = at.length > 2 ? unescape(at[2]) : "";
        return switch (first) {
            case "status", "explanation", "citation", "benefit", "missing", "reason" ->
                Messages.get(lang, "audit.diff." + first);
            case "facts" ->
                Messages.has("fact." + second)
                        ? Messages.get(lang, "fact." + second)
                        : Messages.get(lang, "audit.diff.fact", second);
            case "parameters" -> Messages.get(lang, "audit.diff.parameter", second);
            default -> Messages.get(lang, "audit.diff.other", field);
        };
    }

    private static String value(String lang, String v) {
        return "absent".equals(v) ? Messages.get(lang, "audit.diff.absent") : v;
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
