package org.elige.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.elige.input.Json;
import tools.jackson.databind.json.JsonMapper;

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

    /** Turns off {@link Decision#written()}. */
    abstract static class Off {
        @JsonValue(false)
        public abstract FullDecision written();
    }
}
