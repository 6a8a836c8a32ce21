package org.elige.facts;

/** Kleene three-valued logic: a criterion is true, false, or cannot be decided from the facts. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri and(Tri other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    public Tri or(Tri other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }

    public Tri not() {
        return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
    }

    public static Tri all(Tri... values) {
        Tri result = TRUE;
        for (Tri t : values) {
            result = result.and(t);
        }
        return result;
    }

    public static Tri any(Tri... values) {
        Tri result = FALSE;
        for (Tri t : values) {
            result = result.or(t);
        }
        return result;
    }
}
