package org.elige.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes (LF or CRLF), skipping blank ones but counting them. Reads the input in
 * blocks and scans each for the line's end, so a line costs one copy, not a call per byte.
 */
final class LineReader {
    private static final int BLOCK = 1 << 16;
    private final InputStream in;
    private final byte[] block = new byte[BLOCK];
    private int pos;
    private int end;
    private boolean ended;
    private byte[] line = new byte[8192];
    private int length;
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
            length = 0;
            if (!available()) {
                return null;
            }
            number++;
            boolean blank = true;
            while (available()) {
                int start = pos;
                int i = start;
                while (i < end && block[i] != '\n') {
                    byte b = block[i];
                    blank &= b == ' ' || b == '\t' || b == '\r';
                    i++;
                }
                append(start, i - start);
                pos = i;
                if (i < end) {
                    pos++;
                    break;
                }
            }
            if (!blank) {
                int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                return Arrays.copyOf(line, n);
            }
        }
    }

    /** Whether a byte is left to read, reading the next block when this one is used up. */
    private boolean available() throws IOException {
        while (pos == end) {
            if (ended) {
                return false;
            }
            int read = in.read(block, 0, BLOCK);
            if (read < 0) {
                ended = true;
                return false;
            }
            pos = 0;
            end = read;
        }
        return true;
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(block, from, line, length, count);
        length += count;
    }
}
