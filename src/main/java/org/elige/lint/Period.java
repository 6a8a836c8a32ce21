package org.elige.lint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Dates from {@code from} to {@code until}, both included; a null end is open (all dates before,
 * or from then on).
 */
public record Period(LocalDate from, LocalDate until) {
    public static final Period ALWAYS = new Period(null, null);

    public boolean isEmpty() {
        return from != null && until != null && until.isBefore(from);
    }

    public Period intersect(Period o) {
        return new Period(later(from, o.from), earlier(until, o.until));
    }

    public boolean overlaps(Period o) {
        return !intersect(o).isEmpty();
    }

    /** This period without the dates of the given ones: what is left, in date order. */
    public List<Period> minus(List<Period> holes) {
        List<Period> sorted =
                new ArrayList<>(holes.stream().filter(h -> !h.isEmpty()).toList());
        sorted.sort(Comparator.comparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Period> left = new ArrayList<>();
        LocalDate cursor = from;
        for (Period h : sorted) {
            if (cursor != null && h.until != null && h.until.isBefore(cursor)) {
                continue;
            }
            if (h.from != null && (cursor == null || h.from.isAfter(cursor))) {
                Period gap = new Period(cursor, h.from.minusDays(1)).intersect(this);
                if (!gap.isEmpty()) {
                    left.add(gap);
                }
            }
            if (h.until == null) {
                return left;
            }
            cursor = cursor == null || h.until.plusDays(1).isAfter(cursor) ? h.until.plusDays(1) : cursor;
            if (until != null && cursor.isAfter(until)) {
                return left;
            }
        }
        left.add(new Period(cursor, until));
        return left;
    }

    /** The dates of all the periods, as few periods as possible, in date order. */
    public static List<Period> union(List<Period> periods) {
        List<Period> sorted =
                new ArrayList<>(periods.stream().filter(p -> !p.isEmpty()).toList());
        sorted.sort(Comparator.comparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Period> out = new ArrayList<>();
        for (Period p : sorted) {
            Period last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (last.until == null || (p.from != null && !p.from.isAfter(last.until.plusDays(1))))) {
                out.set(
                        out.size() - 1,
                        new Period(
                                last.from,
                                last.until == null || p.until == null
                                        ? null
                                        : p.until.isAfter(last.until) ? p.until : last.until));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        if (from == null && until == null) {
            return "all dates";
        }
        if (until == null) {
            return from + " onwards";
        }
        return from == null ? "until " + until : from.equals(until) ? from.toString() : from + " to " + until;
    }

    /** A YAML date node as a date, or null when absent or not a date. */
    public static LocalDate date(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(n.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
