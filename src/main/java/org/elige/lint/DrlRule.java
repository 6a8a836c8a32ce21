package org.elige.lint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.elige.rules.DrlParsing;

/**
 * One rule of a DRL file: its name, metadata and the tokens of its conditions ({@code when}) and
 * consequence ({@code then}), each located in the file.
 */
public record DrlRule(String name, String file, SourceText source, RuleDescr descr, List<Token> lhs, List<Token> rhs) {

    static DrlRule of(RuleDescr descr, String file, SourceText source) {
        List<Token> all = Tokens.of(source.text(), Math.max(0, descr.getStartCharacter()), end(descr, source));
        int when = keyword(all, "when", 0);
        int then = keyword(all, "then", when < 0 ? 0 : when + 1);
        int last = all.size() > 0 && all.get(all.size() - 1).isIdent("end") ? all.size() - 1 : all.size();
        List<Token> lhs = when < 0 ? List.of() : all.subList(when + 1, then < 0 ? all.size() : then);
        List<Token> rhs = then < 0 ? List.of() : all.subList(then + 1, Math.max(then + 1, last));
        return new DrlRule(descr.getName(), file, source, descr, List.copyOf(lhs), List.copyOf(rhs));
    }

    /** Where the rule's text ends (after {@code end}). */
    private static int end(RuleDescr descr, SourceText source) {
        int length = source.text().length();
        return descr.getEndCharacter() < 0 ? length : Math.min(length, descr.getEndCharacter() + 1);
    }

    /** The index of the first {@code word} at bracket depth 0 from {@code from}, or -1. */
    private static int keyword(List<Token> tokens, String word, int from) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += t.is("(") || t.is("[") || t.is("{") ? 1 : t.is(")") || t.is("]") || t.is("}") ? -1 : 0;
            if (i >= from && depth == 0 && t.isIdent(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The rule's line (1-based). */
    public int line() {
        return Math.max(1, descr.getLine());
    }

    /** A metadata value as plain text, whatever quoting was written, or null when absent or blank. */
    public String meta(String key) {
        AnnotationDescr a = descr.getAnnotation(key);
        return a == null ? null : DrlParsing.metaValue(a.getSingleValue());
    }

    /** Where a metadata entry is written, as {line, column}, or the rule's line when absent. */
    public int[] metaAt(String key) {
        AnnotationDescr a = descr.getAnnotation(key);
        return a == null || a.getLine() < 1 ? new int[] {line(), 1} : new int[] {a.getLine(), a.getColumn() + 1};
    }

    public String criterion() {
        return meta("criterion");
    }

    public String benefit() {
        return meta("benefit");
    }

    public LocalDate validFrom() {
        return date(meta("valid_from"));
    }

    public LocalDate validUntil() {
        return date(meta("valid_until"));
    }

    /** The rule's text as written, from {@code rule} to {@code end}. */
    public String text() {
        int start = Math.max(0, descr.getStartCharacter());
        return source.text().substring(start, Math.max(start, end(descr, source)));
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
