package org.elige.input;

import java.util.List;
import org.elige.model.InputError;

/**
 * A record that cannot be read at all (not JSON, not an object, too large or too deep, a key
 * twice, too many members or parcels...), with its problems (at most {@value Limits#MAX_PROBLEMS} listed).
 */
public final class InputException extends Exception {
    private final transient List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid input"
                        : errors.get(0).path() + ": " + errors.get(0).message().en());
        this.errors = List.copyOf(Limits.bounded(errors));
    }

    public List<InputError> errors() {
        return errors;
    }
}
