package org.elige.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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
        String json = Canonical.json(d);
        return of(input, d, json, json.getBytes(StandardCharsets.UTF_8), params, batchId, batchLine);
    }

    /**
     * The same, for a decision whose canonical JSON the caller has already written
     * ({@link Canonical#json(Decision)}) and encoded: {@code utf8} is that text in UTF-8, hashed as it
     * is, so the service encodes the text once for the hash and its answer.
     */
    public static Entry of(
            Input input,
            Decision d,
            String decisionJson,
            byte[] utf8,
            Map<String, String> params,
            String batchId,
            Long batchLine) {
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
                decisionJson,
                batchId,
                batchLine,
                null);
        return e.withContentHash(e.hash(utf8));
    }

    /**
     * SHA-256 of every field but the hash, in a fixed order, each as {@code name SP length ":" value LF}
     * (length in UTF-8 bytes; a null field as {@code name SP "-" LF}). The encoding depends on no
     * library, so a later JSON library cannot change what an old record hashes to, and another
     * program can check the log.
     */
    public String computedHash() {
        return hash(decisionJson == null ? null : decisionJson.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #computedHash} with the decision already in UTF-8. */
    private String hash(byte[] decision) {
        MessageDigest sha = Hashes.newSha256();
        field(sha, "decision_id", decisionId);
        field(sha, "decided_at", decidedAt);
        field(sha, "evaluation_date", evaluationDate);
        field(sha, "household_id", householdId);
        field(sha, "input_sha256", inputSha256);
        field(sha, "input_json", inputJson);
        field(sha, "rule_set_id", ruleSetId);
        field(sha, "parameter_overrides", parameterOverrides);
        field(sha, "engine_version", engineVersion);
        field(sha, "decision_json", decision);
        field(sha, "batch_id", batchId);
        field(sha, "batch_line", batchLine);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One field's line, fed to the digest as it is encoded: no copy of the whole record is built. */
    private static void field(MessageDigest sha, String name, Object value) {
        if (value == null) {
            sha.update((name + " -\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] v = value instanceof byte[] utf8 ? utf8 : value.toString().getBytes(StandardCharsets.UTF_8);
        sha.update((name + " " + v.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(v);
        sha.update((byte) '\n');
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
