package org.elige.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.elige.facts.Unit;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Question;
import org.elige.model.Result;
import org.elige.model.Shown;
import org.elige.model.Text;
import org.elige.model.Words;
import tools.jackson.databind.JsonNode;

/**
 * The facts to ask for, in words. A missing fact's JSON Pointer says whom it is about (a member,
 * a parcel, a group, the dwelling, the locality or the household; a business or an enrollment is
 * about the member it names) and which field; the field's label is the catalogue's {@code
 * fact.CONTAINER.FIELD} or {@code fact.FIELD}. Pointers that are one question are asked once: the
 * items of a list as the list, and the fields of {@link #ASKED_WITH} as their partner.
 */
public final class Questions {
    /** Fields asked with another of the same member: whether a person has a CURP is asked with the CURP. */
    private static final Map<String, String> ASKED_WITH = Map.of("documents/has_curp", "curp");

    /** The record's order of the things a fact can be about, for ranking questions that settle as many results. */
    private static final List<String> KINDS = List.of("locality", "dwelling", "household", "person", "parcel", "group");

    private Questions() {}

    /**
     * One missing fact: whom it is about, where that is in the record, and the pointer of the
     * question it belongs to (several pointers may share it).
     */
    private record Asked(Question.About about, String subject, int position, String question) {}

    /**
     * The decision's questions: the facts missing for its UNDETERMINED results (not those of a
     * program that does not apply here), one per question, ranked by how many results each would
     * help decide, ties in the record's order.
     */
    static List<Question> of(List<Result> results, JsonNode record) {
        Map<String, Asked> asked = new LinkedHashMap<>();
        Map<String, Set<String>> pointers = new LinkedHashMap<>();
        Map<String, Set<Question.Settles>> settles = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.outcome() != Outcome.UNDETERMINED || r.notApplicableHere()) {
                continue;
            }
            for (String p : r.missing()) {
                Asked a = asked(p, record);
                asked.putIfAbsent(a.question(), a);
                pointers.computeIfAbsent(a.question(), k -> new LinkedHashSet<>())
                        .add(p);
                settles.computeIfAbsent(a.question(), k -> new LinkedHashSet<>())
                        .add(new Question.Settles(r.program(), r.unit().id()));
            }
        }
        List<String> order = new ArrayList<>(asked.keySet());
        order.sort(Comparator.<String>comparingInt(q -> -settles.get(q).size())
                .thenComparingInt(q -> KINDS.indexOf(asked.get(q).about().kind()))
                .thenComparingInt(q -> asked.get(q).position()));
        return order.stream()
                .map(q -> {
                    Asked a = asked.get(q);
                    List<String> ps = new ArrayList<>(pointers.get(q));
                    ps.sort(Comparator.comparing(p -> !p.equals(q)));
                    return new Question(
                            a.about(), text(a, q, null), label(q), List.copyOf(ps), List.copyOf(settles.get(q)));
                })
                .toList();
    }

    /**
     * The missing facts of one criterion in words, "la CURP y la identificación oficial", naming
     * whom each is about when that is not the criterion's unit: "el fondo de vivienda de Rosa López
     * Hernández (P2)".
     */
    static Text words(List<String> missing, Unit unit) {
        JsonNode record = unit.household().record();
        Map<String, Asked> asked = new LinkedHashMap<>();
        missing.forEach(p -> {
            Asked a = asked(p, record);
            asked.putIfAbsent(a.question(), a);
        });
        List<Text> texts = asked.entrySet().stream()
                .map(e -> text(e.getValue(), e.getKey(), unit.pointer()))
                .toList();
        return new Text(
                Explainer.list(texts.stream().map(Text::es).toList(), "es"),
                Explainer.list(texts.stream().map(Text::en).toList(), "en"));
    }

    /**
     * The fact at a pointer in words, naming whom it is about: "la CURP de Rosa López Hernández
     * (P2)", or for a field the catalogue has no label for, "el dato «birthdate» de …".
     */
    public static Text named(String pointer, JsonNode record) {
        Asked a = asked(pointer, record);
        return text(a, a.question(), null);
    }

    /**
     * The catalogue's label of the fact at a pointer ("la CURP"): {@code fact.CONTAINER.FIELD}
     * where the field's name alone is ambiguous (an enrollment's status), else {@code fact.FIELD};
     * an item of a list has its list's label. Null when the catalogue has none.
     */
    public static Text label(String pointer) {
        List<String> names = Stream.of(pointer.split("/"))
                .skip(1)
                .filter(s -> !s.chars().allMatch(Character::isDigit))
                .map(s -> s.replace("~1", "/").replace("~0", "~"))
                .toList();
        if (names.isEmpty()) {
            return null;
        }
        String field = names.get(names.size() - 1);
        String inside = names.size() > 1 ? "fact." + names.get(names.size() - 2) + "." + field : null;
        String key = inside != null && Messages.has(inside) ? inside : "fact." + field;
        return Messages.has(key) ? Messages.text(key) : null;
    }

    /** The question's words: its label, with whom it is about unless that is {@code unitPointer}. */
    private static Text text(Asked a, String question, String unitPointer) {
        Text label = label(question);
        if (label == null) {
            label = Messages.text(
                    "question.field",
                    Shown.text(question.substring(question.lastIndexOf('/') + 1)
                            .replace("~1", "/")
                            .replace("~0", "~")));
        }
        if (a.subject().equals(unitPointer)) {
            return label;
        }
        return new Text(named(a.about(), label.es(), "es"), named(a.about(), label.en(), "en"));
    }

    /**
     * "la CURP de Rosa López Hernández (P2)"; a yes/no fact with whom in parentheses, "si estudia
     * (Rosa López Hernández, P2)", as a clause takes no "de".
     */
    private static String named(Question.About about, String label, String lang) {
        boolean clause = label.startsWith(Messages.get(lang, "question.clause"));
        String key = "question." + about.kind()
                + (about.kind().equals("person") && about.name() == null ? "_unnamed" : "") + (clause ? ".clause" : "");
        return Messages.get(lang, key, label, about.name() == null ? about.unit() : about.name(), about.unit());
    }

    /** Whom a missing fact is about, and the pointer of its question. */
    private static Asked asked(String pointer, JsonNode record) {
        String[] s = pointer.split("/");
        int end = s.length;
        while (end > 3 && isIndex(s[end - 1])) {
            end--;
        }
        String question = String.join("/", List.of(s).subList(0, end));
        String section = s.length > 1 ? s[1] : "";
        int index = s.length > 2 && isIndex(s[2]) ? Integer.parseInt(s[2]) : -1;
        JsonNode item = index < 0 ? null : record.path(section).path(index);
        int who = index < 0
                ? -1
                : switch (section) {
                    case "members" -> index;
                    case "businesses" ->
                        memberAt(record, item.path("owner_member_id").asString(null));
                    case "program_enrollments" ->
                        memberAt(record, item.path("member_id").asString(null));
                    default -> -1;
                };
        if (who < 0) {
            return thing(record, section, index, item, question);
        }
        String subject = "/members/" + who;
        String field = question.startsWith(subject + "/") ? question.substring(subject.length() + 1) : "";
        if (section.equals("members") && ASKED_WITH.containsKey(field)) {
            question = subject + "/" + ASKED_WITH.get(field);
        }
        JsonNode m = record.path("members").path(who);
        String name = Words.member(m);
        return new Asked(
                new Question.About(id(m, "member_id", who), "person", name.isEmpty() ? null : name),
                subject,
                who,
                question);
    }

    /** A fact about something other than a member: a parcel, a group, the dwelling, the locality, the household. */
    private static Asked thing(JsonNode record, String section, int index, JsonNode item, String question) {
        String household = Shown.text(record.path("household_id").asString(""));
        return switch (index < 0 ? section : section + "[]") {
            case "parcels[]" ->
                new Asked(
                        new Question.About(id(item, "parcel_id", index), "parcel", null),
                        "/parcels/" + index,
                        index,
                        question);
            case "groups[]" ->
                new Asked(
                        new Question.About(id(item, "group_id", index), "group", null),
                        "/groups/" + index,
                        index,
                        question);
            case "dwelling" -> new Asked(new Question.About(household, "dwelling", null), "/dwelling", 0, question);
            case "location" -> new Asked(new Question.About(household, "locality", null), "/location", 0, question);
            default -> new Asked(new Question.About(household, "household", null), "", 0, question);
        };
    }

    /** The position of the member with this id, or -1. */
    private static int memberAt(JsonNode record, String memberId) {
        JsonNode members = record.path("members");
        for (int i = 0; memberId != null && i < members.size(); i++) {
            if (memberId.equals(members.get(i).path("member_id").asString(null))) {
                return i;
            }
        }
        return -1;
    }

    /** An item's id as typed, or its place in its list ("#2") when it has none. */
    private static String id(JsonNode item, String field, int index) {
        String id = item.path(field).isString() ? item.path(field).stringValue().strip() : "";
        return id.isEmpty() ? "#" + (index + 1) : Shown.text(id);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }
}
