package org.elige.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.InputError;

/** What every answer to a hostile record must be: an input error or a decision, bounded, with no internal error showing. */
final class Verdict {
    /** A frame of a Java stack trace, a chained cause, or a fully qualified exception class. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)(^\\s*at [\\w$./]+\\((?:[\\w$]+\\.java:\\d+|Unknown Source|Native Method)|\\bat [\\w$]+(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"
                    + "|Caused by: |\\.\\.\\. \\d+ more"
                    + "|\\b(java|javax|jdk|sun|org\\.(drools|kie|mvel2|elige|eclipse)|tools\\.jackson|com\\.(networknt|fasterxml)|picocli)"
                    + "(\\.[\\w$]+)+(Exception|Error)\\b)");
    /** A rule that failed or a criterion without a finding, as the decision shows it (in both languages). */
    static final Pattern RULE_DEFECT = Pattern.compile("defect in the rules|defecto de las reglas");

    /**
     * Output may grow with the input, but only linearly. A decision repeats a unit's facts and ids in
     * every program it decides for (19 programs, sentences in two languages), so the whole decision
     * may be this many times the input plus {@link #DECISION_FIXED}; the input errors alone must stay
     * within {@link #ERRORS_PER_BYTE} times the input plus {@link #ERRORS_FIXED}.
     */
    static final long DECISION_PER_BYTE = 2000;

    static final long DECISION_FIXED = 2 << 20;
    static final long ERRORS_PER_BYTE = 4;
    static final long ERRORS_FIXED = 64 << 10;

    private Verdict() {}

    /** The outcome of deciding one record in process. */
    record Answer(Decision decision, byte[] json, InputException refused, byte[] errors) {}

    static void check(byte[] input, Answer a) {
        if (a.refused() != null) {
            refused(input, a.refused(), a.errors());
        } else {
            decided(input, a.decision(), a.json());
        }
    }

    static void refused(byte[] input, InputException e, byte[] errorsJson) {
        assertFalse(e.errors().isEmpty(), "a refused record says why");
        noStackTrace("the exception's message", e.getMessage());
        located(e.errors());
        noStackTrace("the input errors", utf8(errorsJson));
        linear("the input errors", errorsJson.length, input.length, ERRORS_PER_BYTE, ERRORS_FIXED);
    }

    static void decided(byte[] input, Decision d, byte[] json) {
        String text = utf8(json);
        noStackTrace("the decision", text);
        if (!d.defects().isEmpty()) {
            fail("rules failed on the record (internal errors shown as rule defects): " + d.defects());
        }
        Matcher defect = RULE_DEFECT.matcher(text);
        if (defect.find()) {
            int from = Math.max(0, text.lastIndexOf('{', defect.start()));
            fail("a rule failed on the record (an internal error shown as a rule defect): "
                    + text.substring(from, Math.min(text.length(), defect.end() + 300)));
        }
        located(d.errors());
        byte[] errors = Json.WRITER.writeValueAsBytes(d.errors());
        linear("the input errors in the decision", errors.length, input.length, ERRORS_PER_BYTE, ERRORS_FIXED);
        linear("the decision", json.length, input.length, DECISION_PER_BYTE, DECISION_FIXED);
    }

    /** Every problem has a JSON Pointer and a message in both languages. */
    static void located(List<InputError> errors) {
        for (InputError e : errors) {
            assertNotNull(e.path(), "every input error has a path: " + e);
            assertTrue(e.path().isEmpty() || e.path().startsWith("/"), "a JSON Pointer: " + e.path());
            assertTrue(
                    e.message() != null
                            && !e.message().es().isBlank()
                            && !e.message().en().isBlank(),
                    "every input error says what is wrong in both languages: " + e);
        }
    }

    static void noStackTrace(String where, String text) {
        if (text == null || !mayHoldAStackTrace(text)) {
            return;
        }
        Matcher m = STACK_TRACE.matcher(text);
        if (m.find()) {
            fail("a Java stack trace or exception class in " + where + ": …"
                    + text.substring(Math.max(0, m.start() - 200), Math.min(text.length(), m.end() + 200)) + "…");
        }
    }

    /** A quick look for what every match of {@link #STACK_TRACE} contains, before the regular expression runs over megabytes. */
    private static boolean mayHoldAStackTrace(String text) {
        return text.contains("Exception")
                || text.contains("Error")
                || text.contains(".java:")
                || text.contains("Unknown Source")
                || text.contains("Native Method")
                || text.contains("Caused by")
                || text.contains(" more");
    }

    static void linear(String what, long out, long in, long perByte, long fixed) {
        long bound = perByte * in + fixed;
        if (out > bound) {
            fail(String.format(
                    "%s: %,d bytes for %,d bytes of input, more than %,d × input + %,d = %,d",
                    what, out, in, perByte, fixed, bound));
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
