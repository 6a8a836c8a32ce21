package org.elige.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines come out as they were written, without LF or CRLF, blank ones skipped but counted: the same
 * lines and numbers as reading a byte at a time, for lines shorter and far longer than a block,
 * whatever sizes the input stream hands its bytes over in.
 */
class LineReaderTest {

    @Test
    void linesAndTheirNumbersAsWritten() throws IOException {
        LineReader r = reader("{\"a\":1}\r\n\n  \t\r\n{\"b\":2}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), r.next());
        assertEquals(1, r.number());
        assertArrayEquals("{\"b\":2}".getBytes(StandardCharsets.UTF_8), r.next());
        assertEquals(4, r.number());
        assertArrayEquals("{\"c\":3}".getBytes(StandardCharsets.UTF_8), r.next());
        assertEquals(5, r.number());
        assertNull(r.next());
        assertNull(reader(new byte[0], 10).next());
    }

    @Test
    void theSameLinesAsReadingAByteAtATimeForAnyInput() throws IOException {
        Random random = new Random(42);
        byte[] alphabet = {'a', '{', '"', ' ', '\t', '\r', '\n', '\n', (byte) 0xc3, (byte) 0xb1};
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            int lines = random.nextInt(20);
            for (int l = 0; l < lines; l++) {
                int size = random.nextInt(10) == 0 ? 70_000 + random.nextInt(200_000) : random.nextInt(40);
                for (int i = 0; i < size; i++) {
                    text.write(alphabet[random.nextInt(alphabet.length)]);
                }
                if (random.nextInt(8) != 0) {
                    text.write('\n');
                }
            }
            byte[] bytes = text.toByteArray();
            assertEquals(byteAtATime(bytes), all(reader(bytes, 1 + random.nextInt(100_000))), "round " + round);
        }
    }

    private static List<String> all(LineReader r) throws IOException {
        List<String> out = new ArrayList<>();
        for (byte[] line = r.next(); line != null; line = r.next()) {
            out.add(r.number() + ":" + Arrays.toString(line));
        }
        return out;
    }

    /** The reader this one replaced, as the reference. */
    private static List<String> byteAtATime(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        InputStream in = new java.io.BufferedInputStream(new ByteArrayInputStream(bytes));
        long number = 0;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b = in.read();
            if (b < 0) {
                return out;
            }
            number++;
            boolean blank = true;
            while (b >= 0 && b != '\n') {
                line.write(b);
                blank &= b == ' ' || b == '\t' || b == '\r';
                b = in.read();
            }
            if (!blank) {
                byte[] l = line.toByteArray();
                int n = l.length;
                out.add(number + ":" + Arrays.toString(n > 0 && l[n - 1] == '\r' ? Arrays.copyOf(l, n - 1) : l));
            }
        }
    }

    /** A reader over {@code bytes} from a stream that hands over at most {@code chunk} bytes per read. */
    private static LineReader reader(byte[] bytes, int chunk) {
        return new LineReader(new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        });
    }
}
