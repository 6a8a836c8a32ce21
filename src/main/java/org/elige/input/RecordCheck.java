package org.elige.input;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.elige.facts.Fields;
import org.elige.facts.Node;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Shown;
import org.elige.model.Text;
import org.elige.rules.Nearest;
import tools.jackson.databind.JsonNode;

/**
 * Checks the schema cannot express: CURPs (format, check digit, agreement with birth date and
 * sex), dates of birth and death between 1900-01-01 and the evaluation date (an enrollment's start
 * from 1900 to 2100), unique member ids, references to members
 * that exist, and enrollments in known programs. No message repeats a list of the record.
 */
final class RecordCheck {

    private RecordCheck() {}

    static void check(
            JsonNode root,
            LocalDate date,
            Set<String> programs,
            List<InputError> errors,
            List<InputError> warnings,
            Set<String> invalidUnits) {
        Set<String> ids = new HashSet<>();
        JsonNode members = items(root.path("members"));
        for (int i = 0; i < members.size(); i++) {
            JsonNode m = members.get(i);
            String at = "/members/" + i;
            String id = m.path("member_id").asString("");
            if (!id.isEmpty() && !ids.add(id)) {
                errors.add(new InputError(
                        at + "/member_id", m.get("member_id"), Messages.text("ref.duplicate_member", Shown.text(id))));
                invalidUnits.add(at);
            }
            curp(m, at, errors, warnings, invalidUnits);
            LocalDate birth = date(m.path("birth_date"));
            if (birth != null && birth.isAfter(date)) {
                errors.add(new InputError(
                        at + "/birth_date",
                        m.get("birth_date"),
                        Messages.text("ref.born_after", birth.toString(), date.toString())));
            } else {
                dateRange(m.path("birth_date"), at + "/birth_date", date, errors);
            }
            dateRange(m.path("death_date"), at + "/death_date", date, errors);
        }
        JsonNode groups = items(root.path("groups"));
        for (int i = 0; i < groups.size(); i++) {
            JsonNode dates = items(groups.get(i).path("member_birth_dates"));
            for (int j = 0; j < dates.size(); j++) {
                dateRange(dates.get(j), "/groups/" + i + "/member_birth_dates/" + j, date, errors);
            }
        }
        JsonNode enrollments = items(root.path("program_enrollments"));
        for (int i = 0; i < enrollments.size(); i++) {
            // An enrollment may be recorded before it starts: only its year must be plausible.
            dateRange(enrollments.get(i).path("since"), "/program_enrollments/" + i + "/since", Fields.LATEST, errors);
        }
        groups(root, errors, invalidUnits);
        references(root, "parcels", "holder_member_id", ids, errors);
        references(root, "businesses", "owner_member_id", ids, errors);
        references(root, "program_enrollments", "member_id", ids, errors);
        enrollments(root, programs, errors);
    }

    private static void curp(
            JsonNode m, String at, List<InputError> errors, List<InputError> warnings, Set<String> invalid) {
        JsonNode curp = m.path("curp");
        if (!curp.isString()) {
            return;
        }
        for (Curp.Problem p : Curp.check(
                curp.stringValue(), date(m.path("birth_date")), m.path("sex").asString(null))) {
            InputError e = new InputError(at + "/curp", curp, p.message());
            if (p.warning()) {
                warnings.add(e);
            } else {
                errors.add(e);
                invalid.add(at);
            }
        }
    }

    /** A group with no members (count 0 or an empty list of birth dates) is not a group. */
    private static void groups(JsonNode root, List<InputError> errors, Set<String> invalid) {
        JsonNode groups = items(root.path("groups"));
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String at = "/groups/" + i;
            JsonNode count = g.path("members_count");
            JsonNode dates = g.path("member_birth_dates");
            boolean none = count.isNumber() && count.decimalValue().signum() == 0;
            if (none || dates.isArray() && dates.isEmpty()) {
                String field = none ? "members_count" : "member_birth_dates";
                errors.add(new InputError(
                        at + "/" + field,
                        g.get(field),
                        Messages.text(
                                "ref.empty_group", Shown.text(g.path("group_id").asString("")))));
                invalid.add(at);
            }
        }
    }

    /** A reference to a member that does not exist; the message counts the members, it does not list them. */
    private static void references(JsonNode root, String list, String field, Set<String> ids, List<InputError> errors) {
        JsonNode items = items(root.path(list));
        int members = items(root.path("members")).size();
        for (int i = 0; i < items.size(); i++) {
            JsonNode ref = items.get(i).path(field);
            if (ref.isString() && !ids.contains(ref.stringValue())) {
                errors.add(new InputError(
                        "/" + list + "/" + i + "/" + field,
                        ref,
                        Messages.text("ref.unknown_member", Shown.text(ref.stringValue()), members)));
            }
        }
    }

    /** A real date before 1900-01-01 or after {@code latest} is an error (a wrong format is the schema's). */
    private static void dateRange(JsonNode n, String at, LocalDate latest, List<InputError> errors) {
        LocalDate d = Node.date(n);
        if (d != null && (d.isBefore(Fields.EARLIEST) || d.isAfter(latest))) {
            errors.add(new InputError(
                    at,
                    n,
                    Messages.text(
                            latest == Fields.LATEST ? "input.year_range" : "input.date_range",
                            d.toString(),
                            Fields.EARLIEST.toString(),
                            latest.toString())));
        }
    }

    private static void enrollments(JsonNode root, Set<String> programs, List<InputError> errors) {
        JsonNode items = items(root.path("program_enrollments"));
        for (int i = 0; i < items.size(); i++) {
            JsonNode p = items.get(i).path("program");
            if (p.isString() && !programs.contains(p.stringValue())) {
                Text unknown = Messages.text("ref.unknown_program", Shown.text(p.stringValue()));
                String near = Nearest.of(p.stringValue(), programs);
                errors.add(new InputError(
                        "/program_enrollments/" + i + "/program",
                        p,
                        near == null ? unknown : unknown.then(Messages.text("input.did_you_mean", near))));
            }
        }
    }

    /** A list of the record; anything else (an object where a list should be: the schema says so) has no items. */
    private static JsonNode items(JsonNode n) {
        return n.isArray() ? n : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    private static LocalDate date(JsonNode n) {
        return Node.date(n);
    }
}
