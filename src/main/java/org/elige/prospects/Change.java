package org.elige.prospects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.elige.model.Outcome;
import org.elige.model.Text;

/**
 * One fact of the record that, changed alone, makes a result positive today. The rules confirmed
 * {@code needed} (positive) and the next value towards {@code now} (not positive).
 *
 * @param path       JSON Pointer of the fact in the record
 * @param now        its value in the record
 * @param needed     the value nearest to {@code now} that qualifies
 * @param comparison {@code <=} (the fact must be at most {@code needed}) or {@code >=} (at least)
 * @param limit      the parameter the fact is compared with, when one is
 */
public record Change(
        String path,
        BigDecimal now,
        BigDecimal needed,
        String comparison,
        @JsonInclude(JsonInclude.Include.NON_NULL) Limit limit,
        Outcome outcome,
        Text explanation) {

    /** A parameter a fact is compared with and its value at the evaluation date. */
    public record Limit(String parameter, BigDecimal value) {}
}
