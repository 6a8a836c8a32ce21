package org.elige.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.elige.facts.Tri;

/**
 * How a program combines its criteria: a criterion id, or {@code all}/{@code any} of conditions,
 * evaluated in three-valued logic. Written in {@code program.yaml} as {@code eligible_when}.
 */
public sealed interface Condition {

    Tri eval(Function<String, Tri> status);

    /** The criteria that decide this condition's value: the failing (or unknown) ones that matter. */
    void decisive(Function<String, Tri> status, Tri value, List<String> into);

    /** Every criterion id named. */
    void ids(List<String> into);

    record Criterion(String id) implements Condition {
        public Tri eval(Function<String, Tri> status) {
            return status.apply(id);
        }

        public void decisive(Function<String, Tri> status, Tri value, List<String> into) {
            if (same(status.apply(id), value)) {
                into.add(id);
            }
        }

        public void ids(List<String> into) {
            into.add(id);
        }
    }

    record All(List<Condition> parts) implements Condition {
        public Tri eval(Function<String, Tri> status) {
            Tri t = Tri.TRUE;
            for (Condition c : parts) {
                t = t.and(c.eval(status));
            }
            return t;
        }

        public void decisive(Function<String, Tri> status, Tri value, List<String> into) {
            parts.forEach(c -> c.decisive(status, value, into));
        }

        public void ids(List<String> into) {
            parts.forEach(c -> c.ids(into));
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Tri eval(Function<String, Tri> status) {
            Tri t = Tri.FALSE;
            for (Condition c : parts) {
                t = t.or(c.eval(status));
            }
            return t;
        }

        public void decisive(Function<String, Tri> status, Tri value, List<String> into) {
            if (same(eval(status), value)) {
                parts.forEach(c -> c.decisive(status, value, into));
            }
        }

        public void ids(List<String> into) {
            parts.forEach(c -> c.ids(into));
        }
    }

    /** Whether two values are alike (true, false or unknown), whatever facts an unknown names. */
    private static boolean same(Tri a, Tri b) {
        return java.util.Objects.equals(a.bool(), b.bool());
    }

    static List<String> ids(Condition c) {
        List<String> ids = new ArrayList<>();
        c.ids(ids);
        return ids;
    }
}
