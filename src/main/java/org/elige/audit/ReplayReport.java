package org.elige.audit;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.elige.input.Json;
import org.elige.model.Messages;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replays of a set of logged decisions, and their summary as text or JSON: first whether the
 * log's chain was verified intact, then the decisions whose outcome or benefit changed, then those
 * whose reasons changed, then those whose wording alone changed.
 */
public final class ReplayReport {
    private final List<ReplayResult> results = new ArrayList<>();
    private final String rules;
    private final String rulesLabel;
    private Verification chain;

    /** @param rules the rule set every decision was replayed under, or null for each one's own */
    public ReplayReport(String rules, String rulesLabel) {
        this.rules = rules;
        this.rulesLabel = rulesLabel;
    }

    public void add(ReplayResult r) {
        results.add(r);
    }

    /** The verification of the log's chain made before replaying, told first; none when not verified. */
    public void chain(Verification v) {
        this.chain = v;
    }

    public List<ReplayResult> results() {
        return results;
    }

    /** The results in the order they are told: outcome changes, reason changes, wording changes, errors, identical. */
    public List<ReplayResult> ordered() {
        return results.stream()
                .sorted(Comparator.comparingInt(ReplayReport::rank))
                .toList();
    }

    static int rank(ReplayResult r) {
        return switch (r.verdict()) {
            case DIFFERENT -> r.change().ordinal();
            case ERROR -> ReplayResult.Change.values().length;
            case IDENTICAL -> ReplayResult.Change.values().length + 1;
        };
    }

    public long count(ReplayResult.Verdict v) {
        return results.stream().filter(r -> r.verdict() == v).count();
    }

    public long count(ReplayResult.Change c) {
        return results.stream().filter(r -> r.change() == c).count();
    }

    /** Whether the log's chain is intact, or where it breaks; null when it was not verified. */
    String chainLine(String lang) {
        if (chain == null) {
            return null;
        }
        if (chain.intact()) {
            return Messages.get(lang, "audit.replay.chain.intact", chain.records());
        }
        Verification.Problem p = chain.problem();
        return Messages.get(lang, "audit.replay.chain.forced", p.seq(), String.valueOf(p.decisionId()));
    }

    /** False when the log's chain was verified and found broken (and replayed with --force). */
    public boolean chainIntact() {
        return chain == null || chain.intact();
    }

    /** The differences by what they touch; null when nothing came out differently. */
    String changesLine(String lang) {
        long different = count(ReplayResult.Verdict.DIFFERENT);
        return different == 0
                ? null
                : Messages.get(
                        lang,
                        "audit.replay.changes",
                        different,
                        count(ReplayResult.Change.OUTCOME),
                        count(ReplayResult.Change.REASONS),
                        count(ReplayResult.Change.WORDING));
    }

    /** The heading of a group of {@link #ordered} results: a change, errors, or identical. */
    static String group(String lang, ReplayResult r) {
        return r.verdict() == ReplayResult.Verdict.DIFFERENT
                ? Messages.get(lang, "audit.replay.group." + r.change())
                : Messages.get(lang, "audit.replay.group." + r.verdict());
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

    /**
     * The chain's verification, then one line per decision (verdict, id, household, evaluation
     * date, first difference or error) grouped under a heading with its count, outcome changes
     * first, then the summary.
     */
    public void text(PrintWriter out, String lang) {
        if (chainLine(lang) != null) {
            out.println(chainLine(lang));
        }
        out.println(Messages.get(lang, "audit.replay.title") + " — " + rulesLine(lang));
        String heading = null;
        for (ReplayResult r : ordered()) {
            if (!group(lang, r).equals(heading)) {
                heading = group(lang, r);
                long n = results.stream().filter(x -> rank(x) == rank(r)).count();
                out.println();
                out.println(heading + " (" + n + "):");
            }
            String detail = r.difference() != null
                    ? r.difference().describe(lang)
                    : r.error() != null ? r.error().in(lang) : "";
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
        if (changesLine(lang) != null) {
            out.println(changesLine(lang));
        }
    }

    public void json(PrintWriter out) {
        ObjectNode root = Json.WRITER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("replayed", results.size());
        summary.put("identical", count(ReplayResult.Verdict.IDENTICAL));
        summary.put("different", count(ReplayResult.Verdict.DIFFERENT));
        summary.put("errors", count(ReplayResult.Verdict.ERROR));
        summary.put("outcome_changes", count(ReplayResult.Change.OUTCOME));
        summary.put("reason_changes", count(ReplayResult.Change.REASONS));
        summary.put("wording_changes", count(ReplayResult.Change.WORDING));
        summary.put("rule_set", rules == null ? "own" : rules);
        if (chain != null) {
            ObjectNode c = root.putObject("chain");
            c.put("intact", chain.intact());
            c.put("records", chain.records());
            if (!chain.intact()) {
                c.put("broken_at", chain.problem().seq());
                c.put("decision_id", chain.problem().decisionId());
            }
        }
        ArrayNode decisions = root.putArray("decisions");
        for (ReplayResult r : results) {
            ObjectNode d = decisions.addObject();
            d.put("decision_id", r.decisionId());
            d.put("household_id", r.householdId());
            d.put("evaluation_date", r.evaluationDate());
            d.put("decided_at", r.decidedAt());
            d.put("rule_set", r.ruleSetId());
            d.put("verdict", r.verdict().name());
            d.put("change", r.change() == null ? null : r.change().name());
            d.set("difference", r.difference() == null ? null : Json.WRITER.valueToTree(r.difference()));
            d.put("error", r.error() == null ? null : r.error().en());
        }
        out.println(Json.PRETTY.writeValueAsString(root));
    }
}
