package org.elige.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A full decision as it is written, shape 2 (docs/decision-shape.md): every fact of the
 * {@link Decision}, with what repeats said once. Each parameter in force is described once in the
 * decision's {@code parameters} table (value, valid_from, tag, source) and each criterion names the
 * parameters it used with their values; each program's name and its criteria's citations are said
 * once in the {@code programs} table. A criterion writes no empty {@code parameters} or
 * {@code missing}. Where one name would stand for two different things (a parameter in force from
 * different dates for two programs decided on different dates; a criterion whose citation is not its
 * program's), the difference is written, never dropped: such a parameter has one table entry per use,
 * keyed {@code name@valid_from}, and such a criterion states its own citation.
 */
public record FullDecision(
        int shape,
        String decisionId,
        String householdId,
        LocalDate evaluationDate,
        Instant decidedAt,
        RuleSetRef ruleSet,
        String inputSha256,
        Map<String, Object> parameterOverrides,
        List<FullResult> results,
        List<Question> questions,
        List<InputError> errors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InputError> warnings,
        Map<String, ProgramEntry> programs,
        Map<String, ParamUse> parameters) {

    /** The shape this class writes; a decision without {@code shape} is shape 1 (decision.md). */
    public static final int SHAPE = 2;

    /** Separates a parameter's name from the date of its use in a table key; names never hold it. */
    public static final String USE_MARK = "@";

    /** A program's name and the citation of each of its criteria, said once for every unit. */
    public record ProgramEntry(
            Text name,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> citations) {}

    /**
     * One result: as in shape 1, with {@code program_name} only where it is not the program's (never,
     * from one rule set) and criteria that reference the tables.
     */
    public record FullResult(
            String program,
            @JsonInclude(JsonInclude.Include.NON_NULL) Text programName,
            UnitRef unit,
            Outcome outcome,
            FullBenefit benefit,
            List<FullFinding> criteria,
            List<String> missing,
            List<String> conflictsWith,
            @JsonInclude(JsonInclude.Include.NON_NULL) Text reason,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> decisive,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean notApplicableHere) {}

    /** A benefit whose {@code parameters} name table keys with their values. */
    public record FullBenefit(
            BigDecimal amount,
            String unit,
            Integer periods,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> items,
            Text note,
            Map<String, Object> parameters) {}

    /**
     * One criterion: its {@code parameters} map each table key it used to the value, and
     * {@code citation} is written only where it is not the one in its program's table.
     */
    public record FullFinding(
            String id,
            Status status,
            Map<String, Object> facts,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> parameters,
            @JsonInclude(JsonInclude.Include.NON_NULL) Stated citation,
            Text explanation,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing,
            @JsonInclude(JsonInclude.Include.NON_NULL) Text reason) {}

    /** A citation stated on the criterion itself, null included. */
    public record Stated(@JsonValue String text) {}

    /** The decision in shape 2. */
    public static FullDecision of(Decision d) {
        Keys keys = new Keys(d);
        Map<String, ProgramEntry> programs = programs(d);
        List<FullResult> results = new ArrayList<>(d.results().size());
        for (Result r : d.results()) {
            ProgramEntry program = programs.get(r.program());
            List<FullFinding> criteria = new ArrayList<>(r.criteria().size());
            for (Finding f : r.criteria()) {
                String cited = program.citations().get(f.id());
                criteria.add(new FullFinding(
                        f.id(),
                        f.status(),
                        f.facts(),
                        keys.refer(f.parameters()),
                        Objects.equals(cited, f.citation()) ? null : new Stated(f.citation()),
                        f.explanation(),
                        f.missing(),
                        f.reason()));
            }
            Benefit b = r.benefit();
            results.add(new FullResult(
                    r.program(),
                    Objects.equals(program.name(), r.programName()) ? null : r.programName(),
                    r.unit(),
                    r.outcome(),
                    b == null
                            ? null
                            : new FullBenefit(
                                    b.amount(), b.unit(), b.periods(), b.items(), b.note(), keys.refer(b.parameters())),
                    criteria,
                    r.missing(),
                    r.conflictsWith(),
                    r.reason(),
                    r.decisive(),
                    r.notApplicableHere()));
        }
        return new FullDecision(
                SHAPE,
                d.decisionId(),
                d.householdId(),
                d.evaluationDate(),
                d.decidedAt(),
                d.ruleSet(),
                d.inputSha256(),
                d.parameterOverrides(),
                results,
                d.questions(),
                d.errors(),
                d.warnings(),
                programs,
                keys.table);
    }

    /** Each program's name (from its first result) and the first citation each of its criteria gave. */
    private static Map<String, ProgramEntry> programs(Decision d) {
        Map<String, ProgramEntry> programs = new TreeMap<>();
        for (Result r : d.results()) {
            ProgramEntry p =
                    programs.computeIfAbsent(r.program(), k -> new ProgramEntry(r.programName(), new TreeMap<>()));
            for (Finding f : r.criteria()) {
                if (f.citation() != null) {
                    p.citations().putIfAbsent(f.id(), f.citation());
                }
            }
        }
        return programs;
    }

    /**
     * The table key of every parameter use in a decision: the name where the decision uses one value
     * of it, else {@code name@valid_from} ({@code @none} where no value was in force), numbered on
     * should two uses still meet.
     */
    private static final class Keys {
        final Map<String, ParamUse> table = new TreeMap<>();
        private final Map<String, Map<ParamUse, String>> keyOf = new HashMap<>();

        Keys(Decision d) {
            Map<String, Set<ParamUse>> uses = new LinkedHashMap<>();
            for (Result r : d.results()) {
                r.criteria().forEach(f -> collect(f.parameters(), uses));
                if (r.benefit() != null) {
                    collect(r.benefit().parameters(), uses);
                }
            }
            uses.forEach((name, all) -> {
                Map<ParamUse, String> keys = new HashMap<>();
                for (ParamUse use : all) {
                    String key = name;
                    if (all.size() > 1) {
                        String dated = name + USE_MARK + (use.validFrom() == null ? "none" : use.validFrom());
                        key = dated;
                        for (int n = 2; table.containsKey(key); n++) {
                            key = dated + "#" + n;
                        }
                    }
                    table.put(key, use);
                    keys.put(use, key);
                }
                keyOf.put(name, keys);
            });
        }

        private static void collect(Map<String, ParamUse> used, Map<String, Set<ParamUse>> into) {
            if (used != null) {
                used.forEach((name, use) ->
                        into.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(use));
            }
        }

        /** A criterion's or benefit's parameters as table keys to values, in its order. */
        Map<String, Object> refer(Map<String, ParamUse> used) {
            if (used == null) {
                return null;
            }
            Map<String, Object> refs = new LinkedHashMap<>();
            used.forEach((name, use) -> refs.put(keyOf.get(name).get(use), use.value()));
            return refs;
        }
    }
}
