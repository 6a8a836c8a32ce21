package org.elige.input;

import java.util.List;
import java.util.Set;
import org.elige.model.InputError;
import tools.jackson.databind.JsonNode;

/**
 * A household record read and checked: the JSON tree, the date it is evaluated at, every problem
 * found in it, and its identity.
 *
 * @param invalidUnits pointers of units whose identity is invalid (bad CURP): all their results are DATA_ERROR
 * @param sha256       SHA-256 of the canonical JSON (sorted keys, no spaces)
 */
public record Input(JsonNode root, java.time.LocalDate evaluationDate, List<InputError> errors, List<InputError> warnings, Set<String> invalidUnits,
                    String sha256) {

    /** The pointers of every error, to mark the results that read them. */
    public Set<String> errorPaths() {
        return Set.copyOf(errors.stream().map(InputError::path).toList());
    }
}
