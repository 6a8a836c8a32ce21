package org.elige.audit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.Json;
import org.elige.model.Decision;

/**
 * One decision as the log stores it, before it takes its place in the chain: everything needed to
 * replay it (canonical input, evaluation date, rule set, the overrides as the caller typed them)
 * and the decision itself, with the hash of all of it. Built on the thread that decided, so
 * hashing is done in parallel and the single writer only links records.
 *
 * @param parameterOverrides canonical JSON of the {@code --param} texts, key to text as typed
 * @param batchId            the batch that decided it, or null
 * @param batchLine          its line in the batch's input, or null
 */
public record Entry(
        String decisionId,
        String decidedAt,
        String evaluationDate,
        String householdId,
        String inputSha256,
        String inputJson,
        String ruleSetId,
        String parameterOverrides,
        String engineVersion,
        String decisionJson,
        String batchId,
        Long batchLine,
        String contentHash) {

    /** The software that decided: elige's version and the rule engine's. */
    public static final String ENGINE_VERSION = "elige 0.1.0; " + org.elige.rules.RuleSet.ENGINE;

    public static Entry of(Input input, Decision d, Map<String, String> params, String batchId, Long batchLine) {
        Entry e = new Entry(
                d.decisionId(),
                d.decidedAt().toString(),
                d.evaluationDate().toString(),
                d.householdId(),
                input.sha256(),
                HouseholdReader.canonical(input.root()),
                d.ruleSet().id(),
                Json.CANONICAL.writeValueAsString(new TreeMap<>(params)),
                ENGINE_VERSION,
                Canonical.json(d),
                batchId,
                batchLine,
                null);
        return e.withContentHash(e.computedHash());
    }

    /**
     * SHA-256 of every field but the hash, in a fixed order, each as {@code name SP length ":" value LF}
     * (length in UTF-8 bytes; a null field as {@code name SP "-" LF}). The encoding depends on no
     * library, so a later JSON library cannot change what an old record hashes to, and another
     * program can check the log.
     */
    public String computedHash() {
        StringBuilder sb = new StringBuilder();
        field(sb, "decision_id", decisionId);
        field(sb, "decided_at", decidedAt);
        field(sb, "evaluation_date", evaluationDate);
        field(sb, "household_id", householdId);
        field(sb, "input_sha256", inputSha256);
        field(sb, "input_json", inputJson);
        field(sb, "rule_set_id", ruleSetId);
        field(sb, "parameter_overrides", parameterOverrides);
        field(sb, "engine_version", engineVersion);
        field(sb, "decision_json", decisionJson);
        field(sb, "batch_id", batchId);
        field(sb, "batch_line", batchLine);
        return Hashes.sha256(sb.toString());
    }

    private static void field(StringBuilder sb, String name, Object value) {
        sb.append(name).append(' ');
        if (value == null) {
            sb.append('-');
        } else {
            String v = value.toString();
            sb.append(v.getBytes(StandardCharsets.UTF_8).length).append(':').append(v);
        }
        sb.append('\n');
    }

    Entry withContentHash(String hash) {
        return new Entry(
                decisionId,
                decidedAt,
                evaluationDate,
                householdId,
                inputSha256,
                inputJson,
                ruleSetId,
                parameterOverrides,
                engineVersion,
                decisionJson,
                batchId,
                batchLine,
                hash);
    }
}
