package org.elige.input;

import com.networknt.schema.format.DateFormat;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The household schema compiled into plain checks that answer one question: does this record
 * certainly conform? A yes means the validator would report nothing; a no means "ask the
 * validator", which then finds every error and its wording. The answer is yes only for values of
 * the kinds this pass decides exactly as the validator does (strings, booleans, null, objects,
 * arrays, integers within a long, decimals); anything else (a decimal in an integer field, a
 * number held as a double or a big integer, a value of an enum that is not text) is left to the
 * validator. Patterns and the date format use the validator's own regular expressions and date
 * check. A schema keyword this pass does not know makes {@link #compile} refuse the schema, and
 * {@link SchemaCheck} then asks the validator about every record.
 */
final class SchemaFastPass {
    /** Keywords that only annotate or structure and never fail on their own. */
    private static final Set<String> ANNOTATIONS =
            Set.of("$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples");

    private static final int NULL = 1;
    private static final int BOOLEAN = 2;
    private static final int OBJECT = 4;
    private static final int ARRAY = 8;
    private static final int NUMBER = 16;
    private static final int INTEGER = 32;
    private static final int STRING = 64;
    private static final int ANY = 127;

    private static final DateFormat DATE = new DateFormat();
    /** Integers up to 2^53 are exact as doubles, as the validator reads them for {@code multipleOf}. */
    private static final long EXACT_DOUBLE = 1L << 53;

    private final Rule root;

    private SchemaFastPass(Rule root) {
        this.root = root;
    }

    /** True only if the validator would find no error in {@code record}. */
    boolean conforms(JsonNode record) {
        return root.conforms(record);
    }

    /**
     * @param schema the schema document
     * @param regex  the validator's regular expressions, so that a pattern matches here as it does there
     * @throws IllegalArgumentException naming the first keyword this pass cannot decide
     */
    static SchemaFastPass compile(JsonNode schema, RegularExpressionFactory regex) {
        return new SchemaFastPass(new Compiler(schema, regex).rule(schema, "#"));
    }

    /** One schema (the document, a definition, a property's): every check it makes on a value. */
    private static final class Rule {
        private final List<Rule> refs = new ArrayList<>();
        private int types = ANY;
        private Set<String> codes;
        private boolean nullCode;
        private BigDecimal minimum;
        private BigDecimal maximum;
        private BigDecimal multipleOf;
        private boolean integersAreMultiples;
        private int minLength;
        private int maxLength = Integer.MAX_VALUE;
        private RegularExpression pattern;
        private boolean date;
        private Map<String, Rule> properties = Map.of();
        private boolean closed;
        private Rule additional;
        private String[] required = new String[0];
        private Rule items;
        private int maxItems = Integer.MAX_VALUE;

        boolean conforms(JsonNode v) {
            for (Rule r : refs) {
                if (!r.conforms(v)) {
                    return false;
                }
            }
            int kind = kind(v);
            if ((kind & types) == 0 || (codes != null && !isCode(v))) {
                return false;
            }
            if (kind == STRING) {
                return text(v.stringValue());
            }
            if ((kind & NUMBER) != 0) {
                return number(v, (kind & INTEGER) != 0);
            }
            return kind == OBJECT ? object(v) : kind != ARRAY || array(v);
        }

        /**
         * The types the value has as the validator sees them (an integer is a number too), or 0 for
         * a number this pass leaves to the validator.
         */
        private static int kind(JsonNode v) {
            return switch (v.getNodeType()) {
                case NULL -> NULL;
                case BOOLEAN -> BOOLEAN;
                case STRING -> STRING;
                case OBJECT -> OBJECT;
                case ARRAY -> ARRAY;
                case NUMBER -> v.isInt() || v.isLong() ? INTEGER | NUMBER : v.isBigDecimal() ? NUMBER : 0;
                default -> 0;
            };
        }

        private boolean isCode(JsonNode v) {
            return v.isNull() ? nullCode : v.isString() && codes.contains(v.stringValue());
        }

        private boolean text(String s) {
            if (s.length() > maxLength && s.codePointCount(0, s.length()) > maxLength) {
                return false;
            }
            if (minLength > 0 && (s.length() < minLength || s.codePointCount(0, s.length()) < minLength)) {
                return false;
            }
            return (pattern == null || pattern.matches(s)) && (!date || DATE.matches(null, s));
        }

        private boolean number(JsonNode v, boolean integral) {
            BigDecimal n = integral ? null : v.decimalValue();
            if (minimum != null && compare(v, n, minimum) < 0) {
                return false;
            }
            if (maximum != null && compare(v, n, maximum) > 0) {
                return false;
            }
            if (multipleOf == null) {
                return true;
            }
            if (integral) {
                long l = v.longValue();
                return integersAreMultiples && l < EXACT_DOUBLE && l > -EXACT_DOUBLE;
            }
            return n.remainder(multipleOf).signum() == 0;
        }

        private static int compare(JsonNode v, BigDecimal n, BigDecimal bound) {
            return n != null
                    ? n.compareTo(bound)
                    : BigDecimal.valueOf(v.longValue()).compareTo(bound);
        }

        private boolean object(JsonNode v) {
            for (Map.Entry<String, JsonNode> field : v.properties()) {
                Rule r = properties.get(field.getKey());
                if (r == null) {
                    if (closed) {
                        return false;
                    }
                    r = additional;
                }
                if (r != null && !r.conforms(field.getValue())) {
                    return false;
                }
            }
            for (String name : required) {
                if (!v.has(name)) {
                    return false;
                }
            }
            return true;
        }

        private boolean array(JsonNode v) {
            if (v.size() > maxItems) {
                return false;
            }
            if (items != null) {
                for (JsonNode item : v) {
                    if (!items.conforms(item)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Turns schema objects into rules, each definition once. */
    private static final class Compiler {
        private final JsonNode document;
        private final RegularExpressionFactory regex;
        private final Map<String, Rule> byRef = new HashMap<>();

        Compiler(JsonNode document, RegularExpressionFactory regex) {
            this.document = document;
            this.regex = regex;
        }

        Rule rule(JsonNode schema, String at) {
            if (!schema.isObject()) {
                throw new IllegalArgumentException(at + " is not a schema object");
            }
            Rule r = new Rule();
            for (Map.Entry<String, JsonNode> k : schema.properties()) {
                keyword(r, k.getKey(), k.getValue(), at + "/" + k.getKey());
            }
            return r;
        }

        private void keyword(Rule r, String keyword, JsonNode value, String at) {
            switch (keyword) {
                case "$ref" -> r.refs.add(ref(value.stringValue(), at));
                case "type" -> r.types = types(value, at);
                case "enum" -> {
                    r.codes = new HashSet<>();
                    for (JsonNode c : value) {
                        if (c.isNull()) {
                            r.nullCode = true;
                        } else if (c.isString()) {
                            r.codes.add(c.stringValue());
                        }
                    }
                }
                case "minimum" -> r.minimum = number(value, at);
                case "maximum" -> r.maximum = number(value, at);
                case "multipleOf" -> {
                    r.multipleOf = number(value, at).stripTrailingZeros();
                    if (r.multipleOf.signum() <= 0) {
                        throw new IllegalArgumentException(at + " is not positive");
                    }
                    r.integersAreMultiples =
                            BigDecimal.ONE.remainder(r.multipleOf).signum() == 0;
                }
                case "minLength" -> r.minLength = count(value, at);
                case "maxLength" -> r.maxLength = count(value, at);
                case "maxItems" -> r.maxItems = count(value, at);
                case "pattern" -> r.pattern = regex.getRegularExpression(value.stringValue());
                case "format" -> {
                    if (!"date".equals(value.stringValue())) {
                        throw new IllegalArgumentException(at + ": format " + value + " is not decided here");
                    }
                    r.date = true;
                }
                case "required" -> {
                    List<String> names = new ArrayList<>();
                    value.forEach(n -> names.add(n.stringValue()));
                    r.required = names.toArray(String[]::new);
                }
                case "properties" -> {
                    r.properties = new HashMap<>();
                    for (Map.Entry<String, JsonNode> p : value.properties()) {
                        r.properties.put(p.getKey(), rule(p.getValue(), at + "/" + p.getKey()));
                    }
                }
                case "additionalProperties" -> {
                    if (value.isBoolean()) {
                        r.closed = !value.booleanValue();
                    } else {
                        r.additional = rule(value, at);
                    }
                }
                case "items" -> r.items = rule(value, at);
                default -> {
                    if (!ANNOTATIONS.contains(keyword)) {
                        throw new IllegalArgumentException(at + ": keyword not decided here");
                    }
                }
            }
        }

        /** A reference within the document ({@code #/$defs/name}), compiled once. */
        private Rule ref(String ref, String at) {
            Rule known = byRef.get(ref);
            if (known != null) {
                return known;
            }
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException(at + ": reference " + ref + " leaves the document");
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException(at + ": reference " + ref + " names nothing");
            }
            Rule r = rule(target, ref);
            byRef.put(ref, r);
            return r;
        }

        private static int types(JsonNode value, String at) {
            if (value.isArray()) {
                int all = 0;
                for (JsonNode t : value) {
                    all |= type(t.stringValue(), at);
                }
                return all;
            }
            return type(value.stringValue(), at);
        }

        private static int type(String name, String at) {
            return switch (name == null ? "" : name) {
                case "null" -> NULL;
                case "boolean" -> BOOLEAN;
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "number" -> NUMBER | INTEGER;
                case "integer" -> INTEGER;
                case "string" -> STRING;
                default -> throw new IllegalArgumentException(at + ": type " + name + " is not decided here");
            };
        }

        private static BigDecimal number(JsonNode value, String at) {
            if (!value.isNumber()) {
                throw new IllegalArgumentException(at + " is not a number");
            }
            return value.decimalValue();
        }

        private static int count(JsonNode value, String at) {
            if (!value.canConvertToInt() || value.intValue() < 0 || !value.isIntegralNumber()) {
                throw new IllegalArgumentException(at + " is not a count");
            }
            return value.intValue();
        }
    }
}
