package org.elige.audit;

import java.util.Arrays;
import org.elige.input.HouseholdReader;
import org.elige.input.Json;
import tools.jackson.core.JacksonException;

/**
 * The input lines a batch has already logged, to resume it after a crash: each is skipped, after
 * checking that the line is still the record that was decided (same canonical SHA-256), so a
 * resume with another file stops instead of mixing two inputs under one batch id. Kept as two
 * sorted arrays (line, first 64 bits of the hash): 16 bytes a line.
 */
public final class ResumePoint {
    private final String batchId;
    private final long[] lines;
    private final long[] hashes;

    private ResumePoint(String batchId, long[] lines, long[] hashes) {
        this.batchId = batchId;
        this.lines = lines;
        this.hashes = hashes;
    }

    public static ResumePoint load(Database db, String batchId) {
        long[][] found = {new long[1024], new long[1024]};
        int[] n = {0};
        new LogReader(db).batchLines(batchId, (sha, line) -> {
            if (n[0] == found[0].length) {
                found[0] = Arrays.copyOf(found[0], n[0] * 2);
                found[1] = Arrays.copyOf(found[1], n[0] * 2);
            }
            found[0][n[0]] = line;
            found[1][n[0]++] = prefix(sha);
        });
        Integer[] order = new Integer[n[0]];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(found[0][a], found[0][b]));
        long[] lines = new long[n[0]];
        long[] hashes = new long[n[0]];
        for (int i = 0; i < n[0]; i++) {
            lines[i] = found[0][order[i]];
            hashes[i] = found[1][order[i]];
        }
        return new ResumePoint(batchId, lines, hashes);
    }

    /** How many lines were already logged. */
    public int size() {
        return lines.length;
    }

    /** True when the line was logged; a logged line whose record changed stops the batch. */
    public boolean skip(long line, byte[] record) {
        int i = Arrays.binarySearch(lines, line);
        if (i < 0) {
            return false;
        }
        long hash;
        try {
            hash = prefix(HouseholdReader.sha256(Json.READER.readTree(record)));
        } catch (JacksonException e) {
            hash = 0;
        }
        if (hash != hashes[i]) {
            throw new LogException("line " + line + " of the input is not the record batch " + batchId
                    + " logged for it: resume with the same input");
        }
        return true;
    }

    private static long prefix(String sha) {
        return Long.parseUnsignedLong(sha.substring(0, 16), 16);
    }
}
