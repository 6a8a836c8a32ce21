package org.elige.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * ELG021: a rule's consequence ({@code then}) that does more than read like the policy: a
 * {@code for} or {@code while} loop (the Check quantifiers say it), {@code new}, number or string
 * formatting ({@code DecimalFormat}, {@code String.format}, {@code String.join}, {@code toPlainString},
 * a {@code +} joining text; the sentence templates and the message catalogue render values), a cast
 * to {@code List}, or more than {@value #MAX_LINES} lines of logic (lines with code, not blank and
 * not only a comment).
 */
final class ConsequenceShape implements LintRule {
    static final int MAX_LINES = 8;
    private static final Set<String> LOOPS = Set.of("for", "while");
    private static final Set<String> FORMATTERS =
            Set.of("DecimalFormat", "NumberFormat", "MessageFormat", "toPlainString", "formatted");
    private static final Set<String> STRING_METHODS = Set.of("format", "join");

    @Override
    public void check(RuleFolder folder, List<LintFinding> out) {
        for (DrlRule r : folder.rules()) {
            constructs(r, out);
            length(r, out);
        }
    }

    /** Each construct once per line: {@code "a" + b + "c"} is one finding. */
    private static void constructs(DrlRule r, List<LintFinding> out) {
        List<LintFinding> found = new ArrayList<>();
        collect(r, found);
        Set<String> seen = new HashSet<>();
        found.stream().filter(f -> seen.add(f.line() + " " + f.subject())).forEach(out::add);
    }

    private static void collect(DrlRule r, List<LintFinding> out) {
        List<Token> ts = r.rhs();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.kind() == Token.Kind.IDENT && LOOPS.contains(t.text())) {
                out.add(finding(r, t, t.text(), "has a " + t.text() + " loop"));
            } else if (t.isIdent("new")) {
                out.add(finding(r, t, "new", "creates an object with new " + qualified(ts, i + 1)));
            } else if (t.kind() == Token.Kind.IDENT && FORMATTERS.contains(t.text())) {
                out.add(finding(r, t, t.text(), "formats with " + t.text()));
            } else if (t.isIdent("String")
                    && i + 2 < ts.size()
                    && ts.get(i + 1).is(".")
                    && STRING_METHODS.contains(ts.get(i + 2).text())) {
                out.add(finding(
                        r,
                        t,
                        "String." + ts.get(i + 2).text(),
                        "formats with String." + ts.get(i + 2).text()));
            } else if (t.is("+") && joinsText(ts, i)) {
                out.add(finding(r, t, "+ text", "builds text with +"));
            } else if (t.is("(") && castToList(ts, i)) {
                out.add(finding(r, t, "(List)", "casts to List"));
            }
        }
    }

    /** The name starting at token {@code i}, with its qualifiers: {@code java.util.ArrayList}. */
    private static String qualified(List<Token> ts, int i) {
        StringBuilder name = new StringBuilder();
        while (i < ts.size() && ts.get(i).kind() == Token.Kind.IDENT) {
            name.append(ts.get(i).text());
            if (i + 2 < ts.size() && ts.get(i + 1).is(".") && ts.get(i + 2).kind() == Token.Kind.IDENT) {
                name.append('.');
                i += 2;
            } else {
                break;
            }
        }
        return name.toString();
    }

    /** A {@code +} with a string literal on either side (not {@code +=} on a number, nor {@code ++}). */
    private static boolean joinsText(List<Token> ts, int plus) {
        boolean before = plus > 0 && ts.get(plus - 1).kind() == Token.Kind.STRING;
        boolean after = plus + 1 < ts.size() && ts.get(plus + 1).kind() == Token.Kind.STRING;
        return before || after;
    }

    /** {@code (List)}, {@code (List<...>)} or {@code (java.util.List<...>)}. */
    private static boolean castToList(List<Token> ts, int open) {
        int i = open + 1;
        while (i + 1 < ts.size()
                && ts.get(i).kind() == Token.Kind.IDENT
                && ts.get(i + 1).is(".")) {
            i += 2;
        }
        if (i >= ts.size() || !ts.get(i).isIdent("List")) {
            return false;
        }
        i++;
        if (i < ts.size() && ts.get(i).is("<")) {
            int depth = 0;
            for (; i < ts.size(); i++) {
                depth += ts.get(i).is("<") ? 1 : ts.get(i).is(">") ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            i++;
        }
        return i < ts.size() && ts.get(i).is(")");
    }

    /** More than {@link #MAX_LINES} lines with code after {@code then}, located at the first line over the limit. */
    private static void length(DrlRule r, List<LintFinding> out) {
        TreeMap<Integer, Token> lines = new TreeMap<>();
        for (Token t : r.rhs()) {
            lines.putIfAbsent(r.source().line(t.offset()), t);
        }
        if (lines.size() > MAX_LINES) {
            Token first = lines.values().stream().skip(MAX_LINES).findFirst().orElseThrow();
            out.add(LintFinding.of(
                    Code.ELG021,
                    r.file(),
                    LiteralThresholds.at(r, first),
                    r.name() + ": length",
                    "the consequence" + " of rule \"" + r.name() + "\" has " + lines.size()
                            + " lines of logic, more than " + MAX_LINES));
        }
    }

    private static LintFinding finding(DrlRule r, Token t, String what, String does) {
        return LintFinding.of(
                Code.ELG021,
                r.file(),
                LiteralThresholds.at(r, t),
                r.name() + ": " + what,
                "the consequence of rule \"" + r.name() + "\" " + does);
    }
}
