package org.elige.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.elige.TestRules;
import org.elige.audit.Entry;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.input.Json;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writers of a full decision as elige wrote it before shape 2 (decision.md's shape 1, every
 * criterion self-contained): the model's own fields, with shape 2's writing turned off. What the log
 * stored then, byte for byte, for tests of old records and for measuring.
 */
public final class ShapeOne {
    /** Canonical JSON, as the log stored it. */
    public static final JsonMapper CANONICAL =
            Json.CANONICAL_OBJECTS.rebuild().addMixIn(Decision.class, Off.class).build();

    /** Plain JSON, as {@code batch} wrote it. */
    public static final JsonMapper PLAIN =
            Json.WRITER.rebuild().addMixIn(Decision.class, Off.class).build();

    private ShapeOne() {}

    /**
     * The household at {@code sample} decided by the shipped rules and logged as before shape 2,
     * hashed as it was then; with {@code shape} given, its record says it is of that shape instead
     * (for a reader that must refuse a shape it does not know).
     */
    public static Entry entry(Path sample, LocalDate asOf, Map<String, String> params, Integer shape)
            throws IOException, InputException {
        Input input = HouseholdReader.read(
                Files.readAllBytes(sample), TestRules.shipped().enrollable(), asOf);
        Decision d = Evaluator.evaluate(
                TestRules.shipped(), input, TestRules.shipped().parameters().with(params));
        Entry e = Entry.of(input, d, params, null, null);
        String text = CANONICAL.writeValueAsString(d);
        if (shape != null) {
            ObjectNode marked = (ObjectNode) Json.READER.readTree(text);
            marked.put("shape", shape);
            text = Json.CANONICAL.writeValueAsString(marked);
        }
        Entry x = new Entry(
                e.decisionId(),
                e.decidedAt(),
                e.evaluationDate(),
                e.householdId(),
                e.inputSha256(),
                e.inputJson(),
                e.ruleSetId(),
                e.parameterOverrides(),
                e.engineVersion(),
                text,
                null,
                null,
                null);
        return new Entry(
                x.decisionId(),
                x.decidedAt(),
                x.evaluationDate(),
                x.householdId(),
                x.inputSha256(),
                x.inputJson(),
                x.ruleSetId(),
                x.parameterOverrides(),
                x.engineVersion(),
                x.decisionJson(),
                null,
                null,
                x.computedHash());
    }

    /** Turns off {@link Decision#written()}. */
    abstract static class Off {
        @JsonValue(false)
        public abstract FullDecision written();
    }
}
