package org.elige.prospects;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.elige.model.Finding;
import org.elige.model.Result;
import org.elige.model.Status;
import org.elige.rules.Parameter;
import org.elige.rules.ParameterValue;
import org.elige.rules.Parameters;
import org.elige.rules.Program;
import org.elige.rules.RuleInfo;
import org.elige.rules.RuleSet;
import tools.jackson.databind.JsonNode;

/**
 * The dates after the evaluation date, up to a last one, on which something the open results read
 * changes: the birthdays on which a person whose age an unmet criterion read reaches an age it
 * compares with, each dated change of a parameter they read or their programs own, and the start of a rule version or a period of their programs. Only on these dates can an
 * answer change, so they are the only dates evaluated.
 */
final class Turns {
    private Turns() {}

    /** The turns after {@code from} up to {@code until}, by date. */
    static TreeMap<LocalDate, List<Turn>> of(
            RuleSet rules, Parameters parameters, Collection<Result> open, LocalDate from, LocalDate until) {
        TreeMap<LocalDate, List<Turn>> turns = new TreeMap<>();
        Set<String> programs = new java.util.HashSet<>();
        Set<String> read = new java.util.HashSet<>();
        for (Result r : open) {
            programs.add(r.program());
            for (Finding f : r.criteria()) {
                read.addAll(f.parameters().keySet());
                if (f.status() == Status.FAILED || f.status() == Status.UNKNOWN) {
                    Set<Integer> ages = ages(f);
                    f.facts().forEach((pointer, value) -> birthdays(pointer, value, ages, from, until, turns));
                }
            }
        }
        Map<String, Object> overridden = parameters.overrides();
        for (Parameter p : parameters.all().values()) {
            if (overridden.containsKey(p.key()) || !read.contains(p.key()) && !ofAny(p, rules, programs)) {
                continue;
            }
            for (ParameterValue v : p.values()) {
                add(turns, from, until, new Turn(v.validFrom(), Turn.Kind.PARAMETER, p.key(), v.value()));
                if (v.validUntil() != null) {
                    add(turns, from, until, new Turn(v.validUntil().plusDays(1), Turn.Kind.PARAMETER, p.key(), null));
                }
            }
        }
        for (RuleInfo rule : rules.rules().values()) {
            if (programs.contains(rule.program())) {
                add(turns, from, until, new Turn(rule.validFrom(), Turn.Kind.RULES, rule.program(), null));
                if (rule.validUntil() != null) {
                    add(
                            turns,
                            from,
                            until,
                            new Turn(rule.validUntil().plusDays(1), Turn.Kind.RULES, rule.program(), null));
                }
            }
        }
        for (String id : programs) {
            Program p = rules.programs().get(id);
            if (p != null) {
                add(turns, from, until, new Turn(p.periodFrom(), Turn.Kind.PERIOD, id, null));
            }
        }
        return turns;
    }

    /**
     * The ages at which a criterion's answer may change: each number parameter it compared, and the
     * next (reaching "at most 29" closes at 30). Rules compare ages only with parameters (the lint
     * refuses literal thresholds), so no other birthday can change the answer.
     */
    private static Set<Integer> ages(Finding f) {
        Set<Integer> ages = new java.util.HashSet<>();
        for (org.elige.model.ParamUse u : f.parameters().values()) {
            Object n = u == null ? null : u.value();
            if (n instanceof java.math.BigDecimal b
                    && b.signum() >= 0
                    && b.compareTo(java.math.BigDecimal.valueOf(150)) <= 0) {
                int age = b.setScale(0, java.math.RoundingMode.CEILING).intValueExact();
                ages.add(age);
                ages.add(age + 1);
            }
        }
        return ages;
    }

    /** Whether a parameter is one of these programs' own (in its folder): a later rule version may read it. */
    private static boolean ofAny(Parameter p, RuleSet rules, Set<String> programs) {
        for (String id : programs) {
            Program program = rules.programs().get(id);
            if (program != null && p.file() != null && p.file().contains("/" + program.folder() + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Each birthday after {@code from}, of a birth date read as a fact, on which the age reaches one of {@code ages}. */
    private static void birthdays(
            String pointer,
            Object value,
            Set<Integer> ages,
            LocalDate from,
            LocalDate until,
            Map<LocalDate, List<Turn>> turns) {
        if (!pointer.startsWith("/")
                || !(pointer.endsWith("/birth_date") || pointer.contains("/member_birth_dates/"))) {
            return;
        }
        LocalDate birth = date(value);
        if (birth == null || birth.isAfter(from)) {
            return;
        }
        for (int age = Period.between(birth, from).getYears() + 1; ; age++) {
            LocalDate day = birth.plusYears(age);
            if (day.getDayOfMonth() != birth.getDayOfMonth()) {
                day = day.plusDays(1); // born on 29 February: a year older on 1 March
            }
            if (day.isAfter(until)) {
                return;
            }
            if (ages.contains(age)) {
                add(turns, from, until, new Turn(day, Turn.Kind.BIRTHDAY, pointer, age));
            }
        }
    }

    private static LocalDate date(Object value) {
        String text =
                value instanceof JsonNode n && n.isString() ? n.stringValue() : value instanceof String s ? s : null;
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static void add(Map<LocalDate, List<Turn>> turns, LocalDate from, LocalDate until, Turn t) {
        if (t.date() != null && t.date().isAfter(from) && !t.date().isAfter(until)) {
            List<Turn> on = turns.computeIfAbsent(t.date(), d -> new ArrayList<>());
            if (!on.contains(t)) {
                on.add(t);
            }
        }
    }
}
