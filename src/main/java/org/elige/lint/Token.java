package org.elige.lint;

/**
 * A token of DRL or Java source: an identifier, a number, a string or character literal, or one
 * punctuation character. {@code offset} is where it starts in the file.
 */
public record Token(Kind kind, String text, int offset) {

    public enum Kind {
        IDENT,
        NUMBER,
        STRING,
        CHAR,
        PUNCT
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    public boolean isIdent(String s) {
        return kind == Kind.IDENT && text.equals(s);
    }

    /** A string literal's content without its quotes (escapes left as written). */
    public String content() {
        if (kind != Kind.STRING) {
            return text;
        }
        int q = text.startsWith("\"\"\"") ? 3 : 1;
        return text.length() >= 2 * q ? text.substring(q, text.length() - q) : "";
    }
}
