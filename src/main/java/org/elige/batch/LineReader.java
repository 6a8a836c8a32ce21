package org.elige.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads lines of bytes (LF or CRLF), skipping blank ones but counting them. */
final class LineReader {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    private long number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The line number (from 1) of the line last returned by {@link #next()}. */
    long number() {
        return number;
    }

    /** The next non-blank line without its terminator, or null at the end. */
    byte[] next() throws IOException {
        while (true) {
            line.reset();
            int b = in.read();
            if (b < 0) {
                return null;
            }
            number++;
            boolean blank = true;
            while (b >= 0 && b != '\n') {
                line.write(b);
                blank &= b == ' ' || b == '\t' || b == '\r';
                b = in.read();
            }
            if (!blank) {
                byte[] bytes = line.toByteArray();
                int n = bytes.length;
                return n > 0 && bytes[n - 1] == '\r' ? Arrays.copyOf(bytes, n - 1) : bytes;
            }
        }
    }
}
