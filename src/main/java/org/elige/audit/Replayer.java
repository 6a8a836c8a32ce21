package org.elige.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elige.engine.Evaluator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.model.Words;
import org.elige.rules.RuleSet;
import tools.jackson.databind.JsonNode;

/**
 * Decides a logged record again, with its canonical input, evaluation date and overrides as typed,
 * under its own rule set rebuilt from the log, or under another one ("what would change today?"),
 * and compares the canonical decisions apart from id and time (and rule set, under another one), each
 * read as shape 1 ({@link DecisionShape}), so a record logged in an older shape compares by meaning.
 */
public final class Replayer {
    private final RuleSetArchive archive;
    private final RuleSet other;
    private final boolean keep;

    /**
     * @param other the rule set to replay under, or null for each decision's own
     * @param keep  keep both decisions of a DIFFERENT result (for the HTML report); else only the difference
     */
    public Replayer(Database db, RuleSet other, boolean keep) {
        this.archive = new RuleSetArchive(db);
        this.other = other;
        this.keep = keep;
    }

    public ReplayResult replay(Row row) {
        Entry e = row.entry();
        try {
            RuleSet rules = other != null ? other : archive.rebuild(e.ruleSetId());
            Decision d = Evaluator.decide(
                    rules,
                    e.inputJson().getBytes(StandardCharsets.UTF_8),
                    LocalDate.parse(e.evaluationDate()),
                    params(e.parameterOverrides()));
            JsonNode before = DecisionShape.selfContained(Json.READER.readTree(e.decisionJson()));
            JsonNode after = DecisionShape.selfContained(Json.READER.readTree(Canonical.json(d)));
            List<String> ignored = new ArrayList<>(List.of(Canonical.IDENTITY));
            if (other != null) {
                ignored.add("rule_set");
            }
            if (Canonical.without(before, ignored).equals(Canonical.without(after, ignored))) {
                return result(e, ReplayResult.Verdict.IDENTICAL, null, null, null, null, null, null);
            }
            JsonNode record = Json.READER.readTree(e.inputJson());
            Difference first = DecisionDiff.first(before, after, ignored);
            return result(
                    e,
                    ReplayResult.Verdict.DIFFERENT,
                    DecisionDiff.change(before, after, ignored),
                    first.named(Words.name(record, first.unitKind(), first.unitId())),
                    null,
                    keep ? before : null,
                    keep ? after : null,
                    keep ? record : null);
        } catch (RuleSetArchive.NotRebuilt ex) {
            return result(
                    e,
                    ReplayResult.Verdict.ERROR,
                    null,
                    null,
                    Messages.text("audit.replay.error", ex.reason()),
                    null,
                    null,
                    null);
        } catch (DecisionShape.Unreadable ex) {
            return result(
                    e,
                    ReplayResult.Verdict.ERROR,
                    null,
                    null,
                    new Text(
                            Messages.get("es", "audit.replay.error", ex.reason().es()),
                            Messages.get("en", "audit.replay.error", ex.reason().en())),
                    null,
                    null,
                    null);
        } catch (LogException | IllegalArgumentException ex) {
            return result(
                    e,
                    ReplayResult.Verdict.ERROR,
                    null,
                    null,
                    Messages.text("audit.replay.error", String.valueOf(ex.getMessage())),
                    null,
                    null,
                    null);
        } catch (InputException ex) {
            Text refused = ex.errors().isEmpty()
                    ? Messages.text("audit.replay.refused", "")
                    : Messages.text("audit.replay.refused", ex.errors().get(0).message());
            return result(e, ReplayResult.Verdict.ERROR, null, null, refused, null, null, null);
        }
    }

    /** The {@code --param} texts as logged. */
    static Map<String, String> params(String json) {
        Map<String, String> params = new LinkedHashMap<>();
        Json.READER
                .readTree(json)
                .properties()
                .forEach(p -> params.put(p.getKey(), p.getValue().asString()));
        return params;
    }

    private static ReplayResult result(
            Entry e,
            ReplayResult.Verdict verdict,
            ReplayResult.Change change,
            Difference difference,
            Text error,
            JsonNode before,
            JsonNode after,
            JsonNode record) {
        return new ReplayResult(
                e.decisionId(),
                e.householdId(),
                e.evaluationDate(),
                e.decidedAt(),
                e.ruleSetId(),
                verdict,
                change,
                difference,
                error,
                before,
                after,
                record);
    }
}
