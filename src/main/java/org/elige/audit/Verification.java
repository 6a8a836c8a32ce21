package org.elige.audit;

/**
 * What walking the chain found: how many records were checked, the head (last record's sequence
 * number and hash, to note down and compare later with {@code --anchor}), and the first problem.
 *
 * @param problem null when every record is intact and linked
 */
public record Verification(long records, long headSeq, String headHash, Problem problem) {

    /** The first record that is not what was written, and how. */
    public record Problem(long seq, String decisionId, String what) {}

    public boolean intact() {
        return problem == null;
    }
}
