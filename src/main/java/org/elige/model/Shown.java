package org.elige.model;

import java.math.BigDecimal;
import java.math.MathContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Values of a record as shown back to a caller, bounded whatever the record holds: no message,
 * explanation or echoed value grows with the input beyond a few hundred characters.
 */
public final class Shown {
    /** The longest text shown back, in characters. */
    public static final int MAX_TEXT = 200;
    /** The most nodes of an object or list shown back as the bad value of a problem. */
    private static final int MAX_NODES = 50;
    /** Deepest list or object shown back; a record is at most 5 levels deep, so a decision stays readable by {@code Json.READER}. */
    private static final int MAX_DEPTH = 8;

    private Shown() {}

    /** Text cut to {@value #MAX_TEXT} characters, with "…" when cut. */
    public static String text(String s) {
        if (s == null || s.length() <= MAX_TEXT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return s.substring(0, end) + "…";
    }

    /**
     * Whether a number prints in plain digits in a few dozen characters: at most 18 digits before
     * the point and not smaller than a millionth. Others print in scientific form ({@link #number}).
     */
    public static boolean plain(BigDecimal n) {
        long digits = (long) n.precision() - n.scale();
        return n.signum() == 0 || digits <= 18 && digits >= -6;
    }

    /** A number in plain digits when that is short, else in scientific form with 6 significant digits ("1E+999999999"). */
    public static String number(BigDecimal n) {
        if (plain(n) && n.scale() <= 20) {
            return n.toPlainString();
        }
        return plain(n)
                ? n.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString()
                : n.round(new MathContext(6)).toString();
    }

    /**
     * The bad value of a problem as shown back: long text cut, an absurd number as its short
     * scientific text, and an object or list too big or too deep to be worth repeating left out (null).
     */
    public static JsonNode value(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return null;
        }
        if (v.isString() && v.stringValue().length() > MAX_TEXT) {
            return JsonNodeFactory.instance.stringNode(text(v.stringValue()));
        }
        if (v.isNumber() && !plain(v.decimalValue())) {
            return JsonNodeFactory.instance.stringNode(number(v.decimalValue()));
        }
        if (v.isContainer()) {
            return small(v, new int[] {MAX_NODES}, MAX_DEPTH) ? v : null;
        }
        return v;
    }

    /** Whether the tree has at most {@code budget[0]} nodes, {@code depth} more levels, no long text and no absurd number; stops counting early. */
    private static boolean small(JsonNode v, int[] budget, int depth) {
        if (--budget[0] < 0 || depth < 0) {
            return false;
        }
        if (v.isString()) {
            return v.stringValue().length() <= MAX_TEXT;
        }
        if (v.isNumber()) {
            return plain(v.decimalValue());
        }
        for (JsonNode child : v) {
            if (!small(child, budget, depth - 1)) {
                return false;
            }
        }
        return true;
    }
}
