package org.elige.batch;

import java.util.List;
import org.elige.model.Decision;
import org.elige.model.InputError;

/**
 * One input line processed: the bytes to write (empty when the line was refused or skipped), the
 * problems to put in the errors file, the decision for the summary (null when refused or skipped),
 * and what the processor prepared for the batch's {@link Sink} (e.g. a log entry), or null.
 */
public record Item(long line, byte[] output, List<InputError> errors, Decision decision, Object attachment) {

    /** A line a resumed batch had already decided: nothing to write, nothing to count but the skip. */
    public static Item skipped(long line) {
        return new Item(line, new byte[0], List.of(), null, null);
    }

    /** Whether this line was skipped (a refused line always has errors). */
    public boolean isSkipped() {
        return decision == null && errors.isEmpty();
    }
}
