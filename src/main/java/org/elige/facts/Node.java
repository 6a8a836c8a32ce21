package org.elige.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A part of the household record that rules read: reads its fields as {@link Value}s, so an
 * absent, null or ill-typed field is unknown, never false or zero.
 */
public abstract class Node {
    private final JsonNode json;
    private final String pointer;

    protected Node(JsonNode json, String pointer) {
        this.json = json;
        this.pointer = pointer;
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

    protected boolean has(String field) {
        return json.has(field);
    }

    /** A field as a fact, typed by its JSON type: number, boolean, string, or list. */
    public Value read(String field) {
        return read(json.path(field), at(field));
    }

    /** A nested field, e.g. {@code read("documents", "official_id")}. */
    public Value read(String object, String field) {
        return read(json.path(object).path(field), at(object) + "/" + field);
    }

    public static Value read(JsonNode node, String pointer) {
        return Value.raw(pointer, node, convert(node));
    }

    static Object convert(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(convert(n)));
            return list;
        }
        return null;
    }

    /** A date field; an unparseable date is unknown (the validator reports it). */
    public Value readDate(String field) {
        JsonNode node = json.path(field);
        return Value.raw(at(field), node, parseDate(node));
    }

    /** A JSON date string as a date; null when absent or not a real date. */
    public static LocalDate date(JsonNode node) {
        return parseDate(node);
    }

    static LocalDate parseDate(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    protected static BigDecimal number(Value v) {
        return v.number();
    }
}
