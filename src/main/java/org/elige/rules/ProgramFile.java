package org.elige.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elige.model.Text;
import tools.jackson.databind.JsonNode;

/** Reads a {@code program.yaml}, the decision file of one program. */
final class ProgramFile {
    static final Set<String> UNITS = Set.of("PERSON", "PRODUCER", "GROUP", "HOUSEHOLD", "LOCALITY");
    static final Set<String> AWARDS = Set.of("ELIGIBLE", "ELIGIBLE_TO_APPLY");

    private ProgramFile() {}

    static Program read(YamlFile yaml, String folder, List<Diagnostic> problems) {
        JsonNode root = yaml.root();
        int before = problems.size();
        String id = required(yaml, "id", problems);
        Text name = text(yaml, "/name", problems);
        String unit = oneOf(yaml, "unit", UNITS, problems);
        String award = root.has("award") ? oneOf(yaml, "award", AWARDS, problems) : "ELIGIBLE";
        List<String> criteria = new ArrayList<>();
        root.path("criteria").forEach(c -> criteria.add(c.asString()));
        if (criteria.isEmpty()) {
            problems.add(yaml.error("/criteria", "a program needs a list of 'criteria' ids"));
        }
        Condition when = root.has("eligible_when")
                ? condition(yaml, "/eligible_when", root.get("eligible_when"), problems)
                : new Condition.All(criteria.stream()
                        .<Condition>map(Condition.Criterion::new)
                        .toList());
        for (String c : Condition.ids(when)) {
            if (!criteria.contains(c)) {
                problems.add(yaml.error("/eligible_when", "eligible_when names " + c + ", which is not in 'criteria'"));
            }
        }
        Map<String, String> exclusions = new LinkedHashMap<>();
        root.path("exclusions")
                .properties()
                .forEach(e -> exclusions.put(e.getKey(), e.getValue().asString()));
        List<String> targeting = new ArrayList<>();
        JsonNode target = root.path("targeting");
        for (int i = 0; i < target.size(); i++) {
            String c = target.get(i).asString("");
            targeting.add(c);
            if (!criteria.contains(c)) {
                problems.add(yaml.error(
                        "/targeting/" + i,
                        "targeting names " + (c.isBlank() ? "an empty id" : c) + ", which is not in 'criteria'",
                        "list only ids of this program's criteria that say whom it is for (state, municipality, kind of"
                                + " locality)"));
            }
        }
        if (!target.isMissingNode() && !target.isArray()) {
            problems.add(yaml.error("/targeting", "targeting must be a list of criterion ids, e.g. [INS-VER-03]"));
        }
        JsonNode period = root.path("period");
        LocalDate from = date(yaml, "/period/from", period.path("from"), problems);
        LocalDate until = date(yaml, "/period/until", period.path("until"), problems);
        Text note = period.has("note") ? text(yaml, "/period/note", problems) : null;
        if (!period.isMissingNode() && from == null && until == null) {
            problems.add(yaml.error(
                    "/period",
                    "the period has neither 'from' nor 'until'",
                    "give its first day as from: YYYY-MM-DD and/or its last as until: YYYY-MM-DD, or delete 'period' if the"
                            + " program is decided at every date"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(
                    yaml.error(
                            "/period/until",
                            "the period ends (" + until + ") before it starts (" + from + ")",
                            "put the first day of the period under 'from' and the last under 'until' (swap them if they are reversed)"));
        }
        if (root.has("rules_known")) {
            problems.add(yaml.errorAtKey(
                    "/rules_known",
                    "'rules_known' is no longer read: the program would be decided in full at" + " every date",
                    "rename it 'period' (from, until) and its 'reason' 'note' (programs.md, revision 2026-12-07 §1)"));
        }
        return problems.size() > before
                ? null
                : new Program(
                        id,
                        name,
                        root.path("family").asString(""),
                        unit,
                        units(root.path("units")),
                        award,
                        List.copyOf(criteria),
                        when,
                        exclusions,
                        List.copyOf(targeting),
                        from,
                        until,
                        note,
                        folder);
    }

    private static UnitFilter units(JsonNode n) {
        if (n.isMissingNode()) {
            return null;
        }
        List<String> rel = new ArrayList<>();
        List<String> enrolled = new ArrayList<>();
        n.path("relationship_to_head").forEach(x -> rel.add(x.asString()));
        n.path("household_enrolled_in").forEach(x -> enrolled.add(x.asString()));
        return new UnitFilter(List.copyOf(rel), List.copyOf(enrolled));
    }

    private static Condition condition(YamlFile yaml, String at, JsonNode n, List<Diagnostic> problems) {
        if (n.isString()) {
            return new Condition.Criterion(n.stringValue());
        }
        boolean all = n.has("all");
        JsonNode parts = n.path(all ? "all" : "any");
        if (!parts.isArray() || parts.isEmpty() || n.size() != 1) {
            problems.add(yaml.error(at, "a condition is a criterion id, {all: [...]} or {any: [...]}"));
            return new Condition.All(List.of());
        }
        List<Condition> list = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            list.add(condition(yaml, at + "/" + (all ? "all" : "any") + "/" + i, parts.get(i), problems));
        }
        return all ? new Condition.All(list) : new Condition.Any(list);
    }

    private static String required(YamlFile yaml, String key, List<Diagnostic> problems) {
        String v = yaml.root().path(key).asString("");
        if (v.isBlank()) {
            problems.add(yaml.error("", "missing '" + key + "'"));
        }
        return v;
    }

    private static String oneOf(YamlFile yaml, String key, Set<String> allowed, List<Diagnostic> problems) {
        String v = yaml.root().path(key).asString("");
        if (!allowed.contains(v)) {
            problems.add(yaml.error(
                    yaml.root().has(key) ? "/" + key : "", key + " must be one of " + allowed + ", not '" + v + "'"));
        }
        return v;
    }

    private static Text text(YamlFile yaml, String at, List<Diagnostic> problems) {
        JsonNode n = yaml.root().at(at);
        String es = n.path("es").asString("");
        String en = n.path("en").asString("");
        if (es.isBlank() || en.isBlank()) {
            problems.add(yaml.error(n.isMissingNode() ? "" : at, at.substring(1) + " needs both 'es' and 'en'"));
        }
        return new Text(es, en);
    }

    private static LocalDate date(YamlFile yaml, String at, JsonNode n, List<Diagnostic> problems) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(n.asString());
        } catch (DateTimeParseException e) {
            problems.add(yaml.error(at, "'" + n.asString() + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
