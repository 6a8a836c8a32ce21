package org.elige.input;

import java.util.List;
import java.util.Set;
import org.elige.model.InputError;
import tools.jackson.databind.JsonNode;

/**
 * A household record read and checked: the JSON tree, the date it is evaluated at, the problems
 * found in it (at most {@value Limits#MAX_PROBLEMS} of each kind listed, then a count of the rest),
 * and its identity.
 *
 * @param invalidUnits pointers of units whose identity is invalid (bad CURP): all their results are DATA_ERROR
 * @param sha256       SHA-256 of the canonical JSON (sorted keys, no spaces)
 * @param errorPaths   the pointers of every error, listed or not, to mark the results that read them
 */
public record Input(
        JsonNode root,
        java.time.LocalDate evaluationDate,
        List<InputError> errors,
        List<InputError> warnings,
        Set<String> invalidUnits,
        String sha256,
        Set<String> errorPaths) {

    /** A record whose errors are all listed. */
    public Input(
            JsonNode root,
            java.time.LocalDate evaluationDate,
            List<InputError> errors,
            List<InputError> warnings,
            Set<String> invalidUnits,
            String sha256) {
        this(root, evaluationDate, errors, warnings, invalidUnits, sha256, paths(errors));
    }

    /** The pointers of these errors; the root pointer "" (a count of problems not listed) marks nothing. */
    static Set<String> paths(List<InputError> errors) {
        Set<String> paths = new java.util.HashSet<>();
        errors.forEach(e -> {
            if (!e.path().isEmpty()) {
                paths.add(e.path());
            }
        });
        return Set.copyOf(paths);
    }
}
