package org.elige.audit;

import org.elige.model.Text;
import tools.jackson.databind.JsonNode;

/**
 * How one logged decision replayed.
 *
 * @param change     what the differences touch, for DIFFERENT (else null)
 * @param difference the first difference, for DIFFERENT
 * @param error      why it could not be replayed, for ERROR, in both languages
 * @param before     the logged decision, kept for DIFFERENT only (for the report)
 * @param after      the decision made again, kept for DIFFERENT only
 * @param record     the logged input, kept with the decisions (it names the people)
 */
public record ReplayResult(
        String decisionId,
        String householdId,
        String evaluationDate,
        String decidedAt,
        String ruleSetId,
        Verdict verdict,
        Change change,
        Difference difference,
        Text error,
        JsonNode before,
        JsonNode after,
        JsonNode record) {

    /** IDENTICAL: byte-identical canonical decision apart from id and time; DIFFERENT; ERROR: not replayed. */
    public enum Verdict {
        IDENTICAL,
        DIFFERENT,
        ERROR
    }

    /**
     * What a DIFFERENT decision changed, the most serious first: an outcome or benefit (or a result
     * came or went); else only the reasons (a criterion's status, facts or parameters); else only
     * the wording (sentences, labels, citations and sources).
     */
    public enum Change {
        OUTCOME,
        REASONS,
        WORDING
    }
}
