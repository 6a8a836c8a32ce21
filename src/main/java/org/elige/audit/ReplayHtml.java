package org.elige.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elige.model.Words;
import org.elige.report.Charts;
import org.elige.report.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The replay report as one self-contained HTML page: whether the log's chain is intact, the summary
 * counts as a chart (identical, outcome changed, reasons only, wording only, not replayed) and a
 * table, then each decision that came out differently, those whose outcome or benefit changed
 * first, then those whose reasons changed, then those whose wording alone changed, with, for every
 * result that changed, the outcome and benefit before and after and each criterion's status and
 * explanation before and after (changed rows marked); then those that could not be replayed.
 */
public final class ReplayHtml {

    /** Identical green, outcome red, reasons amber, wording blue, not replayed grey. */
    private static final List<String> COLORS = List.of("#1a7f37", "#cf222e", "#bf8700", "#0969da", "#57606a");

    private ReplayHtml() {}

    public static String render(ReplayReport report, String lang, String source) {
        Page h = new Page(lang, h0(lang));
        String chain = report.chainLine(lang);
        if (chain != null) {
            h.el("p", report.chainIntact() ? "IDENTICAL" : "broken", chain);
        }
        h.el("p", report.rulesLine(lang)).el("p", report.summary(lang));
        if (report.changesLine(lang) != null) {
            h.el("p", report.changesLine(lang));
        }
        chart(h, report);
        h.raw("<table class=\"verdicts\">\n");
        for (ReplayResult.Verdict v : ReplayResult.Verdict.values()) {
            h.raw("<tr><th class=\"" + v + "\">" + Page.escape(h.m("audit.verdict." + v)) + "</th><td class=\"n\">"
                    + report.count(v) + "</td></tr>\n");
            if (v == ReplayResult.Verdict.DIFFERENT) {
                for (ReplayResult.Change c : ReplayResult.Change.values()) {
                    h.row("", false, "· " + h.m("audit.replay.group." + c), String.valueOf(report.count(c)));
                }
            }
        }
        h.raw("</table>\n");
        String heading = null;
        for (ReplayResult r : report.ordered()) {
            if (r.verdict() == ReplayResult.Verdict.IDENTICAL) {
                break;
            }
            if (!ReplayReport.group(lang, r).equals(heading)) {
                heading = ReplayReport.group(lang, r);
                h.el("h2", heading);
            }
            h.el(
                    "h3",
                    h.m("audit.replay.decision", r.decisionId(), r.householdId(), r.evaluationDate(), r.decidedAt()));
            if (r.verdict() == ReplayResult.Verdict.DIFFERENT) {
                different(h, r, lang);
            } else {
                h.el("p", "ERROR", r.error().in(lang));
            }
        }
        return h.end(source);
    }

    /** Identical, outcome changed, reasons only, wording only, not replayed: the chart the page opens with. */
    private static void chart(Page h, ReplayReport report) {
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        names.add(h.m("charts.replay.IDENTICAL"));
        counts.add(report.count(ReplayResult.Verdict.IDENTICAL));
        for (ReplayResult.Change c : ReplayResult.Change.values()) {
            names.add(h.m("charts.replay." + c));
            counts.add(report.count(c));
        }
        names.add(h.m("charts.replay.ERROR"));
        counts.add(report.count(ReplayResult.Verdict.ERROR));
        h.chart(
                "verdicts",
                h.m("charts.replay.caption"),
                Charts.columns(names, h.m("charts.decisions"), counts, COLORS, false),
                280);
    }

    private static String h0(String lang) {
        return org.elige.model.Messages.get(lang, "audit.replay.title");
    }

    private static void different(Page h, ReplayResult r, String lang) {
        h.el("p", "DIFFERENT", h.m("audit.replay.first", r.difference().describe(lang)));
        Map<String, JsonNode> before = DecisionDiff.byKey(r.before().path("results"));
        Map<String, JsonNode> after = DecisionDiff.byKey(r.after().path("results"));
        before.forEach((key, b) -> {
            JsonNode a = after.get(key);
            if (!b.equals(a)) {
                result(h, b, a == null ? MissingNode.getInstance() : a, r.record(), lang);
            }
        });
        after.forEach((key, a) -> {
            if (!before.containsKey(key)) {
                result(h, MissingNode.getInstance(), a, r.record(), lang);
            }
        });
    }

    /** A result before and after: its outcome and benefit, and each criterion's status and explanation. */
    static void result(Page h, JsonNode b, JsonNode a, JsonNode record, String lang) {
        JsonNode some = b.isMissingNode() ? a : b;
        String kind = some.at("/unit/kind").asString();
        String unit = some.at("/unit/id").asString();
        h.el(
                "h4",
                h.m(
                        "audit.replay.outcome",
                        some.path("program").asString(),
                        Words.unit(lang, kind, unit, Words.name(record, kind, unit)),
                        outcome(lang, b),
                        outcome(lang, a)));
        h.raw("<table>\n").row("", true, "", h.m("audit.html.before"), h.m("audit.html.after"));
        h.row(
                b.path("benefit").equals(a.path("benefit")) ? "" : "changed",
                false,
                h.m("audit.html.benefit"),
                benefit(lang, b.path("benefit")),
                benefit(lang, a.path("benefit")));
        h.raw("</table>\n<table>\n")
                .row(
                        "",
                        true,
                        h.m("audit.html.criterion"),
                        h.m("audit.html.status") + " · " + h.m("audit.html.before"),
                        h.m("audit.html.status") + " · " + h.m("audit.html.after"),
                        h.m("audit.html.explanation") + " · " + h.m("audit.html.before"),
                        h.m("audit.html.explanation") + " · " + h.m("audit.html.after"));
        Map<String, JsonNode> cb = DecisionDiff.byId(b.path("criteria"));
        Map<String, JsonNode> ca = DecisionDiff.byId(a.path("criteria"));
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(cb.keySet());
        ids.addAll(ca.keySet());
        for (String id : ids) {
            JsonNode x = cb.getOrDefault(id, MissingNode.getInstance());
            JsonNode y = ca.getOrDefault(id, MissingNode.getInstance());
            h.row(
                    x.equals(y) ? "" : "changed",
                    false,
                    id,
                    x.isMissingNode()
                            ? "—"
                            : Words.status(lang, x.path("status").asString()),
                    y.isMissingNode()
                            ? "—"
                            : Words.status(lang, y.path("status").asString()),
                    x.at("/explanation/" + lang).asString(""),
                    y.at("/explanation/" + lang).asString(""));
        }
        h.raw("</table>\n");
    }

    private static String outcome(String lang, JsonNode result) {
        return Words.outcome(
                lang, result.isMissingNode() ? null : result.path("outcome").asString());
    }

    /** "8480.17 MXN al mes × 12", the unit in words where the catalogue has it. */
    static String benefit(String lang, JsonNode b) {
        if (b.isMissingNode() || b.isNull()) {
            return "—";
        }
        String amount = b.path("amount").isNull() || b.path("amount").isMissingNode()
                ? "?"
                : b.path("amount").asString();
        String unit = b.path("unit").asString("");
        return amount + " " + Words.per(lang, unit)
                + (b.path("periods").isNumber() ? " × " + b.path("periods").asString() : "");
    }
}
