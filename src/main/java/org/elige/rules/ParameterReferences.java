package org.elige.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parameters each DRL file reads: every string literal shaped like a parameter key
 * ({@code "jcf.age.min"}) and every {@code {key}} placeholder with a dot in a sentence. A key that
 * no parameter file defines is an error at its file, line and column.
 */
public final class ParameterReferences {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)(?::[a-z_]+)?\\}");

    private ParameterReferences() {}

    /** The keys read anywhere; reports undefined ones. */
    public static Set<String> check(
            Map<String, String> drl, String dir, Map<String, Parameter> defined, List<Diagnostic> problems) {
        Set<String> used = new TreeSet<>();
        drl.forEach((path, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].trim().startsWith("//")) {
                    continue;
                }
                scan(LITERAL, lines[i], dir + "/" + path, i + 1, defined, used, problems);
                scan(PLACEHOLDER, lines[i], dir + "/" + path, i + 1, defined, used, problems);
            }
        });
        return used;
    }

    private static void scan(
            Pattern pattern,
            String line,
            String file,
            int lineNo,
            Map<String, Parameter> defined,
            Set<String> used,
            List<Diagnostic> problems) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            String key = m.group(1);
            used.add(key);
            if (!defined.containsKey(key)) {
                problems.add(Diagnostic.error(
                        file, lineNo, m.start(1) + 1, "parameter '" + key + "' is not defined in any parameters.yaml"));
            }
        }
    }
}
