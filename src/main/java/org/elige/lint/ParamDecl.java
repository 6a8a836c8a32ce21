package org.elige.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.rules.YamlFile;
import tools.jackson.databind.JsonNode;

/**
 * One parameter of a {@code parameters.yaml} as written: its dated values in file order and the
 * periods declared under {@code gaps:} for which the sources give no value.
 */
public record ParamDecl(YamlFile yaml, String key, int[] keyAt, List<Dated> values, List<Dated> gaps) {

    /**
     * A dated entry: a value ({@code valid_from}, optional {@code valid_until}) or a declared gap
     * ({@code from}/{@code until}, both optional), with where it is written.
     *
     * @param node the entry as written, e.g. {@code {valid_from: 2025-01-01, value: 6200, ...}}
     */
    public record Dated(LocalDate from, LocalDate until, String pointer, JsonNode node) {}

    /** @param text the file's text, to locate each key */
    public static List<ParamDecl> read(YamlFile yaml, String text) {
        List<ParamDecl> out = new ArrayList<>();
        yaml.root().properties().forEach(e -> {
            String at = "/" + e.getKey();
            out.add(new ParamDecl(
                    yaml,
                    e.getKey(),
                    keyAt(yaml, text, e.getKey()),
                    dated(e.getValue().path("values"), at + "/values", "valid_"),
                    dated(e.getValue().path("gaps"), at + "/gaps", "")));
        });
        return out;
    }

    /** The line where {@code key:} starts a line, else where its value starts. */
    private static int[] keyAt(YamlFile yaml, String text, String key) {
        Matcher m = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:", Pattern.MULTILINE)
                .matcher(text);
        return m.find() ? new int[] {new SourceText(text).line(m.start()), 1} : Where.of(yaml, "/" + key);
    }

    private static List<Dated> dated(JsonNode list, String at, String prefix) {
        List<Dated> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            out.add(new Dated(
                    Period.date(n.path(prefix + "from")), Period.date(n.path(prefix + "until")), at + "/" + i, n));
        }
        return out;
    }

    public String file() {
        return yaml.name();
    }

    public int[] at(String pointer) {
        return Where.of(yaml, pointer);
    }

    /**
     * The dates each value is in force, oldest first: from its {@code valid_from} until its
     * {@code valid_until}, else until the day before the next value, else onwards. Empty when the
     * values are unsorted, overlap or lack a date (those are reported on their own).
     */
    public List<Period> inForce() {
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Dated v = values.get(i);
            Dated next = i + 1 < values.size() ? values.get(i + 1) : null;
            if (v.from() == null
                    || (next != null && (next.from() == null || !next.from().isAfter(v.from())))) {
                return List.of();
            }
            LocalDate until = v.until() != null
                    ? v.until()
                    : next == null ? null : next.from().minusDays(1);
            out.add(new Period(v.from(), until));
        }
        return out;
    }
}
