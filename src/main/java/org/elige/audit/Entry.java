package org.elige.audit;

import java.util.Map;
import java.util.TreeMap;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.Json;
import org.elige.model.Decision;
import tools.jackson.databind.node.ObjectNode;

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
public record Entry(String decisionId, String decidedAt, String evaluationDate, String householdId,
                    String inputSha256, String inputJson, String ruleSetId, String parameterOverrides,
                    String engineVersion, String decisionJson, String batchId, Long batchLine, String contentHash) {

    /** The software that decided: elige's version and the rule engine's. */
    public static final String ENGINE_VERSION = "elige 0.1.0; " + org.elige.rules.RuleSet.ENGINE;

    public static Entry of(Input input, Decision d, Map<String, String> params, String batchId, Long batchLine) {
        Entry e = new Entry(d.decisionId(), d.decidedAt().toString(), d.evaluationDate().toString(), d.householdId(),
                input.sha256(), HouseholdReader.canonical(input.root()), d.ruleSet().id(),
                Json.CANONICAL.writeValueAsString(new TreeMap<>(params)), ENGINE_VERSION, Canonical.json(d),
                batchId, batchLine, null);
        return e.withContentHash(e.computedHash());
    }

    /** Every field but the hash, as one JSON object: what {@code content_hash} is the SHA-256 of. */
    public ObjectNode content() {
        ObjectNode o = Json.CANONICAL.createObjectNode();
        o.put("decision_id", decisionId);
        o.put("decided_at", decidedAt);
        o.put("evaluation_date", evaluationDate);
        o.put("household_id", householdId);
        o.put("input_sha256", inputSha256);
        o.put("input_json", inputJson);
        o.put("rule_set_id", ruleSetId);
        o.put("parameter_overrides", parameterOverrides);
        o.put("engine_version", engineVersion);
        o.put("decision_json", decisionJson);
        o.put("batch_id", batchId);
        o.put("batch_line", batchLine);
        return o;
    }

    /** The content hash recomputed from the fields, for verification. */
    public String computedHash() {
        return Hashes.sha256(Json.CANONICAL.writeValueAsString(content()));
    }

    Entry withContentHash(String hash) {
        return new Entry(decisionId, decidedAt, evaluationDate, householdId, inputSha256, inputJson, ruleSetId,
                parameterOverrides, engineVersion, decisionJson, batchId, batchLine, hash);
    }
}
