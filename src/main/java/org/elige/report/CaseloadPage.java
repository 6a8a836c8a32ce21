package org.elige.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.elige.model.Outcome;
import org.elige.model.Words;

/**
 * The report of one batch as a self-contained HTML page: outcomes per program as stacked bars, the
 * share of households eligible for some program per state on the map, and the facts to ask for
 * that would settle the most UNDETERMINED results, each chart followed by its table.
 */
public final class CaseloadPage {
    /** ELIGIBLE, ELIGIBLE_TO_APPLY, NOT_ELIGIBLE, CONFLICT, UNDETERMINED, DATA_ERROR. */
    static final Map<Outcome, String> COLORS = Map.of(
            Outcome.ELIGIBLE, "#1a7f37",
            Outcome.ELIGIBLE_TO_APPLY, "#4ac26b",
            Outcome.NOT_ELIGIBLE, "#afb8c1",
            Outcome.CONFLICT, "#8250df",
            Outcome.UNDETERMINED, "#d4a72c",
            Outcome.DATA_ERROR, "#cf222e");

    static final int ASKS = 10;

    private CaseloadPage() {}

    /**
     * @param rules  the rule set's label and id
     * @param source what was decided (the input file)
     */
    public static String render(Caseload c, String lang, String rules, String source) {
        Page h = new Page(lang, org.elige.model.Messages.get(lang, "charts.caseload.title"));
        long households =
                c.households().values().stream().mapToLong(Long::longValue).sum();
        long eligible =
                c.eligible().values().stream().mapToLong(Long::longValue).sum();
        h.el("p", h.m("charts.caseload.rules", rules));
        h.el("p", h.m("charts.caseload.summary", households, eligible));
        programs(h, c);
        states(h, c);
        asks(h, c);
        return h.end(source);
    }

    private static void programs(Page h, Caseload c) {
        String lang = h.lang();
        h.el("h2", h.m("charts.caseload.by_program"));
        List<String> programs = new ArrayList<>(c.outcomes().keySet());
        List<Charts.Series> series = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            List<Long> values = programs.stream()
                    .map(p -> c.outcomes().get(p).getOrDefault(o, 0L))
                    .toList();
            series.add(new Charts.Series(Words.outcome(lang, o.name()), values, COLORS.get(o)));
        }
        if (!programs.isEmpty()) {
            h.chart(
                    "programs",
                    h.m("charts.caseload.programs_caption"),
                    Charts.bars(programs, series, true),
                    Charts.height(programs.size(), 1));
        }
        List<String> head = new ArrayList<>(List.of(h.m("audit.impact.program"), h.m("charts.caseload.name")));
        for (Outcome o : Outcome.values()) {
            head.add(Words.outcome(lang, o.name()));
        }
        h.raw("<table class=\"programs\">\n").row("", true, head.toArray(String[]::new));
        for (String p : programs) {
            List<String> cells = new ArrayList<>(
                    List.of(p, c.program(p) == null ? "" : c.program(p).in(lang)));
            for (Outcome o : Outcome.values()) {
                cells.add(String.valueOf(c.outcomes().get(p).getOrDefault(o, 0L)));
            }
            h.row("", false, cells.toArray(String[]::new));
        }
        h.raw("</table>\n");
    }

    private static void states(Page h, Caseload c) {
        String lang = h.lang();
        h.el("h2", h.m("charts.caseload.by_state"));
        List<Charts.Region> regions = new ArrayList<>();
        for (String code : Mexico.STATES) {
            long n = c.households().getOrDefault(code, 0L);
            long e = c.eligible().getOrDefault(code, 0L);
            double rate = Page.per(e, n, 100);
            regions.add(new Charts.Region(
                    code,
                    rate,
                    List.of(
                            Mexico.name(lang, code),
                            h.m("charts.map.households", n),
                            h.m("charts.caseload.map.eligible", e),
                            h.m("charts.caseload.map.rate", Double.isNaN(rate) ? "—" : percent(rate)))));
        }
        // the scale spans the states' own rates, so that differences between them show
        double low = Math.floor(regions.stream()
                .mapToDouble(Charts.Region::value)
                .filter(v -> !Double.isNaN(v))
                .min()
                .orElse(0));
        double high = Math.ceil(regions.stream()
                .mapToDouble(Charts.Region::value)
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(100));
        h.chart(
                "map",
                h.m("charts.caseload.map_caption"),
                Charts.map(regions, low, high, Charts.SEQUENTIAL, percent(low), percent(high)));
        h.raw("<table class=\"states\">\n")
                .row(
                        "",
                        true,
                        h.m("audit.impact.state"),
                        h.m("charts.inegi"),
                        h.m("charts.households"),
                        h.m("charts.caseload.eligible"),
                        h.m("charts.caseload.rate"));
        TreeSet<String> codes = new TreeSet<>(Mexico.STATES);
        codes.addAll(c.households().keySet());
        for (String code : codes) {
            long n = c.households().getOrDefault(code, 0L);
            long e = c.eligible().getOrDefault(code, 0L);
            double rate = Page.per(e, n, 100);
            h.row(
                    "",
                    false,
                    Mexico.row(lang, code),
                    code,
                    String.valueOf(n),
                    String.valueOf(e),
                    Double.isNaN(rate) ? "—" : percent(rate));
        }
        h.raw("</table>\n");
    }

    private static void asks(Page h, Caseload c) {
        String lang = h.lang();
        h.el("h2", h.m("charts.caseload.ask_for"));
        List<Caseload.Ask> asks = c.asks(ASKS);
        if (asks.isEmpty()) {
            h.el("p", h.m("charts.caseload.nothing_to_ask"));
            return;
        }
        List<String> labels = asks.stream().map(a -> a.label().in(lang)).toList();
        h.chart(
                "asks",
                h.m("charts.caseload.asks_caption"),
                Charts.bars(
                        labels,
                        List.of(new Charts.Series(
                                h.m("charts.caseload.settles"),
                                asks.stream().map(Caseload.Ask::results).toList(),
                                COLORS.get(Outcome.UNDETERMINED))),
                        false),
                Charts.height(asks.size(), 1));
        h.raw("<table class=\"asks\">\n")
                .row("", true, h.m("charts.caseload.fact"), h.m("charts.caseload.settles"), h.m("charts.households"));
        for (Caseload.Ask a : asks) {
            h.row("", false, a.label().in(lang), String.valueOf(a.results()), String.valueOf(a.households()));
        }
        h.raw("</table>\n");
    }

    private static String percent(double v) {
        return String.format(Locale.US, "%.1f%%", v);
    }
}
