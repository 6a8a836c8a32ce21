package org.elige.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * ELG005, ELG006 and ELG007: a parameter's dated values must be oldest first, must not overlap,
 * and must leave no dates without a value inside the periods the programs that read it declare
 * they cover ({@code period}, narrowed by the reading rule's {@code @valid_from}/
 * {@code @valid_until}), except periods declared under {@code gaps:} with a reason. On such a date
 * the criterion is UNKNOWN (the result UNDETERMINED) and a benefit amount unknown, never an error.
 */
final class ParameterHistory implements LintRule {

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        List<DrlRule> rules = folder.rules();
        List<Set<String>> reads = rules.stream().map(ParameterUse::readBy).toList();
        for (ParamDecl p : folder.params()) {
            order(p, out);
            List<Period> declared = declaredGaps(p, out);
            if (!p.inForce().isEmpty()) {
                gaps(folder, rules, reads, p, declared, out);
            }
        }
    }

    private static void order(ParamDecl p, List<LintFinding> out) {
        for (int i = 1; i < p.values().size(); i++) {
            ParamDecl.Dated prev = p.values().get(i - 1);
            ParamDecl.Dated v = p.values().get(i);
            if (prev.from() == null || v.from() == null) {
                continue;
            }
            int[] at = p.at(v.pointer() + "/valid_from");
            if (!v.from().isAfter(prev.from())) {
                out.add(LintFinding.of(
                        Code.ELG005,
                        p.file(),
                        at,
                        p.key(),
                        "values are not in date order: " + v.from() + " comes after " + prev.from()
                                + " (list them oldest first, one value per date)"));
            } else if (prev.until() != null && !prev.until().isBefore(v.from())) {
                out.add(LintFinding.of(
                        Code.ELG006,
                        p.file(),
                        at,
                        p.key(),
                        "value from " + v.from() + " overlaps the previous one, valid until " + prev.until()));
            }
        }
    }

    /** The periods declared under {@code gaps:}, each checked: a reason, in order, clear of every value. */
    private static List<Period> declaredGaps(ParamDecl p, List<LintFinding> out) {
        List<Period> gaps = new ArrayList<>();
        for (ParamDecl.Dated g : p.gaps()) {
            Period period = new Period(g.from(), g.until());
            String problem = g.node().path("reason").asString("").isBlank()
                    ? "a declared gap needs a reason (why the sources give no value)"
                    : period.isEmpty()
                            ? "a declared gap ends before it starts"
                            : p.inForce().stream().anyMatch(period::overlaps)
                                    ? "the declared gap " + period + " overlaps a value of the parameter"
                                    : null;
            if (problem != null) {
                out.add(LintFinding.of(Code.ELG019, p.file(), p.at(g.pointer()), p.key(), problem));
            }
            gaps.add(period);
        }
        return gaps;
    }

    private static void gaps(
            RuleFolder folder,
            List<DrlRule> rules,
            List<Set<String>> reads,
            ParamDecl p,
            List<Period> declared,
            List<LintFinding> out) {
        List<Period> covered = new ArrayList<>(p.inForce());
        covered.addAll(declared);
        List<Period> windows = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            DrlRule r = rules.get(i);
            ProgramDecl program = folder.programOf(r).orElse(null);
            if (program != null && reads.get(i).contains(p.key())) {
                Period w = folder.window(r);
                windows.add(w.from() == null ? new Period(p.inForce().get(0).from(), w.until()) : w);
                owners.add(program.id());
            }
        }
        List<Period> missing = new ArrayList<>();
        windows.forEach(w -> missing.addAll(w.minus(covered)));
        for (Period gap : Period.union(missing)) {
            Set<String> who = new TreeSet<>();
            for (int i = 0; i < windows.size(); i++) {
                if (windows.get(i).overlaps(gap)) {
                    who.add(owners.get(i));
                }
            }
            out.add(LintFinding.of(
                    Code.ELG007,
                    p.file(),
                    p.keyAt(),
                    p.key() + " " + gap,
                    "parameter '" + p.key()
                            + "' has no value for " + gap + ", dates " + String.join(", ", who)
                            + " covers: a criterion reading"
                            + " it is then UNKNOWN and an amount unknown"));
        }
    }
}
