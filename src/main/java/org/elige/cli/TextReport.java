package org.elige.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.model.Benefit;
import org.elige.model.Decision;
import org.elige.model.Finding;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.Status;

/**
 * A decision as a caseworker reads it at a terminal: per unit, the open and positive results in
 * full, each NOT_ELIGIBLE on one line with its failed criteria, then the facts to ask for, the one
 * that would settle the most undetermined results first.
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

    private final Map<String, String> names;

    /** @param names a display name per unit ("PERSON P1" to "GUADALUPE HERNANDEZ"), where known */
    TextReport(PrintWriter out, String lang, Map<String, String> names) {
        this.out = out;
        this.lang = lang;
        this.names = names;
    }

    /** Display names of members and groups from the record. */
    static Map<String, String> names(tools.jackson.databind.JsonNode record) {
        Map<String, String> names = new LinkedHashMap<>();
        for (tools.jackson.databind.JsonNode m : record.path("members")) {
            String name = String.join(
                    " ",
                    java.util.stream.Stream.of("given_names", "first_surname", "second_surname")
                            .map(f -> m.path(f).asString(""))
                            .filter(x -> !x.isBlank())
                            .toList());
            if (!name.isBlank()) {
                names.put("PERSON " + m.path("member_id").asString(""), name);
                names.put("PRODUCER " + m.path("member_id").asString(""), name);
            }
        }
        return names;
    }

    void print(Decision d) {
        out.println(m(
                "report.header",
                d.householdId(),
                d.evaluationDate().toString(),
                d.ruleSet().label(),
                d.ruleSet().id().substring(0, 19)));
        if (!d.parameterOverrides().isEmpty()) {
            out.println(m("report.overrides", d.parameterOverrides().toString()));
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
        errors.forEach(e -> out.println("  " + e.path() + ": " + e.message().in(lang)));
    }

    private void unit(String key, List<Result> results) {
        out.println();
        Result first = results.get(0);
        String name = names.get(first.unit().kind() + " " + first.unit().id());
        out.println(m("unit." + first.unit().kind(), first.unit().id()) + (name == null ? "" : " · " + name));
        for (Outcome o : ORDER) {
            results.stream().filter(r -> r.outcome() == o).forEach(r -> {
                if (o == Outcome.NOT_ELIGIBLE) {
                    closed(r);
                } else {
                    open(r);
                }
            });
        }
    }

    private void open(Result r) {
        out.println(
                "  " + badge(r) + "  " + r.programName().in(lang) + " (" + r.program() + ")" + benefit(r.benefit()));
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
    }

    private void closed(Result r) {
        StringBuilder failed = new StringBuilder();
        r.criteria().stream()
                .filter(f -> r.decisive().contains(f.id()))
                .forEach(f -> failed.append(failed.length() == 0 ? "" : " ")
                        .append(f.id())
                        .append(" ")
                        .append(f.explanation().in(lang)));
        out.println("  " + badge(r) + "  " + r.programName().in(lang) + " (" + r.program() + "): " + failed);
    }

    /** The missing facts of undetermined results, the one that settles the most results first. */
    private void askFor(Decision d) {
        Map<String, Integer> count = new LinkedHashMap<>();
        d.results().stream()
                .filter(r -> r.outcome() == Outcome.UNDETERMINED)
                .forEach(r -> r.missing().forEach(p -> count.merge(p, 1, Integer::sum)));
        if (count.isEmpty()) {
            return;
        }
        out.println();
        out.println(m("report.ask_for"));
        count.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.println("  - " + label(e.getKey()) + "  " + m("report.settles", e.getValue())));
    }

    /** "la fecha de nacimiento (/members/1/birth_date)" where the field has a name in the catalogue. */
    private String label(String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        return Messages.has("fact." + field) ? Messages.get(lang, "fact." + field) + " (" + pointer + ")" : pointer;
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
        String per = Messages.has("benefit.per." + b.unit()) ? m("benefit.per." + b.unit()) : b.unit();
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
