package org.elige.lint;

import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * ELG016, ELG017 and ELG020: rule shapes known to misfire in Drools 10: an {@code exists} or
 * {@code not} with another inside it; a criterion rule whose pattern has constraints, so a unit it
 * does not match (or a null field) gets no finding at all; and time attributes
 * ({@code date-effective}, {@code timer}, ...) that Drools checks against the machine clock, so a
 * replay of a past decision silently uses today's rules.
 */
final class PatternShapes implements LintRule {
    private static final Set<String> CLOCK = Set.of("date-effective", "date-expires", "timer", "calendars", "duration");

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        for (DrlRule r : folder.rules()) {
            walk(r, r.descr().getLhs(), false, out);
            clock(r, out);
        }
    }

    private static void clock(DrlRule r, List<LintFinding> out) {
        r.descr().getAttributes().forEach((name, attribute) -> {
            if (CLOCK.contains(name)) {
                out.add(LintFinding.of(
                        Code.ELG020,
                        r.file(),
                        at(r, attribute),
                        r.name() + ": " + name,
                        "rule \"" + r.name() + "\" uses " + name
                                + ", which Drools checks against the machine clock, not the evaluation date"));
            }
        });
    }

    private static void walk(DrlRule r, BaseDescr d, boolean quantified, List<LintFinding> out) {
        if (d == null) {
            return;
        }
        boolean quantifier = d instanceof ExistsDescr || d instanceof NotDescr;
        if (quantifier && !quantified && nested(d)) {
            out.add(LintFinding.of(
                    Code.ELG016,
                    r.file(),
                    at(r, d),
                    r.name(),
                    "rule \"" + r.name() + "\" nests " + "exists/not inside "
                            + (d instanceof ExistsDescr ? "exists" : "not")));
        }
        if (d instanceof PatternDescr p) {
            constraints(r, p, out);
            walk(r, p.getSource(), quantified || quantifier, out);
        }
        for (BaseDescr child : children(d)) {
            walk(r, child, quantified || quantifier, out);
        }
    }

    private static boolean nested(BaseDescr d) {
        for (BaseDescr child : children(d)) {
            if (child instanceof ExistsDescr || child instanceof NotDescr || nested(child)) {
                return true;
            }
        }
        return d instanceof PatternDescr p && p.getSource() != null && nested(p.getSource());
    }

    private static void constraints(DrlRule r, PatternDescr p, List<LintFinding> out) {
        if (r.criterion() == null
                || !(p.getConstraint() instanceof BaseDescr c)
                || children(c).isEmpty()) {
            return;
        }
        BaseDescr first = children(c).get(0);
        out.add(LintFinding.of(
                Code.ELG017,
                r.file(),
                at(r, first.getLine() > 0 ? first : p),
                r.name(),
                "rule \"" + r.name()
                        + "\" (" + r.criterion() + ") constrains " + p.getObjectType()
                        + "(...) in its conditions: a unit it"
                        + " does not match gets no finding"));
    }

    @SuppressWarnings("unchecked")
    private static List<BaseDescr> children(BaseDescr d) {
        return d instanceof ConditionalElementDescr ce ? (List<BaseDescr>) ce.getDescrs() : List.of();
    }

    private static int[] at(DrlRule r, BaseDescr d) {
        return d.getLine() > 0 ? new int[] {d.getLine(), d.getColumn() + 1} : new int[] {r.line(), 1};
    }
}
