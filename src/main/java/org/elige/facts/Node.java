package org.elige.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A part of the household record that rules read: reads its fields as {@link Value}s, so an
 * absent, null or ill-typed field is unknown, never false or zero. A field holds only what the
 * schema lets it hold ({@link Fields}): a string where a number is expected, a number out of the
 * field's range or of an absurd size ({@code 1e999999999}), a date before 1900, is unknown; the
 * schema and record checks report it, so the results that read it are DATA_ERROR.
 *
 * <p>A part is bound once, when it is built: every field its accessors read is converted then,
 * with its pointer, into an immutable fact ({@link Layout}), so evaluating rules looks up nothing
 * by name in the tree.
 */
public abstract class Node {
    private final JsonNode json;
    private final String pointer;
    /** The fields this kind of part binds, by index. */
    private final Layout layout;
    /** The facts bound from them, in the layout's order. */
    private final Value[] facts;

    protected Node(JsonNode json, String pointer, Layout layout) {
        this.json = json;
        this.pointer = pointer;
        this.layout = layout;
        this.facts = layout.bind(json, pointer);
    }

    /** A list of the record as a list: anything else (an object where a list should be) has no items. */
    protected static JsonNode list(JsonNode n) {
        return n != null && n.isArray() ? n : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    /** The JSON Pointer of this part of the record, e.g. {@code /members/1}. */
    public String pointer() {
        return pointer;
    }

    /** The JSON Pointer of one of its fields. */
    public String at(String field) {
        return pointer + "/" + field;
    }

    protected JsonNode json() {
        return json;
    }

    /** The fact its layout bound at {@code index}. */
    protected final Value fact(int index) {
        return facts[index];
    }

    /**
     * A field as a fact, typed by its JSON type (number, boolean, string, or list) when the schema
     * lets the field hold it: the bound fact when an accessor reads the field, else read now.
     */
    public Value read(String field) {
        int i = layout.indexOf(field);
        return i >= 0 ? facts[i] : read(json.path(field), at(field));
    }

    /** A nested field, e.g. {@code read("documents", "official_id")}. */
    public Value read(String object, String field) {
        int i = layout.indexOf(object + "/" + field);
        return i >= 0 ? facts[i] : read(json.path(object).path(field), at(object + "/" + field));
    }

    /** The fact at {@code pointer}, as the schema lets that field hold it. */
    public static Value read(JsonNode node, String pointer) {
        return Value.raw(pointer, node, convert(node, Fields.template(pointer)));
    }

    /**
     * A JSON value as a fact, typed by its JSON type when the schema's field at {@code template}
     * takes that type and, for a number, when it lies in the field's range; else null (unknown).
     * A field the schema does not name keeps its JSON type; a number of absurd size is never read.
     */
    static Object convert(JsonNode node, String template) {
        return convert(node, Fields.spec(template), template);
    }

    /** As {@link #convert(JsonNode, String)}, with the field's {@code spec} already looked up. */
    static Object convert(JsonNode node, Fields.Spec spec, String template) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            java.math.BigDecimal n = node.decimalValue();
            return Fields.plausible(n) && (spec == null || spec.accepts(n)) ? n : null;
        }
        if (node.isBoolean()) {
            return spec == null || spec.bool() ? node.booleanValue() : null;
        }
        if (node.isString()) {
            return spec == null || spec.string() ? node.stringValue() : null;
        }
        if (node.isArray() && (spec == null || spec.array())) {
            List<Object> list = new ArrayList<>(node.size());
            String items = template + "/*";
            node.forEach(n -> list.add(convert(n, items)));
            return list;
        }
        return null;
    }

    /** A date field; an unparseable date, or one before 1900 or after 2100, is unknown (the checks report it). */
    public Value readDate(String field) {
        int i = layout.indexOfDate(field);
        return i >= 0 ? facts[i] : Value.raw(at(field), json.path(field), parseDate(json.path(field)));
    }

    /** A JSON date string as a date; null when absent or not a real date (of any year). */
    public static LocalDate date(JsonNode node) {
        if (node == null || !node.isString() || node.stringValue().length() > 16) {
            return null;
        }
        try {
            return LocalDate.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date of a record: null when absent, not a real date, or outside 1900–2100 ({@link Fields#plausible(LocalDate)}). */
    static LocalDate parseDate(JsonNode node) {
        LocalDate d = date(node);
        return d != null && Fields.plausible(d) ? d : null;
    }

    /** Whole years from {@code birth} to {@code on} (a birthday on that date counts); null when either is unknown or birth is later. */
    static BigDecimal years(Value birth, LocalDate on) {
        return birth.known() && on != null && !birth.date().isAfter(on)
                ? new BigDecimal(Period.between(birth.date(), on).getYears())
                : null;
    }

    protected static BigDecimal number(Value v) {
        return v.number();
    }
}
