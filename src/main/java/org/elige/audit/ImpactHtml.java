package org.elige.audit;

import java.util.Map;
import org.elige.model.Words;

/**
 * The impact report as one self-contained HTML page for a program manager: the summary, counts per
 * program and per state, the total benefit change, then every change with the criteria and
 * parameters behind it.
 */
public final class ImpactHtml {

    private ImpactHtml() {}

    public static String render(ImpactReport r, String lang) {
        Impact impact = r.impact();
        Html h = new Html(lang, org.elige.model.Messages.get(lang, "audit.impact.title"));
        h.el("p", h.m("audit.impact.base", r.base(), r.baseId() + " " + r.baseLabel()));
        h.el("p", h.m("audit.impact.candidate", r.candidate(), r.candidateId() + " " + r.candidateLabel()));
        h.el("p", r.summary(lang));
        h.el("p", h.m("audit.impact.total", Tally.money(impact.total().benefit())));
        table(h, "audit.impact.by_program", "audit.impact.program", impact.byProgram(), k -> k);
        table(h, "audit.impact.by_state", "audit.impact.state", impact.byState(), k -> ImpactReport.state(lang, k));
        h.el("h2", h.m(impact.changes().isEmpty() ? "audit.impact.none" : "audit.impact.changes"));
        if (!impact.changes().isEmpty()) {
            h.raw("<table>\n")
                    .row(
                            "",
                            true,
                            h.m("audit.impact.household"),
                            h.m("audit.impact.state"),
                            h.m("audit.impact.program"),
                            h.m("audit.impact.unit"),
                            h.m("audit.impact.outcome"),
                            h.m("audit.html.benefit"),
                            h.m("audit.impact.criteria"),
                            h.m("audit.impact.parameters"));
            for (Change c : impact.changes()) {
                h.row(
                        "",
                        false,
                        c.householdId(),
                        ImpactReport.state(lang, c.state()),
                        c.program(),
                        Words.unit(lang, c.unitKind(), c.unitId(), null),
                        Words.outcome(lang, c.outcomeBefore()) + " → " + Words.outcome(lang, c.outcomeAfter()),
                        ImpactReport.amount(lang, c.benefitBefore(), c.benefitUnit()) + " → "
                                + ImpactReport.amount(lang, c.benefitAfter(), c.benefitUnit()),
                        String.join(
                                "\n",
                                c.criteria().stream()
                                        .map(x -> ImpactReport.statuses(lang, x))
                                        .toList()),
                        String.join("\n", c.parameters()));
            }
            h.raw("</table>\n");
        }
        return h.end(r.base() + " → " + r.candidate());
    }

    private static void table(
            Html h,
            String title,
            String column,
            Map<String, Tally> rows,
            java.util.function.UnaryOperator<String> label) {
        h.el("h2", h.m(title))
                .raw("<table>\n")
                .row(
                        "",
                        true,
                        h.m(column),
                        h.m("audit.impact.changed"),
                        h.m("audit.impact.gained"),
                        h.m("audit.impact.lost"),
                        h.m("audit.impact.benefit_change"));
        rows.forEach((k, t) -> h.row(
                "",
                false,
                label.apply(k),
                String.valueOf(t.changed()),
                String.valueOf(t.gained()),
                String.valueOf(t.lost()),
                Tally.money(t.benefit())));
        h.raw("</table>\n");
    }
}
