package org.elige.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.elige.facts.Tri;
import org.junit.jupiter.api.Test;

/** {@code eligible_when}: criteria combined with all/any in three-valued logic, and which of them decide. */
class ConditionTest {
    private static final Tri OPEN_A = Tri.unknown(List.of("/a"));
    private static final Tri OPEN_B = Tri.unknown(List.of("/b"));

    private static Condition c(String id) {
        return new Condition.Criterion(id);
    }

    private static Condition all(Condition... parts) {
        return new Condition.All(List.of(parts));
    }

    private static Condition any(Condition... parts) {
        return new Condition.Any(List.of(parts));
    }

    private static Function<String, Tri> status(Map<String, Tri> s) {
        return s::get;
    }

    private static List<String> decisive(Condition c, Map<String, Tri> s, Tri value) {
        List<String> ids = new ArrayList<>();
        c.decisive(status(s), value, ids);
        return ids;
    }

    @Test
    void aCriterionIsItsOwnStatus() {
        assertSame(OPEN_A, c("X-01").eval(status(Map.of("X-01", OPEN_A))));
    }

    @Test
    void allHoldsWhenEveryPartHoldsFailsWhenOneFailsAndIsOtherwiseOpen() {
        Condition all = all(c("X-01"), c("X-02"));
        assertSame(Tri.TRUE, all.eval(status(Map.of("X-01", Tri.TRUE, "X-02", Tri.TRUE))));
        assertSame(Tri.FALSE, all.eval(status(Map.of("X-01", OPEN_A, "X-02", Tri.FALSE))));
        assertEquals(OPEN_A, all.eval(status(Map.of("X-01", OPEN_A, "X-02", Tri.TRUE))));
        assertEquals(Tri.unknown(List.of("/a", "/b")), all.eval(status(Map.of("X-01", OPEN_A, "X-02", OPEN_B))));
    }

    @Test
    void anyHoldsWhenOnePartHoldsFailsWhenEveryPartFailsAndIsOtherwiseOpen() {
        Condition any = any(c("X-01"), c("X-02"));
        assertSame(Tri.TRUE, any.eval(status(Map.of("X-01", OPEN_A, "X-02", Tri.TRUE))));
        assertSame(Tri.FALSE, any.eval(status(Map.of("X-01", Tri.FALSE, "X-02", Tri.FALSE))));
        assertEquals(OPEN_A, any.eval(status(Map.of("X-01", OPEN_A, "X-02", Tri.FALSE))));
    }

    @Test
    void nestedConditionsCombineAsWritten() {
        Condition when = all(c("X-01"), any(all(c("X-02"), c("X-03")), c("X-04")));
        assertSame(
                Tri.TRUE,
                when.eval(status(Map.of("X-01", Tri.TRUE, "X-02", Tri.TRUE, "X-03", Tri.FALSE, "X-04", Tri.TRUE))));
        assertSame(
                Tri.FALSE,
                when.eval(status(Map.of("X-01", Tri.TRUE, "X-02", Tri.TRUE, "X-03", Tri.FALSE, "X-04", Tri.FALSE))));
        assertEquals(
                OPEN_B,
                when.eval(status(Map.of("X-01", Tri.TRUE, "X-02", Tri.TRUE, "X-03", OPEN_B, "X-04", Tri.FALSE))));
    }

    @Test
    void anEmptyAllHoldsAndAnEmptyAnyFails() {
        assertSame(Tri.TRUE, all().eval(id -> Tri.FALSE));
        assertSame(Tri.FALSE, any().eval(id -> Tri.TRUE));
    }

    @Test
    void theFailingCriteriaDecideAFalseAllButAFailedAlternativeMadeUpForDoesNot() {
        Condition when = all(c("X-01"), any(c("X-02"), c("X-03")));
        Map<String, Tri> s = Map.of("X-01", Tri.FALSE, "X-02", Tri.FALSE, "X-03", Tri.TRUE);
        assertEquals(List.of("X-01"), decisive(when, s, Tri.FALSE));
        Map<String, Tri> none = Map.of("X-01", Tri.TRUE, "X-02", Tri.FALSE, "X-03", Tri.FALSE);
        assertEquals(List.of("X-02", "X-03"), decisive(when, none, Tri.FALSE), "every alternative failed");
    }

    @Test
    void theOpenCriteriaDecideAnOpenConditionWhateverFactsTheyName() {
        Condition when = all(c("X-01"), any(c("X-02"), c("X-03")));
        Map<String, Tri> s = Map.of("X-01", OPEN_A, "X-02", OPEN_B, "X-03", Tri.FALSE);
        assertEquals(List.of("X-01", "X-02"), decisive(when, s, Tri.UNKNOWN));
        assertEquals(List.of(), decisive(when, s, Tri.FALSE));
    }

    @Test
    void idsListsEveryCriterionNamedInOrder() {
        assertEquals(
                List.of("X-01", "X-02", "X-03", "X-04"),
                Condition.ids(all(c("X-01"), any(all(c("X-02"), c("X-03")), c("X-04")))));
    }
}
