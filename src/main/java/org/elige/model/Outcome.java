package org.elige.model;

/** The answer for one program and one unit (programs.md, "Outcomes"). */
public enum Outcome {
    ELIGIBLE,
    ELIGIBLE_TO_APPLY,
    NOT_ELIGIBLE,
    CONFLICT,
    UNDETERMINED,
    DATA_ERROR
}
