package org.elige.facts;

/** Three-valued AND and OR over Booleans, null meaning unknown. */
final class Kleene {

    private Kleene() {
    }

    static Boolean any(Boolean... values) {
        boolean unknown = false;
        for (Boolean b : values) {
            if (Boolean.TRUE.equals(b)) {
                return Boolean.TRUE;
            }
            unknown |= b == null;
        }
        return unknown ? null : Boolean.FALSE;
    }

    static Boolean all(Boolean... values) {
        boolean unknown = false;
        for (Boolean b : values) {
            if (Boolean.FALSE.equals(b)) {
                return Boolean.FALSE;
            }
            unknown |= b == null;
        }
        return unknown ? null : Boolean.TRUE;
    }
}
