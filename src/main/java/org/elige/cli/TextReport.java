package org.elige.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.elige.engine.Questions;
import org.elige.model.Benefit;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Question;
import org.elige.model.Result;
import org.elige.model.Status;
import org.elige.model.Words;
import org.elige.prospects.Change;
import org.elige.prospects.Prospect;
import org.elige.prospects.Prospects;
import tools.jackson.databind.JsonNode;

/**
 * A decision as a caseworker reads it at a terminal: per unit, the open and positive results in
 * full, each NOT_ELIGIBLE on one line with its failed criteria, the programs that do not apply here
 * folded into one line; then the facts to ask for, in words, the one that would settle the most
 * undetermined results first.
 */
final class TextReport {
    private static final List<Outcome> ORDER = List.of(
            Outcome.ELIGIBLE,
            Outcome.ELIGIBLE_TO_APPLY,
            Outcome.CONFLICT,
            Outcome.UNDETERMINED,
            Outcome.DATA_ERROR,
            Outcome.NOT_ELIGIBLE);
    private final PrintWriter out;
    private final String lang;

    private final JsonNode record;
    private final Map<String, String> names = new LinkedHashMap<>();
    /** What would open each result, by program and unit; empty when not asked for. */
    private final Map<String, Prospect> prospects = new LinkedHashMap<>();

    /** @param record the household record decided: it names the people, and the fields errors point at */
    TextReport(PrintWriter out, String lang, JsonNode record) {
        this.out = out;
        this.lang = lang;
        this.record = record;
        for (JsonNode m : record.path("members")) {
            String name = Words.member(m);
            if (!name.isEmpty()) {
                names.put("PERSON " + m.path("member_id").asString(""), name);
                names.put("PRODUCER " + m.path("member_id").asString(""), name);
            }
        }
    }

    /** The decision, and under each result that is not positive what would open it (issue 18). */
    void print(Decision d, Prospects p) {
        if (p != null) {
            p.items()
                    .forEach(x -> prospects.put(
                            x.program() + " " + x.unit().kind() + " " + x.unit().id(), x));
        }
        print(d);
    }

    void print(Decision d) {
        out.println(m(
                "report.header",
                d.householdId(),
                d.evaluationDate().toString(),
                d.ruleSet().label(),
                d.ruleSet().id().substring(0, 19)));
        if (!d.parameterOverrides().isEmpty()) {
            out.println(m(
                    "report.overrides",
                    d.parameterOverrides().entrySet().stream()
                            .map(e -> e.getKey() + " = " + e.getValue())
                            .collect(Collectors.joining(", "))));
        }
        errors(d.errors(), "report.errors");
        errors(d.warnings(), "report.warnings");
        Map<String, List<Result>> byUnit = new LinkedHashMap<>();
        d.results()
                .forEach(r -> byUnit.computeIfAbsent(
                                r.unit().kind() + " " + r.unit().id(), k -> new ArrayList<>())
                        .add(r));
        byUnit.forEach(this::unit);
        askFor(d);
    }

    private void errors(List<InputError> errors, String heading) {
        if (errors.isEmpty()) {
            return;
        }
        out.println();
        out.println(m(heading, errors.size()));
        errors.forEach(e -> {
            String field =
                    e.path().isEmpty() ? "" : Questions.named(e.path(), record).in(lang) + ": ";
            out.println("  " + field + e.message().in(lang));
        });
    }

    private void unit(String key, List<Result> results) {
        out.println();
        Result first = results.get(0);
        String name = names.get(first.unit().kind() + " " + first.unit().id());
        out.println(m("unit." + first.unit().kind(), first.unit().id()) + (name == null ? "" : " · " + name));
        for (Outcome o : ORDER) {
            results.stream()
                    .filter(r -> r.outcome() == o && !r.notApplicableHere())
                    .forEach(r -> {
                        if (o == Outcome.NOT_ELIGIBLE) {
                            closed(r);
                        } else {
                            open(r);
                        }
                    });
        }
        List<String> notHere = results.stream()
                .filter(Result::notApplicableHere)
                .map(r -> r.programName().in(lang))
                .toList();
        if (!notHere.isEmpty()) {
            out.println("  " + m("report.not_here", notHere.size(), String.join("; ", notHere)));
        }
    }

    private void open(Result r) {
        out.println("  " + badge(r) + "  " + r.programName().in(lang) + benefit(r.benefit()));
        if (r.benefit() != null
                && r.benefit().note() != null
                && !r.benefit().note().in(lang).isBlank()) {
            out.println("      " + r.benefit().note().in(lang));
        }
        if (!r.conflictsWith().isEmpty()) {
            out.println("      " + m("report.conflict", String.join(", ", r.conflictsWith())));
        }
        if (r.reason() != null) {
            out.println("      " + r.reason().in(lang));
        }
        for (Finding f : r.criteria()) {
            if (r.outcome() != Outcome.UNDETERMINED || r.decisive().contains(f.id())) {
                out.println("      " + mark(f.status()) + " " + f.id() + "  "
                        + f.explanation().in(lang));
            }
        }
        prospect(r);
    }

    /** When the result would open, and each single change that would open it today. */
    private void prospect(Result r) {
        Prospect p = prospects.get(
                r.program() + " " + r.unit().kind() + " " + r.unit().id());
        if (p == null) {
            return;
        }
        if (p.eligibleFrom() != null) {
            out.println("      → " + p.eligibleFrom().explanation().in(lang));
        }
        for (Change c : p.wouldQualifyIf()) {
            out.println("      → " + c.explanation().in(lang));
        }
    }

    private void closed(Result r) {
        StringBuilder failed = new StringBuilder();
        r.criteria().stream()
                .filter(f -> r.decisive().contains(f.id()))
                .forEach(f -> failed.append(failed.length() == 0 ? "" : " ")
                        .append(f.id())
                        .append(" ")
                        .append(f.explanation().in(lang)));
        out.println("  " + badge(r) + "  " + r.programName().in(lang) + ": " + failed);
        prospect(r);
    }

    /** The decision's questions, in words, the one that settles the most results first. */
    private void askFor(Decision d) {
        if (d.questions().isEmpty()) {
            return;
        }
        out.println();
        out.println(m("report.ask_for"));
        for (Question q : d.questions()) {
            out.println("  - " + q.text().in(lang) + "  "
                    + m("report.settles", q.settles().size()));
        }
    }

    private String badge(Result r) {
        return "[" + m("outcome." + r.outcome().name()) + "]";
    }

    private String benefit(Benefit b) {
        if (b == null || b.amount() == null) {
            return b != null && !b.items().isEmpty()
                    ? ": "
                            + String.join(
                                    ", ", b.items().stream().map(this::item).toList())
                    : "";
        }
        String per = Words.per(lang, b.unit());
        return String.format(" — %,.2f %s%s", b.amount(), per, b.periods() == null ? "" : " × " + b.periods());
    }

    /** A benefit item (a work, a stratum) in words. */
    private String item(String code) {
        String name = Messages.code(lang, null, code);
        return name == null ? code : name;
    }

    private static String mark(Status s) {
        return s == Status.PASSED ? "✔" : s == Status.FAILED ? "✘" : s == Status.NOT_APPLICABLE ? "–" : "?";
    }

    private String m(String key, Object... args) {
        return Messages.get(lang, key, args);
    }
}
