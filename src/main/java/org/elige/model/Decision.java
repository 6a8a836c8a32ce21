package org.elige.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One decision for one household record (decision.md): every applicable program once per unit,
 * the input problems, and exactly what produced it. Held with every criterion self-contained (as
 * decision.md's shape 1 writes it); written as {@link FullDecision}, shape 2.
 *
 * @param parameterOverrides the caller's what-if values, recorded so a replay uses them too
 * @param questions          the facts to ask for, in words, the one that settles the most open results first
 * @param warnings           input problems that do not invalidate anything (e.g. CURP sex X)
 * @param defects            rules that failed on this record (their criteria are UNKNOWN with a rule-defect
 *                           finding); not written: for the errors output of a batch and for operators
 */
public record Decision(
        String decisionId,
        String householdId,
        LocalDate evaluationDate,
        Instant decidedAt,
        RuleSetRef ruleSet,
        String inputSha256,
        Map<String, Object> parameterOverrides,
        List<Result> results,
        List<Question> questions,
        List<InputError> errors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InputError> warnings,
        @JsonIgnore List<RuleDefect> defects) {

    /** A decision no rule failed on. */
    public Decision(
            String decisionId,
            String householdId,
            LocalDate evaluationDate,
            Instant decidedAt,
            RuleSetRef ruleSet,
            String inputSha256,
            Map<String, Object> parameterOverrides,
            List<Result> results,
            List<Question> questions,
            List<InputError> errors,
            List<InputError> warnings) {
        this(
                decisionId,
                householdId,
                evaluationDate,
                decidedAt,
                ruleSet,
                inputSha256,
                parameterOverrides,
                results,
                questions,
                errors,
                warnings,
                List.of());
    }

    /** The decision as every mapper writes it: shape 2 (docs/decision-shape.md). */
    @JsonValue
    public FullDecision written() {
        return FullDecision.of(this);
    }
}
