package org.elige.scale;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of copy {@code n} of a catalogue (n = 2, 3, ...): program {@code PAM} becomes
 * {@code PAM_X02}, criterion {@code PAM-01} {@code PAM_X02-01}, folder and package {@code pam}
 * {@code pam_x02}, parameter key {@code pam.age.min} {@code pam_x02.age.min}, and rule names end
 * in {@code [X02]}. Every program id, criterion id and program-folder parameter key is renamed
 * wherever it is written (exclusions, enrollments a rule reads, citations, comments), so a copy
 * refers to its own copy's programs, criteria and parameters, never to the original's. Shared
 * parameters (defined outside program folders) stay shared.
 */
final class Copy {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^(\\s*package\\s+[\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^(\\s*rule\\s+\"[^\"]+)\"");
    private static final String KEY_SHAPE = "[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+";
    /** A parameter key where rules read it: a string literal or a sentence's placeholder. */
    private static final Pattern KEY = Pattern.compile("\"(" + KEY_SHAPE + ")\"|\\{(" + KEY_SHAPE + ")(:[a-z_]+)?}");
    /** A key a parameter file defines: a top-level YAML key. */
    private static final Pattern DEFINED_KEY = Pattern.compile("(?m)^(" + KEY_SHAPE + "):");
    /** The fact an enrollment check records, {@code enrolled_<program>}, as a sentence names it. */
    private static final Pattern ENROLLED = Pattern.compile("\\{enrolled_(\\w+)}");

    private final String upper;
    private final String lower;
    private final Catalogue catalogue;
    private final Pattern ids;

    Copy(int number, Catalogue catalogue) {
        this.upper = String.format("_X%02d", number);
        this.lower = upper.toLowerCase();
        this.catalogue = catalogue;
        // longest first, and whole tokens only: PAM-01 is not PAM followed by -01, SV is not the start of SVJF
        String alternatives = Stream.concat(catalogue.programs().stream(), catalogue.criteria().stream())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.ids = Pattern.compile("(?<![\\w-])(" + alternatives + ")(?![\\w-])");
    }

    String folder(String folder) {
        return folder + lower;
    }

    /** A rule file: its package, rule names, ids, parameter keys and enrollment facts. */
    String drl(String text) {
        String s = replace(
                ENROLLED,
                text,
                m -> catalogue.programs().contains(m.group(1)) ? "{enrolled_" + m.group(1) + upper + "}" : m.group());
        s = keys(ids(s));
        s = replace(PACKAGE, s, m -> m.group(1) + lower);
        return replace(RULE, s, m -> m.group(1) + " [" + upper.substring(1) + "]\"");
    }

    /** A {@code program.yaml}: its id, criteria, combination, exclusions and informative criteria. */
    String program(String text) {
        return ids(text);
    }

    /** A {@code parameters.yaml}: the keys it defines. */
    String parameters(String text) {
        return replace(DEFINED_KEY, text, m -> key(m.group(1)) + ":");
    }

    /** The keys a parameter file defines, as {@link #parameters} finds them. */
    static Set<String> definedKeys(String text) {
        Set<String> keys = new TreeSet<>();
        DEFINED_KEY.matcher(text).results().forEach(m -> keys.add(m.group(1)));
        return keys;
    }

    private String ids(String text) {
        return replace(ids, text, m -> {
            String id = m.group(1);
            if (catalogue.programs().contains(id)) {
                return id + upper;
            }
            int dash = id.lastIndexOf('-');
            return dash < 0 ? id + upper : id.substring(0, dash) + upper + id.substring(dash);
        });
    }

    private String keys(String text) {
        return replace(
                KEY,
                text,
                m -> m.group(1) != null
                        ? "\"" + key(m.group(1)) + "\""
                        : "{" + key(m.group(2)) + (m.group(3) == null ? "" : m.group(3)) + "}");
    }

    private String key(String key) {
        if (!catalogue.keys().contains(key)) {
            return key;
        }
        int dot = key.indexOf('.');
        return key.substring(0, dot) + lower + key.substring(dot);
    }

    private static String replace(Pattern p, String text, Function<MatchResult, String> with) {
        return p.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
