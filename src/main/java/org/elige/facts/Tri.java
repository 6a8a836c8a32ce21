package org.elige.facts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Kleene three-valued logic with provenance: a condition is true, false, or cannot be decided from
 * the facts, and an undecided one names the facts whose absence left it open. Combining keeps only
 * what still matters: in {@code a.or(b)} a true {@code a} decides, so {@code b}'s missing facts are
 * dropped; in {@code a.and(b)} a false {@code a} does the same.
 */
public final class Tri {
    public static final Tri TRUE = new Tri(Boolean.TRUE, Set.of());
    public static final Tri FALSE = new Tri(Boolean.FALSE, Set.of());
    /** Unknown for a reason other than a missing fact (e.g. a parameter with no value in force). */
    public static final Tri UNKNOWN = new Tri(null, Set.of());

    private final Boolean value;
    private final Set<String> missing;

    private Tri(Boolean value, Set<String> missing) {
        this.value = value;
        this.missing = missing;
    }

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** True, false, or (null) unknown with no missing fact named. */
    public static Tri of(Boolean b) {
        return b == null ? UNKNOWN : of(b.booleanValue());
    }

    /** Unknown because these facts (JSON Pointers) are missing. */
    public static Tri unknown(Collection<String> missing) {
        return missing.isEmpty()
                ? UNKNOWN
                : new Tri(null, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(missing)));
    }

    /** Unknown when the fact is, naming its missing sources; else whether {@code test} holds of it. */
    public static Tri when(Value v, java.util.function.Predicate<Value> test) {
        return v.known() ? of(test.test(v)) : unknown(v.missing());
    }

    public boolean isTrue() {
        return value == Boolean.TRUE;
    }

    public boolean isFalse() {
        return value == Boolean.FALSE;
    }

    public boolean isUnknown() {
        return value == null;
    }

    /** The value as a Boolean, null when unknown. */
    public Boolean bool() {
        return value;
    }

    /** The facts whose absence leaves this unknown (empty when known). */
    public Set<String> missing() {
        return missing;
    }

    public Tri and(Tri other) {
        if (isFalse() || other.isFalse()) {
            return FALSE;
        }
        return isTrue() ? other : other.isTrue() ? this : merge(other);
    }

    public Tri or(Tri other) {
        if (isTrue() || other.isTrue()) {
            return TRUE;
        }
        return isFalse() ? other : other.isFalse() ? this : merge(other);
    }

    public Tri not() {
        return isUnknown() ? this : of(!value);
    }

    /** {@code this} implies {@code other}: true whenever {@code this} is false. */
    public Tri implies(Tri other) {
        return not().or(other);
    }

    private Tri merge(Tri other) {
        if (other.missing.isEmpty() || missing.containsAll(other.missing)) {
            return this;
        }
        if (missing.isEmpty() || other.missing.containsAll(missing)) {
            return other;
        }
        Set<String> both = new LinkedHashSet<>(missing);
        both.addAll(other.missing);
        return new Tri(null, java.util.Collections.unmodifiableSet(both));
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Tri t && java.util.Objects.equals(value, t.value) && missing.equals(t.missing);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(value) * 31 + missing.hashCode();
    }

    @Override
    public String toString() {
        return value == null ? (missing.isEmpty() ? "UNKNOWN" : "UNKNOWN" + missing) : value ? "TRUE" : "FALSE";
    }
}
