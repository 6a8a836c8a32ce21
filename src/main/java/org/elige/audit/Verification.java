package org.elige.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.elige.model.Text;

/**
 * What walking the chain found: how many records were checked, the head (last record's sequence
 * number and hash, to note down and compare later with {@code --anchor}), and the first problem.
 *
 * @param problem null when every record is intact and linked
 */
public record Verification(long records, long headSeq, String headHash, Problem problem) {

    /**
     * The first record that is not what was written, and how in words ({@code what}: in English
     * for machines, as the API gives it).
     */
    public record Problem(
            long seq, String decisionId, @JsonIgnore Text reason) {
        @JsonProperty("what")
        public String what() {
            return reason.en();
        }
    }

    public boolean intact() {
        return problem == null;
    }
}
