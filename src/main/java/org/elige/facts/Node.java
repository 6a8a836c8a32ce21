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
 * absent, null or ill-typed field is unknown, never false or zero.
 */
public abstract class Node {
    private final JsonNode json;
    private final String pointer;
    /** Facts already read: a record is immutable during an evaluation, and each is read by many rules. */
    private final java.util.Map<String, Value> read = new java.util.HashMap<>();

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
        return read.computeIfAbsent(field, f -> read(json.path(f), at(f)));
    }

    /** A nested field, e.g. {@code read("documents", "official_id")}. */
    public Value read(String object, String field) {
        return read.computeIfAbsent(object + "/" + field, k -> read(json.path(object).path(field), at(k)));
    }

    /** A fact computed once per evaluation under {@code key}. */
    protected Value memo(String key, java.util.function.Supplier<Value> compute) {
        Value v = read.get(key);
        if (v == null) {
            v = compute.get();
            read.put(key, v);
        }
        return v;
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
        return read.computeIfAbsent("date:" + field, k -> Value.raw(at(field), json.path(field), parseDate(json.path(field))));
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

    /** Whole years from {@code birth} to {@code on} (a birthday on that date counts); null when either is unknown or birth is later. */
    static BigDecimal years(Value birth, LocalDate on) {
        return birth.known() && on != null && !birth.date().isAfter(on) ? new BigDecimal(Period.between(birth.date(), on).getYears()) : null;
    }

    protected static BigDecimal number(Value v) {
        return v.number();
    }
}
