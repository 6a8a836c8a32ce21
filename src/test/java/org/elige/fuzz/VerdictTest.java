package org.elige.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The fuzz verdict recognises a stack trace and an unbounded output, and passes ordinary messages. */
class VerdictTest {

    @Test
    void aPrintedStackTraceIsRecognised() {
        StringWriter w = new StringWriter();
        new IllegalStateException("boom", new NullPointerException("inner")).printStackTrace(new PrintWriter(w));
        assertThrows(AssertionFailedError.class, () -> Verdict.noStackTrace("test", w.toString()));
        assertThrows(
                AssertionFailedError.class,
                () -> Verdict.noStackTrace(
                        "test", "elige: internal error: java.lang.NullPointerException: Cannot invoke \"x\""));
        assertThrows(
                AssertionFailedError.class,
                () -> Verdict.noStackTrace("test", "\tat rules.ppb.Rule_Rain.defaultConsequence(Unknown Source)"));
    }

    @Test
    void ordinaryMessagesPass() {
        assertDoesNotThrow(() -> Verdict.noStackTrace(
                "test",
                "-:/members/0/birth_date: Error: the date is at least (2025-02-30) not a date; … and 3 more problems"));
        assertDoesNotThrow(
                () -> Verdict.noStackTrace("test", "{\"outcome\":\"DATA_ERROR\",\"reason\":\"Error en los datos\"}"));
    }

    @Test
    void outputBeyondTheLinearBoundFails() {
        assertDoesNotThrow(() -> Verdict.linear("x", 4 * 1000 + 100, 1000, 4, 100));
        assertThrows(AssertionFailedError.class, () -> Verdict.linear("x", 4 * 1000 + 101, 1000, 4, 100));
    }
}
