package org.elige.vary;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.elige.model.Messages;
import org.elige.model.Outcome;
import org.elige.model.Words;

/**
 * A sweep for a caseworker, in Spanish or English: the monthly total along the axis, then one
 * compact table per result whose outcome or benefit changes (ranges of the axis with the outcome
 * and the benefit in each), the thresholds, and one line for the results that never change.
 */
public final class SweepReport {
    private final PrintWriter out;
    private final String lang;

    /**
     * A report written to {@code out} in {@code lang} (es or en).
     */
    public SweepReport(PrintWriter out, String lang) {
        this.out = out;
        this.lang = lang;
    }

    /** One range of the axis over which a result (or the total) stays the same. */
    private record Range(BigDecimal from, BigDecimal to, String outcome, String benefit) {}

    /** Writes the whole report of one sweep. */
    public void print(Sweep s) {
        Axis a = s.axis();
        out.println(Messages.get(
                lang,
                "vary.header",
                s.householdId() == null ? "—" : s.householdId(),
                a.count(),
                s.fact().in(lang),
                value(a.from()),
                value(a.to()),
                value(a.step())));
        out.println();
        out.println(Messages.get(lang, "vary.total.title"));
        List<Range> totals = new ArrayList<>();
        for (Point p : s.points()) {
            String total = money(p.total()) + " " + Words.per(lang, "MXN/month");
            Range last = totals.isEmpty() ? null : totals.get(totals.size() - 1);
            if (last != null && last.benefit().equals(total)) {
                totals.set(totals.size() - 1, new Range(last.from(), p.value(), null, total));
            } else {
                totals.add(new Range(p.value(), p.value(), null, total));
            }
        }
        table(totals, false);
        Map<String, List<Reading>> byKey = new LinkedHashMap<>();
        s.points()
                .forEach(p -> p.results()
                        .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                                .add(r)));
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> unchanged = new LinkedHashSet<>();
        int unchangedCount = 0;
        for (Map.Entry<String, List<Reading>> e : byKey.entrySet()) {
            List<Reading> rs = e.getValue();
            Reading first = rs.get(0);
            names.putIfAbsent(first.program(), first.programName().in(lang));
            boolean same = rs.size() == s.points().size()
                    && rs.stream()
                            .allMatch(r ->
                                    r.outcome() == first.outcome() && Objects.equals(r.benefit(), first.benefit()));
            if (same) {
                unchanged.add(first.programName().in(lang));
                unchangedCount++;
                continue;
            }
            out.println();
            out.println(first.programName().in(lang) + " · "
                    + Words.unit(lang, first.unit().kind(), first.unit().id(), null));
            table(ranges(s, e.getKey()), true);
        }
        out.println();
        if (s.thresholds().isEmpty()) {
            out.println(Messages.get(lang, "vary.thresholds.none"));
        } else {
            out.println(
                    Messages.get(lang, "vary.thresholds.title", s.thresholds().size()));
            for (Threshold t : s.thresholds()) {
                String line = Messages.get(
                        lang,
                        "vary.threshold",
                        names.getOrDefault(t.program(), t.program()),
                        Words.unit(lang, t.unit().kind(), t.unit().id(), null),
                        Words.outcome(lang, name(t.fromOutcome())),
                        value(t.before()),
                        Words.outcome(lang, name(t.toOutcome())),
                        value(t.at()));
                if (t.limitExplained() != null) {
                    line += " " + t.limitExplained().in(lang);
                }
                out.println("  " + line);
            }
        }
        if (unchangedCount > 0) {
            out.println();
            out.println(Messages.get(lang, "vary.unchanged", unchangedCount, String.join("; ", unchanged)));
        }
    }

    private static String name(Outcome o) {
        return o == null ? null : o.name();
    }

    /** The ranges of one result: consecutive values with one outcome and benefit, cut at its thresholds. */
    private List<Range> ranges(Sweep s, String key) {
        List<Range> ranges = new ArrayList<>();
        BigDecimal previousValue = null;
        for (Point p : s.points()) {
            Reading r = p.results().stream()
                    .filter(x -> x.key().equals(key))
                    .findFirst()
                    .orElse(null);
            String outcome = Words.outcome(lang, r == null ? null : name(r.outcome()));
            String benefit = r == null ? "—" : benefit(r.benefit());
            Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last.outcome().equals(outcome) && last.benefit().equals(benefit)) {
                ranges.set(ranges.size() - 1, new Range(last.from(), p.value(), outcome, benefit));
            } else {
                BigDecimal start = p.value();
                if (last != null) {
                    Threshold t = threshold(s, key, previousValue, p.value());
                    if (t != null) {
                        ranges.set(
                                ranges.size() - 1, new Range(last.from(), t.before(), last.outcome(), last.benefit()));
                        start = t.at();
                    }
                }
                ranges.add(new Range(start, p.value(), outcome, benefit));
            }
            previousValue = p.value();
        }
        return ranges;
    }

    private static Threshold threshold(Sweep s, String key, BigDecimal lo, BigDecimal hi) {
        for (Threshold t : s.thresholds()) {
            if (Reading.key(t.program(), t.unit()).equals(key)
                    && t.before().compareTo(lo) >= 0
                    && t.at().compareTo(hi) <= 0) {
                return t;
            }
        }
        return null;
    }

    private void table(List<Range> ranges, boolean outcomes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(
                outcomes
                        ? new String[] {
                            Messages.get(lang, "vary.col.from"),
                            Messages.get(lang, "vary.col.to"),
                            Messages.get(lang, "vary.col.outcome"),
                            Messages.get(lang, "vary.col.benefit")
                        }
                        : new String[] {
                            Messages.get(lang, "vary.col.from"),
                            Messages.get(lang, "vary.col.to"),
                            Messages.get(lang, "vary.col.total")
                        });
        for (Range r : ranges) {
            rows.add(
                    outcomes
                            ? new String[] {value(r.from()), value(r.to()), r.outcome(), r.benefit()}
                            : new String[] {value(r.from()), value(r.to()), r.benefit()});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                line.append(' ');
                // numbers right-aligned, words left-aligned
                line.append(i < 2 ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false));
                line.append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(width - s.length());
        return right ? space + s : s + space;
    }

    private String benefit(Amount a) {
        if (a == null) {
            return "—";
        }
        if (a.amount() == null) {
            return Messages.get(lang, "vary.benefit.unknown");
        }
        return money(a.amount()) + " " + Words.per(lang, a.unit());
    }

    private static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** An axis value with grouping, as many decimals as it has (20,000; 3,500.01). */
    private static String value(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return String.format(Locale.ROOT, "%,." + Math.max(0, s.scale()) + "f", s);
    }
}
