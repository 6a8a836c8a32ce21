package org.elige.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer of one program for one unit.
 *
 * @param missing       JSON Pointers of the facts whose absence left a criterion UNKNOWN
 * @param conflictsWith the programs behind a CONFLICT
 * @param reason        why the result is UNDETERMINED or DATA_ERROR when facts alone do not say
 * @param decisive      the criteria that decided a NOT_ELIGIBLE, CONFLICT or UNDETERMINED outcome (a failed
 *                      alternative that another alternative made up for is not among them)
 * @param notApplicableHere the program does not concern this unit here and now: it is outside its period, or
 *                      the unit fails a criterion that says whom the program is for ({@code targeting:} in
 *                      its program.yaml); readers fold such results into one line. Written only when true
 */
public record Result(
        String program,
        Text programName,
        UnitRef unit,
        Outcome outcome,
        Benefit benefit,
        List<Finding> criteria,
        List<String> missing,
        List<String> conflictsWith,
        @JsonInclude(JsonInclude.Include.NON_NULL) Text reason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> decisive,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean notApplicableHere) {}
