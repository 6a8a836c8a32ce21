package org.elige.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.elige.model.Words;
import org.elige.report.Bins;
import org.elige.report.Charts;
import org.elige.report.Mexico;
import org.elige.report.Page;

/**
 * The impact report as one self-contained HTML page for a director: first a map of Mexico coloured
 * by the monthly benefit change in each state (or by the results changed per 1,000 households),
 * bars per program of results now eligible, no longer eligible and otherwise changed, and a
 * histogram of the benefit change per household, each followed by its table; then every change
 * with the criteria and parameters behind it. States go by name, their INEGI code beside.
 */
public final class ImpactHtml {
    static final String GAINED = "#1a7f37";
    static final String LOST = "#cf222e";
    static final String OTHER = "#8c959f";

    private ImpactHtml() {}

    public static String render(ImpactReport r, String lang) {
        Impact impact = r.impact();
        Page h = new Page(lang, h(lang, "audit.impact.title"));
        h.el("p", h.m("audit.impact.base", r.base(), r.baseId() + " " + r.baseLabel()));
        h.el("p", h.m("audit.impact.candidate", r.candidate(), r.candidateId() + " " + r.candidateLabel()));
        h.el("p", r.summary(lang));
        h.el("p", h.m("audit.impact.total", money(lang, impact.total().benefit())));
        h.el("p", "muted", h.m("charts.monthly.note"));
        states(h, impact);
        programs(h, impact);
        households(h, impact);
        changes(h, impact, lang);
        return h.end(r.base() + " → " + r.candidate());
    }

    /** The two maps (one shown at a time on screen, both printed) and the table of every state. */
    private static void states(Page h, Impact impact) {
        String lang = h.lang();
        h.el("h2", h.m("audit.impact.by_state"));
        List<Charts.Region> benefit = new ArrayList<>();
        List<Charts.Region> rate = new ArrayList<>();
        double most = 0;
        double highest = 0;
        for (String code : Mexico.STATES) {
            Tally t = impact.byState().getOrDefault(code, new Tally());
            long households = impact.householdsByState().getOrDefault(code, 0L);
            double monthly = t.monthly().doubleValue();
            double per1000 = Page.per(t.changed(), households, 1000);
            most = Math.max(most, Math.abs(monthly));
            highest = Math.max(highest, Double.isNaN(per1000) ? 0 : per1000);
            List<String> hover = List.of(
                    Mexico.name(lang, code),
                    h.m("charts.map.households", households),
                    h.m("charts.map.changed", t.changed()),
                    h.m("charts.map.per1000", Double.isNaN(per1000) ? "—" : decimal(per1000)),
                    h.m("charts.map.monthly", signed(t.monthly())));
            benefit.add(new Charts.Region(code, monthly, hover));
            rate.add(new Charts.Region(code, per1000, hover));
        }
        h.raw("<fieldset class=\"switch\"><legend>" + Page.escape(h.m("charts.map.colour")) + "</legend>"
                + "<input type=\"radio\" name=\"metric\" id=\"metric-benefit\" checked>"
                + "<label for=\"metric-benefit\">" + Page.escape(h.m("charts.map.by_benefit")) + "</label>"
                + "<input type=\"radio\" name=\"metric\" id=\"metric-rate\">"
                + "<label for=\"metric-rate\">" + Page.escape(h.m("charts.map.by_rate")) + "</label></fieldset>\n"
                + "<div class=\"maps\"><div class=\"metric-benefit\">\n");
        h.chart(
                "map",
                h.m("charts.map.benefit_caption"),
                Charts.map(benefit, -most, most, Charts.DIVERGING, h.m("charts.map.less"), h.m("charts.map.more")));
        h.raw("</div><div class=\"metric-rate\">\n");
        h.chart(
                "map",
                h.m("charts.map.rate_caption"),
                Charts.map(rate, 0, highest, Charts.SEQUENTIAL, "0", decimal(highest)));
        h.raw("</div></div>\n<table class=\"states\">\n");
        h.row(
                "",
                true,
                h.m("audit.impact.state"),
                h.m("charts.inegi"),
                h.m("charts.households"),
                h.m("audit.impact.changed"),
                h.m("charts.per1000"),
                h.m("audit.impact.gained"),
                h.m("audit.impact.lost"),
                h.m("charts.monthly"),
                h.m("audit.impact.benefit_change"));
        TreeSet<String> codes = new TreeSet<>(Mexico.STATES);
        codes.addAll(impact.byState().keySet());
        codes.addAll(impact.householdsByState().keySet());
        for (String code : codes) {
            Tally t = impact.byState().getOrDefault(code, new Tally());
            long households = impact.householdsByState().getOrDefault(code, 0L);
            double per1000 = Page.per(t.changed(), households, 1000);
            h.row(
                    "",
                    false,
                    Mexico.row(lang, code),
                    code,
                    String.valueOf(households),
                    String.valueOf(t.changed()),
                    Double.isNaN(per1000) ? "—" : decimal(per1000),
                    String.valueOf(t.gained()),
                    String.valueOf(t.lost()),
                    signed(t.monthly()),
                    money(lang, t.benefit()));
        }
        h.raw("</table>\n");
    }

    private static void programs(Page h, Impact impact) {
        h.el("h2", h.m("audit.impact.by_program"));
        List<String> programs = new ArrayList<>(impact.byProgram().keySet());
        List<Long> gained = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        impact.byProgram().values().forEach(t -> {
            gained.add(t.gained());
            lost.add(t.lost());
            other.add(t.changed() - t.gained() - t.lost());
        });
        if (!programs.isEmpty()) {
            h.chart(
                    "programs",
                    h.m("charts.programs_caption"),
                    Charts.bars(
                            programs,
                            List.of(
                                    new Charts.Series(h.m("audit.impact.gained"), gained, GAINED),
                                    new Charts.Series(h.m("audit.impact.lost"), lost, LOST),
                                    new Charts.Series(h.m("charts.other"), other, OTHER)),
                            false),
                    Charts.height(programs.size(), 3));
        }
        h.raw("<table class=\"programs\">\n")
                .row(
                        "",
                        true,
                        h.m("audit.impact.program"),
                        h.m("audit.impact.changed"),
                        h.m("audit.impact.gained"),
                        h.m("audit.impact.lost"),
                        h.m("charts.other"),
                        h.m("charts.monthly"),
                        h.m("audit.impact.benefit_change"));
        impact.byProgram()
                .forEach((k, t) -> h.row(
                        "",
                        false,
                        k,
                        String.valueOf(t.changed()),
                        String.valueOf(t.gained()),
                        String.valueOf(t.lost()),
                        String.valueOf(t.changed() - t.gained() - t.lost()),
                        signed(t.monthly()),
                        money(h.lang(), t.benefit())));
        h.raw("</table>\n");
    }

    /** The histogram of each changed household's monthly benefit change. */
    private static void households(Page h, Impact impact) {
        h.el("h2", h.m("charts.histogram"));
        Bins bins = Bins.of(impact.monthlyByHousehold(), h.m("charts.bin.to"));
        if (!bins.counts().isEmpty()) {
            h.chart(
                    "histogram",
                    h.m("charts.histogram_caption"),
                    Charts.columns(bins.labels(), h.m("charts.households"), bins.counts(), List.of("#57606a"), true));
        }
        h.raw("<table class=\"histogram\">\n").row("", true, h.m("charts.bin"), h.m("charts.households"));
        for (int i = 0; i < bins.counts().size(); i++) {
            h.row("", false, bins.labels().get(i), String.valueOf(bins.counts().get(i)));
        }
        h.raw("</table>\n");
    }

    private static void changes(Page h, Impact impact, String lang) {
        h.el("h2", h.m(impact.changes().isEmpty() ? "audit.impact.none" : "audit.impact.changes"));
        if (impact.changes().isEmpty()) {
            return;
        }
        if (impact.changes().size() < impact.changedResults()) {
            h.el("p", h.m("charts.changes.first", impact.changes().size(), impact.changedResults()));
        }
        h.raw("<table class=\"changes\">\n")
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
                    Mexico.name(lang, c.state()),
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

    private static String decimal(double v) {
        return String.format(Locale.US, "%,.1f", v);
    }

    private static String signed(BigDecimal v) {
        return v.signum() == 0 ? "0.00" : String.format(Locale.US, "%+,.2f", v);
    }

    /** "−8,480.17 MXN al mes; +6,200.00 MXN cada dos meses", or "0": the change per benefit unit, in words. */
    private static String money(String lang, Map<String, BigDecimal> byUnit) {
        if (byUnit.isEmpty()) {
            return "0";
        }
        return String.join(
                "; ",
                byUnit.entrySet().stream()
                        .map(e -> signed(e.getValue()) + " " + Words.per(lang, e.getKey()))
                        .toList());
    }

    private static String h(String lang, String key) {
        return org.elige.model.Messages.get(lang, key);
    }
}
