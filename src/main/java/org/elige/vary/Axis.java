package org.elige.vary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The numeric fact a household is re-decided along: its JSON Pointer, the range and step, and the
 * grain thresholds are found to (the schema's {@code multipleOf}, 1 for an integer, else a cent).
 *
 * @param count how many values the axis takes: from, from + step, ... and to itself
 */
public record Axis(String pointer, BigDecimal from, BigDecimal to, BigDecimal step, BigDecimal grain, int count) {

    /** The most values one variation takes. */
    public static final int MAX_POINTS = 400;

    /**
     * Checks the axis against the household schema and the record: the schema describes a number at
     * {@code pointer}, the record has the object or list it sits in, the range rises within the
     * number's bounds, and from, to and step are multiples of its grain.
     */
    public static Axis of(JsonNode record, String pointer, BigDecimal from, BigDecimal to, BigDecimal step)
            throws VaryException {
        if (pointer == null || !pointer.startsWith("/")) {
            throw new VaryException("vary.pointer.syntax", String.valueOf(pointer));
        }
        NumericField field = NumericField.at(pointer);
        if (field == null) {
            throw new VaryException("vary.pointer.not_numeric", pointer);
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = record.at(p.head());
        String last = p.last().getMatchingProperty();
        boolean settable = parent instanceof ObjectNode
                || parent instanceof ArrayNode a
                        && p.last().getMatchingIndex() >= 0
                        && p.last().getMatchingIndex() < a.size();
        if (!settable) {
            throw new VaryException(
                    "vary.pointer.absent",
                    pointer,
                    p.head().toString().isEmpty() ? "/" : p.head().toString(),
                    last);
        }
        if (step.signum() <= 0) {
            throw new VaryException("vary.step.positive", step.toPlainString());
        }
        if (from.compareTo(to) > 0) {
            throw new VaryException("vary.range.order", from.toPlainString(), to.toPlainString());
        }
        for (BigDecimal v : List.of(from, to)) {
            if (field.minimum() != null && v.compareTo(field.minimum()) < 0
                    || field.maximum() != null && v.compareTo(field.maximum()) > 0) {
                throw new VaryException(
                        "vary.range.bounds",
                        pointer,
                        plain(field.minimum()),
                        plain(field.maximum()),
                        v.toPlainString());
            }
        }
        for (BigDecimal v : List.of(from, to, step)) {
            if (v.remainder(field.grain()).signum() != 0) {
                throw new VaryException("vary.grain", pointer, field.grain().toPlainString(), v.toPlainString());
            }
        }
        BigDecimal steps = to.subtract(from).divide(step, 0, RoundingMode.FLOOR);
        boolean toOnStep = from.add(step.multiply(steps)).compareTo(to) == 0;
        BigDecimal count = steps.add(toOnStep ? BigDecimal.ONE : BigDecimal.valueOf(2));
        if (count.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
            throw new VaryException(
                    "vary.too_many",
                    count.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue(),
                    from.toPlainString(),
                    to.toPlainString(),
                    step.toPlainString(),
                    MAX_POINTS);
        }
        return new Axis(pointer, from, to, step, field.grain(), count.intValue());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "…" : v.toPlainString();
    }

    /** The values, rising: from, from + step, ..., and to (also when the last step falls short of it). */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>(count);
        for (int i = 0; i < count - 1; i++) {
            values.add(from.add(step.multiply(BigDecimal.valueOf(i))));
        }
        values.add(to);
        return values;
    }

    /** A copy of the record with {@code value} at the pointer. */
    ObjectNode set(ObjectNode record, BigDecimal value) {
        ObjectNode copy = record.deepCopy();
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        BigDecimal v = value.stripTrailingZeros();
        JsonNode number = v.scale() <= 0
                ? JsonNodeFactory.instance.numberNode(v.toBigIntegerExact())
                : JsonNodeFactory.instance.numberNode(v);
        if (parent instanceof ObjectNode o) {
            o.set(p.last().getMatchingProperty(), number);
        } else {
            ((ArrayNode) parent).set(p.last().getMatchingIndex(), number);
        }
        return copy;
    }
}
