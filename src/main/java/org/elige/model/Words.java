package org.elige.model;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Outcomes, criterion statuses and units as a person reads them in a sentence, from the message
 * catalogue: "No elegible", "No cumple", "Rosa López (P2)", for the reports that compare decisions
 * (a fixture's expectation, a replayed decision).
 */
public final class Words {
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e");

    private Words() {}

    /** "Elegible", "Puede solicitar": the outcome's badge ({@code outcome.*}) in sentence case; null for none. */
    public static String outcome(String lang, String outcome) {
        if (outcome == null) {
            return Messages.get(lang, "audit.replay.absent");
        }
        String key = "outcome." + outcome;
        if (!Messages.has(key)) {
            return outcome;
        }
        Locale locale = Locale.forLanguageTag(lang);
        String badge = Messages.get(lang, key).toLowerCase(locale);
        return badge.substring(0, 1).toUpperCase(locale) + badge.substring(1);
    }

    /** "Cumple", "No cumple", "Desconocido", "No aplica"; a criterion without a finding: "Sin evaluar". */
    public static String status(String lang, String status) {
        return status == null || !Messages.has("status." + status)
                ? Messages.get(lang, "status.absent")
                : Messages.get(lang, "status." + status);
    }

    /** A benefit unit in words ("MXN al mes" for MXN/month), as given where the catalogue has none. */
    public static String per(String lang, String unit) {
        return Messages.has("benefit.per." + unit) ? Messages.get(lang, "benefit.per." + unit) : unit;
    }

    /** "Rosa López (P2)" when the record names the member, else "Persona P2", "Grupo G1", "Hogar H1". */
    public static String unit(String lang, String kind, String id, String name) {
        if (name != null && !name.isBlank()) {
            return Messages.get(lang, "unit.named", name, id);
        }
        return Messages.has("unit." + kind) ? Messages.get(lang, "unit." + kind, id) : kind + " " + id;
    }

    /**
     * A member's name as the caseworker typed it: given names, then surnames; title-cased when
     * typed all in capitals ("GUADALUPE HERNANDEZ" to "Guadalupe Hernandez"). Empty when none.
     */
    public static String member(JsonNode member) {
        String typed = Stream.of("given_names", "first_surname", "second_surname")
                .map(member::path)
                .filter(JsonNode::isString)
                .map(n -> n.stringValue().strip())
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        typed = Shown.text(typed);
        if (!typed.equals(typed.toUpperCase(Locale.ROOT)) || typed.equals(typed.toLowerCase(Locale.ROOT))) {
            return typed;
        }
        String[] words = typed.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && (i == 0 || !PARTICLES.contains(words[i]))) {
                words[i] = words[i].substring(0, 1).toUpperCase(Locale.ROOT) + words[i].substring(1);
            }
        }
        return String.join(" ", words);
    }

    /**
     * The name of a person or producer ({@link #member}), or null for another kind of unit, a member
     * not in the record, or one without a name.
     */
    public static String name(JsonNode record, String kind, String id) {
        if (record == null || !("PERSON".equals(kind) || "PRODUCER".equals(kind))) {
            return null;
        }
        for (JsonNode m : record.path("members")) {
            if (m.path("member_id").isString() && m.path("member_id").asString().equals(id)) {
                String name = member(m);
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }
}
