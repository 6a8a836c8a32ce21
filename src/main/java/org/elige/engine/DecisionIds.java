package org.elige.engine;

import com.github.f4b6a3.ulid.Ulid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.elige.model.Decision;

/**
 * Decision ids derived from what produced the decision instead of drawn at random: the household
 * id, the input's hash, the rule set's id, the evaluation date and the parameter overrides. A job
 * that decides the same record again (a retried or speculative task on a cluster) writes the same
 * id. The id is a ULID whose time part is the evaluation date and whose other 80 bits come from
 * the SHA-256 of those fields, so it fits wherever a drawn one does.
 */
public final class DecisionIds {

    private DecisionIds() {}

    /** The id derived from the decision's household, input hash, rule set, evaluation date and overrides. */
    public static String derived(Decision d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {
                d.householdId(),
                d.inputSha256(),
                d.ruleSet().id(),
                String.valueOf(d.evaluationDate()),
                String.valueOf(new TreeMap<>(d.parameterOverrides() == null ? Map.of() : d.parameterOverrides()))
            }) {
                sha.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            byte[] random = Arrays.copyOf(sha.digest(), 10);
            long time =
                    d.evaluationDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            return new Ulid(Math.max(0, time), random).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same decision under its derived id. */
    public static Decision withDerivedId(Decision d) {
        return new Decision(
                derived(d),
                d.householdId(),
                d.evaluationDate(),
                d.decidedAt(),
                d.ruleSet(),
                d.inputSha256(),
                d.parameterOverrides(),
                d.results(),
                d.questions(),
                d.errors(),
                d.warnings(),
                d.defects());
    }
}
