package org.elige.audit;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.elige.input.Json;
import org.elige.model.Messages;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The replays of a set of logged decisions, and their summary as text or JSON. */
public final class ReplayReport {
    private final List<ReplayResult> results = new ArrayList<>();
    private final String rules;
    private final String rulesLabel;

    /** @param rules the rule set every decision was replayed under, or null for each one's own */
    public ReplayReport(String rules, String rulesLabel) {
        this.rules = rules;
        this.rulesLabel = rulesLabel;
    }

    public void add(ReplayResult r) {
        results.add(r);
    }

    public List<ReplayResult> results() {
        return results;
    }

    public long count(ReplayResult.Verdict v) {
        return results.stream().filter(r -> r.verdict() == v).count();
    }

    String rulesLine(String lang) {
        return rules == null
                ? Messages.get(lang, "audit.replay.own")
                : Messages.get(lang, "audit.replay.other", rules, rulesLabel);
    }

    String summary(String lang) {
        return Messages.get(
                lang,
                "audit.replay.summary",
                results.size(),
                count(ReplayResult.Verdict.IDENTICAL),
                count(ReplayResult.Verdict.DIFFERENT),
                count(ReplayResult.Verdict.ERROR));
    }

    /** One line per decision (verdict, id, household, evaluation date, first difference or error), then the summary. */
    public void text(PrintWriter out, String lang) {
        out.println(Messages.get(lang, "audit.replay.title") + " — " + rulesLine(lang));
        for (ReplayResult r : results) {
            String detail = r.difference() != null ? r.difference().describe() : r.error() != null ? r.error() : "";
            out.printf(
                    "%-10s %s %s %s%s%n",
                    Messages.get(lang, "audit.verdict." + r.verdict()),
                    r.decisionId(),
                    r.householdId(),
                    r.evaluationDate(),
                    detail.isEmpty() ? "" : "  " + detail);
        }
        out.println();
        out.println(summary(lang));
    }

    public void json(PrintWriter out) {
        ObjectNode root = Json.WRITER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("replayed", results.size());
        summary.put("identical", count(ReplayResult.Verdict.IDENTICAL));
        summary.put("different", count(ReplayResult.Verdict.DIFFERENT));
        summary.put("errors", count(ReplayResult.Verdict.ERROR));
        summary.put("rule_set", rules == null ? "own" : rules);
        ArrayNode decisions = root.putArray("decisions");
        for (ReplayResult r : results) {
            ObjectNode d = decisions.addObject();
            d.put("decision_id", r.decisionId());
            d.put("household_id", r.householdId());
            d.put("evaluation_date", r.evaluationDate());
            d.put("decided_at", r.decidedAt());
            d.put("rule_set", r.ruleSetId());
            d.put("verdict", r.verdict().name());
            d.set("difference", r.difference() == null ? null : Json.WRITER.valueToTree(r.difference()));
            d.put("error", r.error());
        }
        out.println(Json.PRETTY.writeValueAsString(root));
    }
}
