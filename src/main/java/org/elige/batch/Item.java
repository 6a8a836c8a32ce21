package org.elige.batch;

import java.util.List;
import org.elige.model.Decision;
import org.elige.model.InputError;

/**
 * One input line processed: the bytes to write (empty when the line was refused), the problems to
 * put in the errors file, and the decision for the summary (null when refused).
 */
public record Item(long line, byte[] output, List<InputError> errors, Decision decision) {
}
