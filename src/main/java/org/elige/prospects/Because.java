package org.elige.prospects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.elige.engine.Questions;
import org.elige.model.Finding;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Result;
import org.elige.model.Text;
import org.elige.model.Words;
import org.elige.rules.Parameter;
import org.elige.rules.Parameters;
import tools.jackson.databind.JsonNode;

/** The sentences of prospects: dates in words, what changes on a date, and what a change would take. */
final class Because {
    private static final DateTimeFormatter ES =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Because() {}

    /** A date in words: "27 de abril de 2027", "27 April 2027". */
    static Text date(LocalDate d) {
        return new Text(d.format(ES), d.format(EN));
    }

    /** The first positive date of a result, with what changes on it that the result reads. */
    static NextDate next(
            Result now, LocalDate day, Outcome outcome, List<Turn> turns, Parameters parameters, JsonNode record) {
        List<Text> why = new ArrayList<>();
        for (Turn t : turns) {
            if (reads(now, t)) {
                Text w = turn(now, t, parameters, record);
                if (!why.contains(w)) {
                    why.add(w);
                }
            }
        }
        Text because = why.isEmpty() ? Messages.text("prospect.because.rules") : join(why);
        return new NextDate(day, outcome, because, Messages.text("prospect.from", date(day), because));
    }

    /** Whether a result read what changes: the birth date, the parameter, or its own program's rules. */
    private static boolean reads(Result r, Turn t) {
        return switch (t.kind()) {
            case BIRTHDAY -> r.criteria().stream().anyMatch(f -> f.facts().containsKey(t.key()));
            case PARAMETER -> r.criteria().stream().map(Finding::parameters).anyMatch(p -> p.containsKey(t.key()));
            case RULES, PERIOD -> r.program().equals(t.key());
        };
    }

    private static Text turn(Result r, Turn t, Parameters parameters, JsonNode record) {
        return switch (t.kind()) {
            case BIRTHDAY -> birthday(r, t, record);
            case PARAMETER -> {
                Parameter p = parameters.get(t.key());
                Text name = p == null || p.description() == null ? new Text(t.key(), t.key()) : lower(p.description());
                yield t.value() == null
                        ? Messages.text("prospect.because.parameter_ends", name)
                        : Messages.text("prospect.because.parameter", name, shown(t.value()));
            }
            case RULES -> Messages.text("prospect.because.rules");
            case PERIOD -> Messages.text("prospect.because.period");
        };
    }

    /** "cumple 65 años" for the unit's own birthday; else who turns that age. */
    private static Text birthday(Result r, Turn t, JsonNode record) {
        String[] s = t.key().split("/");
        if (s.length == 4 && s[1].equals("members")) {
            JsonNode m = record.path("members").path(Integer.parseInt(s[2]));
            String id = m.path("member_id").asString("");
            if (id.equals(r.unit().id())
                    && ("PERSON".equals(r.unit().kind())
                            || "PRODUCER".equals(r.unit().kind()))) {
                return Messages.text("prospect.because.birthday", t.value());
            }
            String name = Words.member(m);
            return Messages.text("prospect.because.birthday_of", t.value(), name.isEmpty() ? id : name, id);
        }
        return Messages.text("prospect.because.birthday_in_group", t.value());
    }

    /** The fact at a pointer in words, naming whom it is about. */
    static Text fact(String pointer, JsonNode record) {
        return Questions.named(pointer, record);
    }

    /** A parameter's description as it reads mid-sentence: "Edad mínima" → "edad mínima"; "UMA mensual" keeps its capitals. */
    static Text lower(Text d) {
        return new Text(lower(d.es()), lower(d.en()));
    }

    private static String lower(String d) {
        return d.length() > 1 && Character.isLowerCase(d.charAt(1))
                ? Character.toLowerCase(d.charAt(0)) + d.substring(1)
                : d;
    }

    private static Object shown(Object value) {
        return value instanceof BigDecimal n
                ? n
                : value instanceof List<?> l
                        ? String.join(", ", l.stream().map(String::valueOf).toList())
                        : String.valueOf(value);
    }

    private static Text join(List<Text> parts) {
        return new Text(join(parts, "es"), join(parts, "en"));
    }

    private static String join(List<Text> parts, String lang) {
        List<String> words = parts.stream().map(p -> p.in(lang)).toList();
        return words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1))
                        + Messages.get(lang, "list.and")
                        + words.get(words.size() - 1);
    }
}
