package org.elige.batch;

import java.util.List;
import org.elige.model.Decision;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.RuleDefect;

/**
 * One input line processed: the bytes to write (empty when the line was refused or skipped), the
 * problems to put in the errors file, the decision for the summary (null when refused or skipped),
 * and what the processor prepared for the batch's {@link Sink} (e.g. a log entry), or null.
 *
 * @param failed the line could not be decided because of an internal error (listed with the
 *               others; the batch goes on)
 */
public record Item(
        long line, byte[] output, List<InputError> errors, Decision decision, Object attachment, boolean failed) {

    public Item(long line, byte[] output, List<InputError> errors, Decision decision, Object attachment) {
        this(line, output, errors, decision, attachment, false);
    }

    /** A line whose decision failed with an internal error: listed in the errors output, nothing written. */
    public static Item failed(long line, Throwable e) {
        return new Item(
                line,
                new byte[0],
                List.of(new InputError("", null, Messages.text("input.internal", RuleDefect.describe(e)))),
                null,
                null,
                true);
    }

    /** A line a resumed batch had already decided: nothing to write, nothing to count but the skip. */
    public static Item skipped(long line) {
        return new Item(line, new byte[0], List.of(), null, null);
    }

    /** Whether this line was skipped (a refused line always has errors). */
    public boolean isSkipped() {
        return decision == null && errors.isEmpty();
    }
}
