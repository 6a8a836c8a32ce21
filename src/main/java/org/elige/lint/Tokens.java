package org.elige.lint;

import java.util.ArrayList;
import java.util.List;
import org.elige.lint.Token.Kind;

/** Splits DRL or Java source into tokens, dropping comments and white space. */
public final class Tokens {

    private Tokens() {}

    /** The tokens of {@code text} between offsets {@code from} (inclusive) and {@code to} (exclusive). */
    public static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(text.length(), to);
        while (i < end) {
            char c = text.charAt(i);
            int next;
            if (Character.isWhitespace(c)) {
                next = i + 1;
            } else if (text.startsWith("//", i)) {
                next = lineEnd(text, i, end);
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                next = close < 0 || close + 2 > end ? end : close + 2;
            } else {
                next = token(text, i, end, tokens);
            }
            i = next;
        }
        return tokens;
    }

    private static int token(String text, int i, int end, List<Token> into) {
        char c = text.charAt(i);
        int next;
        Kind kind;
        if (text.startsWith("\"\"\"", i)) {
            int close = text.indexOf("\"\"\"", i + 3);
            next = close < 0 ? end : Math.min(end, close + 3);
            kind = Kind.STRING;
        } else if (c == '"' || c == '\'') {
            next = quoted(text, i, end, c);
            kind = c == '"' ? Kind.STRING : Kind.CHAR;
        } else if (Character.isDigit(c) || (c == '.' && i + 1 < end && Character.isDigit(text.charAt(i + 1)))) {
            next = number(text, i, end);
            kind = Kind.NUMBER;
        } else if (Character.isJavaIdentifierStart(c)) {
            next = i + 1;
            while (next < end && Character.isJavaIdentifierPart(text.charAt(next))) {
                next++;
            }
            kind = Kind.IDENT;
        } else {
            next = i + 1;
            kind = Kind.PUNCT;
        }
        into.add(new Token(kind, text.substring(i, next), i));
        return next;
    }

    private static int quoted(String text, int i, int end, char quote) {
        int j = i + 1;
        while (j < end && text.charAt(j) != quote && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(end, j + 1);
    }

    private static int number(String text, int i, int end) {
        int j = i;
        boolean hex = text.startsWith("0x", i) || text.startsWith("0X", i);
        j += hex ? 2 : 0;
        while (j < end) {
            char d = text.charAt(j);
            boolean exponentSign =
                    (d == '+' || d == '-') && !hex && (text.charAt(j - 1) == 'e' || text.charAt(j - 1) == 'E');
            if (Character.isLetterOrDigit(d)
                    || d == '_'
                    || exponentSign
                    || (d == '.' && j + 1 < end && Character.isDigit(text.charAt(j + 1)))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int lineEnd(String text, int i, int end) {
        int nl = text.indexOf('\n', i);
        return nl < 0 || nl > end ? end : nl;
    }
}
