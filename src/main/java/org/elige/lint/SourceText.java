package org.elige.lint;

import java.util.Arrays;

/** A source file's text with its line starts, to turn character offsets into line and column (1-based). */
public final class SourceText {
    private final String text;
    private final int[] starts;

    public SourceText(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    public String text() {
        return text;
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /** The offset of the first character of a line (1-based), or the text's length past the end. */
    public int offset(int line) {
        return line < 1 ? 0 : line > starts.length ? text.length() : starts[line - 1];
    }
}
