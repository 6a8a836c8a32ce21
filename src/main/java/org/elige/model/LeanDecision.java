package org.elige.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision without explanations, for caseload runs: per result the outcome, the benefit amount,
 * each criterion's status, the missing facts and the conflicts. Ids and hashes still say exactly
 * what produced it, so the full decision can be replayed on demand. It has no questions: they are
 * words for a caseworker, and a caseload's missing facts are its results' {@code missing} pointers.
 */
public record LeanDecision(
        String decisionId,
        String householdId,
        LocalDate evaluationDate,
        String ruleSet,
        String inputSha256,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> parameterOverrides,
        List<Lean> results,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InputError> errors) {

    /** One result, lean. */
    public record Lean(
            String program,
            UnitRef unit,
            Outcome outcome,
            BigDecimal benefit,
            Map<String, Status> criteria,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> conflictsWith) {}

    public static LeanDecision of(Decision d) {
        List<Lean> results = d.results().stream()
                .map(r -> {
                    Map<String, Status> criteria = new LinkedHashMap<>();
                    r.criteria().forEach(f -> criteria.put(f.id(), f.status()));
                    return new Lean(
                            r.program(),
                            r.unit(),
                            r.outcome(),
                            r.benefit() == null ? null : r.benefit().amount(),
                            criteria,
                            r.missing(),
                            r.conflictsWith());
                })
                .toList();
        return new LeanDecision(
                d.decisionId(),
                d.householdId(),
                d.evaluationDate(),
                d.ruleSet().id(),
                d.inputSha256(),
                d.parameterOverrides(),
                results,
                d.errors());
    }
}
