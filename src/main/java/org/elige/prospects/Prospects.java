package org.elige.prospects;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.elige.input.Json;

/**
 * What would change the answers of one decision (issue 18): per result that is not positive, when
 * it would be and what single change would make it so. Not part of the decision: it is not logged,
 * not hashed and not replayed; it is answered beside the decision, as its top-level {@code prospects}.
 *
 * @param until the last date looked at (the evaluation date plus the horizon)
 * @param items the results something would open, in the decision's order
 */
public record Prospects(LocalDate until, List<Prospect> items) {

    /** The decision's JSON object with these prospects as its last member, {@code "prospects"}. */
    public byte[] appendTo(byte[] decisionJson) {
        int end = decisionJson.length - 1;
        while (end > 0 && decisionJson[end] != '}') {
            end--;
        }
        byte[] mine = Json.WRITER.writeValueAsBytes(this);
        byte[] key = ",\"prospects\":".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[end + key.length + mine.length + (decisionJson.length - end)];
        System.arraycopy(decisionJson, 0, out, 0, end);
        System.arraycopy(key, 0, out, end, key.length);
        System.arraycopy(mine, 0, out, end + key.length, mine.length);
        System.arraycopy(decisionJson, end, out, end + key.length + mine.length, decisionJson.length - end);
        return out;
    }
}
