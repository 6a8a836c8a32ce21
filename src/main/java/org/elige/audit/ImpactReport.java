package org.elige.audit;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.elige.input.Json;
import org.elige.model.Messages;
import org.elige.model.Words;
import org.elige.report.Mexico;
import tools.jackson.databind.node.ObjectNode;

/**
 * The impact of a rule change as text (summary, tables per program and state, then each change),
 * JSON, or CSV (one row per change).
 *
 * @param base      what the base rule set was named by (folder or git revision), its id and label
 * @param refused   households that could not be read as records at all
 */
public record ImpactReport(
        Impact impact,
        long refused,
        String base,
        String baseId,
        String baseLabel,
        String candidate,
        String candidateId,
        String candidateLabel) {
    private static final Pattern STATUS = Pattern.compile("\\b(PASSED|FAILED|UNKNOWN|NOT_APPLICABLE)\\b");

    static final String CSV_HEADER = "household_id,state,program,unit_kind,unit_id,outcome_before,outcome_after,"
            + "benefit_before,benefit_after,benefit_unit,benefit_change,criteria,parameters";

    String summary(String lang) {
        return Messages.get(
                lang,
                "audit.impact.summary",
                impact.households(),
                refused,
                impact.changedResults(),
                impact.householdsChanged());
    }

    public void text(PrintWriter out, String lang) {
        out.println(Messages.get(lang, "audit.impact.title"));
        out.println(Messages.get(lang, "audit.impact.base", base, baseId + " " + baseLabel));
        out.println(Messages.get(lang, "audit.impact.candidate", candidate, candidateId + " " + candidateLabel));
        out.println(summary(lang));
        table(out, lang, "audit.impact.by_program", "audit.impact.program", impact.byProgram(), k -> k);
        table(out, lang, "audit.impact.by_state", "audit.impact.state", impact.byState(), k -> state(lang, k));
        out.println();
        out.println(Messages.get(
                lang, "audit.impact.total", Tally.money(impact.total().benefit())));
        out.println();
        out.println(Messages.get(lang, impact.changes().isEmpty() ? "audit.impact.none" : "audit.impact.changes"));
        for (Change c : impact.changes()) {
            out.printf(
                    "  %s (%s) %s · %s: %s → %s; %s → %s%s%s%n",
                    c.householdId(),
                    state(lang, c.state()),
                    c.program(),
                    Words.unit(lang, c.unitKind(), c.unitId(), null),
                    Words.outcome(lang, c.outcomeBefore()),
                    Words.outcome(lang, c.outcomeAfter()),
                    amount(lang, c.benefitBefore(), c.benefitUnit()),
                    amount(lang, c.benefitAfter(), c.benefitUnit()),
                    c.criteria().isEmpty()
                            ? ""
                            : "; "
                                    + c.criteria().stream()
                                            .map(x -> statuses(lang, x))
                                            .collect(Collectors.joining(", ")),
                    c.parameters().isEmpty() ? "" : "; " + String.join(", ", c.parameters()));
        }
    }

    /** "8,480.17 MXN al mes", "—" for none. */
    static String amount(String lang, BigDecimal amount, String unit) {
        if (amount == null) {
            return "—";
        }
        return String.format(Locale.US, "%,.2f", amount) + (unit == null ? "" : " " + Words.per(lang, unit));
    }

    /** "JCF-01 PASSED → FAILED" as "JCF-01 Cumple → No cumple". */
    static String statuses(String lang, String criterion) {
        return STATUS.matcher(criterion).replaceAll(m -> Words.status(lang, m.group(1)));
    }

    /** A state by its name ("Oaxaca" for 20), or as given when it has none ("?" for a record without one). */
    static String state(String lang, String code) {
        return Mexico.name(lang, code);
    }

    private static void table(
            PrintWriter out,
            String lang,
            String title,
            String column,
            Map<String, Tally> rows,
            java.util.function.UnaryOperator<String> label) {
        out.println();
        out.println(Messages.get(lang, title));
        out.printf(
                "  %-22s %9s %16s %19s  %s%n",
                Messages.get(lang, column),
                Messages.get(lang, "audit.impact.changed"),
                Messages.get(lang, "audit.impact.gained"),
                Messages.get(lang, "audit.impact.lost"),
                Messages.get(lang, "audit.impact.benefit_change"));
        rows.forEach((k, t) -> out.printf(
                "  %-22s %,9d %,16d %,19d  %s%n",
                label.apply(k), t.changed(), t.gained(), t.lost(), Tally.money(t.benefit())));
    }

    public void json(PrintWriter out) {
        ObjectNode root = Json.WRITER.createObjectNode();
        side(root.putObject("base"), base, baseId, baseLabel);
        side(root.putObject("candidate"), candidate, candidateId, candidateLabel);
        ObjectNode s = root.putObject("summary");
        s.put("households", impact.households());
        s.put("refused", refused);
        s.put("changed_results", impact.changedResults());
        s.put("changed_households", impact.householdsChanged());
        s.set("by_program", Json.WRITER.valueToTree(impact.byProgram()));
        s.set("by_state", Json.WRITER.valueToTree(impact.byState()));
        s.set("households_by_state", Json.WRITER.valueToTree(impact.householdsByState()));
        s.set("total_benefit_change", Json.WRITER.valueToTree(impact.total().benefit()));
        root.set("changes", Json.WRITER.valueToTree(impact.changes()));
        out.println(Json.PRETTY.writeValueAsString(root));
    }

    private static void side(ObjectNode o, String source, String id, String label) {
        o.put("source", source);
        o.put("id", id);
        o.put("label", label);
    }

    public void csv(PrintWriter out) {
        out.println(CSV_HEADER);
        for (Change c : impact.changes()) {
            out.println(String.join(
                    ",",
                    cell(c.householdId()),
                    cell(c.state()),
                    cell(c.program()),
                    cell(c.unitKind()),
                    cell(c.unitId()),
                    cell(c.outcomeBefore()),
                    cell(c.outcomeAfter()),
                    cell(c.benefitBefore()),
                    cell(c.benefitAfter()),
                    cell(c.benefitUnit()),
                    cell(c.benefitChange()),
                    cell(String.join("; ", c.criteria())),
                    cell(String.join("; ", c.parameters()))));
        }
    }

    private static String cell(Object o) {
        String s = o == null ? "" : o.toString();
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
