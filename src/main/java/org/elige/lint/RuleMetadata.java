package org.elige.lint;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ELG008 to ELG011: every rule says which criterion (or benefit) it decides; a criterion cites its
 * source and explains itself in Spanish and English; both sentences name the same placeholders.
 */
final class RuleMetadata implements LintRule {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        for (DrlRule r : folder.rules()) {
            int[] at = {r.line(), 1};
            if (r.criterion() == null && r.benefit() == null) {
                out.add(LintFinding.of(
                        Code.ELG008,
                        r.file(),
                        at,
                        r.name(),
                        "rule \"" + r.name() + "\" has neither @criterion(\"ID\") nor @benefit(\"PROGRAM\")"));
                continue;
            }
            String what = r.criterion() != null ? "criterion " + r.criterion() : "the benefit of " + r.benefit();
            if (r.criterion() != null && r.meta("citation") == null) {
                out.add(LintFinding.of(
                        Code.ELG009,
                        r.file(),
                        at,
                        r.name(),
                        "rule \"" + r.name() + "\" (" + what
                                + ") has no @citation: where does the criterion come from?"));
            }
            sentences(r, what, "found", out);
            if (r.criterion() != null) {
                sentences(r, what, "needs", out);
            }
        }
    }

    private static void sentences(DrlRule r, String what, String half, List<LintFinding> out) {
        String es = r.meta("es_" + half);
        String en = r.meta("en_" + half);
        for (String lang : new String[] {"es", "en"}) {
            if (r.meta(lang + "_" + half) == null) {
                out.add(LintFinding.of(
                        Code.ELG010,
                        r.file(),
                        new int[] {r.line(), 1},
                        r.name(),
                        "rule \"" + r.name() + "\" ("
                                + what + ") has no @" + lang + "_" + half + ": the "
                                + (lang.equals("es") ? "Spanish" : "English")
                                + " sentence saying what "
                                + (half.equals("found") ? "was found" : "the program requires")));
            }
        }
        if (es != null && en != null && !placeholders(es).equals(placeholders(en))) {
            out.add(LintFinding.of(
                    Code.ELG011,
                    r.file(),
                    r.metaAt("en_" + half),
                    r.name() + " " + half,
                    "@es_" + half
                            + " names " + placeholders(es) + " but @en_" + half + " names " + placeholders(en)
                            + " in rule \"" + r.name() + "\""));
        }
    }

    private static Set<String> placeholders(String sentence) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        return names;
    }
}
