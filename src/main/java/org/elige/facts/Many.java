package org.elige.facts;

import java.util.List;

/**
 * The parts of a record a rule may quantify over (parcels, listed members, enrollments): a list
 * that may itself be unknown. An absent list is never "every part passes" by default.
 *
 * @param pointer the JSON Pointer of the list, named as missing when it is unknown
 * @param items   the parts, or null when the list is absent
 */
public record Many<T>(String pointer, List<T> items) {

    public static <T> Many<T> known(String pointer, List<T> items) {
        return new Many<>(pointer, List.copyOf(items));
    }

    public static <T> Many<T> unknown(String pointer) {
        return new Many<>(pointer, null);
    }

    public boolean known() {
        return items != null;
    }
}
