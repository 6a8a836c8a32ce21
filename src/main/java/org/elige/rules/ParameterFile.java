package org.elige.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elige.model.Text;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code parameters.yaml}: each key has dated {@code values}, every one with
 * {@code valid_from}, {@code value}, {@code source} and a confidence {@code tag}; optionally
 * {@code valid_until} when the value is known to have ended. Values must be in date order
 * without overlaps, and all of one type.
 */
final class ParameterFile {
    static final Set<String> TAGS = Set.of("OF", "SEC", "SEC1", "INTERP");

    private ParameterFile() {}

    static void read(YamlFile yaml, Map<String, Parameter> into, List<Diagnostic> problems) {
        yaml.root().properties().forEach(e -> {
            String key = e.getKey();
            String at = "/" + key;
            if (into.containsKey(key)) {
                problems.add(yaml.error(
                        at,
                        "parameter '" + key + "' is already defined in "
                                + into.get(key).file()));
                return;
            }
            List<ParameterValue> values = values(yaml, at, e.getValue(), problems);
            String codes = e.getValue().path("codes").asString(null);
            if (codes != null && !org.elige.facts.Fields.named(codes)) {
                problems.add(yaml.error(
                        at + "/codes",
                        "'codes' names the record field whose codes the values are (cve_ent for states), but the"
                                + " household schema has no field '" + codes + "'"));
            }
            JsonNode d = e.getValue().path("description");
            Text description = new Text(d.path("es").asString(""), d.path("en").asString(""));
            into.put(
                    key,
                    new Parameter(
                            key, description, e.getValue().path("unit").asString(""), codes, values, yaml.name()));
        });
    }

    private static List<ParameterValue> values(YamlFile yaml, String at, JsonNode node, List<Diagnostic> problems) {
        List<ParameterValue> values = new ArrayList<>();
        JsonNode list = node.path("values");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(yaml.error(at, "parameter '" + at.substring(1) + "' needs a non-empty list of 'values'"));
            return values;
        }
        for (int i = 0; i < list.size(); i++) {
            ParameterValue v = value(yaml, at + "/values/" + i, list.get(i), problems);
            if (v == null) {
                continue;
            }
            if (!values.isEmpty()) {
                ordered(yaml, at + "/values/" + i, values.get(values.size() - 1), v, problems);
            }
            values.add(v);
        }
        return values;
    }

    private static ParameterValue value(YamlFile yaml, String at, JsonNode n, List<Diagnostic> problems) {
        int before = problems.size();
        LocalDate from = date(yaml, at + "/valid_from", n.path("valid_from"), true, problems);
        LocalDate until = date(yaml, at + "/valid_until", n.path("valid_until"), false, problems);
        Object value = n.has("brackets")
                ? scale(yaml, at + "/brackets", n.path("brackets"), problems)
                : convert(n.path("value"));
        if (value == null && !n.has("brackets")) {
            problems.add(
                    yaml.error(at, "missing 'value' (a number, true/false, text, a list, or 'brackets' for a scale)"));
        }
        if (n.path("source").asString("").isBlank()) {
            problems.add(yaml.error(at, "missing 'source': cite where this value comes from"));
        }
        String tag = n.path("tag").asString("");
        if (!TAGS.contains(tag)) {
            problems.add(yaml.error(
                    n.has("tag") ? at + "/tag" : at, "tag must be one of OF, SEC, SEC1, INTERP, not '" + tag + "'"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(yaml.error(
                    at + "/valid_until",
                    "valid_until " + until + " is before valid_from " + from,
                    "make valid_until the last day the value holds, on or after valid_from"));
        }
        return problems.size() > before
                ? null
                : new ParameterValue(from, until, value, n.path("source").asString(), tag);
    }

    private static void ordered(
            YamlFile yaml, String at, ParameterValue prev, ParameterValue v, List<Diagnostic> problems) {
        if (!v.validFrom().isAfter(prev.validFrom())) {
            problems.add(yaml.error(
                    at + "/valid_from",
                    "values are not in date order: " + v.validFrom() + " comes after " + prev.validFrom()
                            + " (list them oldest first, one value per date)"));
        } else if (prev.validUntil() != null && !prev.validUntil().isBefore(v.validFrom())) {
            problems.add(yaml.error(
                    at + "/valid_from",
                    "value from " + v.validFrom() + " overlaps the previous one, valid until " + prev.validUntil()));
        }
        if (!Parameters.typeName(prev.value())
                .en()
                .equals(Parameters.typeName(v.value()).en())) {
            problems.add(yaml.error(
                    at + "/value",
                    "value is " + Parameters.typeName(v.value()).en() + " but earlier values are "
                            + Parameters.typeName(prev.value()).en()));
        }
    }

    private static LocalDate date(YamlFile yaml, String at, JsonNode n, boolean required, List<Diagnostic> problems) {
        if (n.isMissingNode() || n.isNull()) {
            if (required) {
                problems.add(yaml.error(at.substring(0, at.lastIndexOf('/')), "missing 'valid_from' (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(n.asString());
        } catch (DateTimeParseException e) {
            problems.add(yaml.error(at, "'" + n.asString() + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** A scale's brackets: ascending {@code up_to} limits, each with an {@code amount} or a {@code rate}. */
    private static Scale scale(YamlFile yaml, String at, JsonNode list, List<Diagnostic> problems) {
        int before = problems.size();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(
                    yaml.error(
                            at,
                            "'brackets' is not a list of brackets",
                            "write brackets: [{up_to: LIMIT, amount: N}, ...], each with 'amount' or 'rate', lowest limit first"));
            return null;
        }
        List<Scale.Bracket> brackets = new ArrayList<>();
        java.math.BigDecimal previous = null;
        for (int i = 0; i < list.size(); i++) {
            JsonNode b = list.get(i);
            String here = at + "/" + i;
            JsonNode upTo = b.path("up_to");
            boolean amount = b.path("amount").isNumber();
            boolean rate = b.path("rate").isNumber();
            if (!upTo.isNumber()) {
                problems.add(
                        yaml.error(
                                here,
                                "bracket " + (i + 1) + " has no 'up_to'",
                                "add up_to: the largest base the bracket holds (a number; the bracket starts above the previous one's)"));
                continue;
            }
            if (previous != null && upTo.decimalValue().compareTo(previous) <= 0) {
                problems.add(yaml.error(
                        here + "/up_to",
                        "brackets overlap or are not in order: up_to "
                                + upTo.decimalValue().toPlainString() + " of bracket " + (i + 1)
                                + " is not above the previous bracket's " + previous.toPlainString(),
                        "list the brackets from the lowest limit up, each up_to higher than the one before (a bracket holds"
                                + " the bases above the previous limit up to its own)"));
            }
            previous = upTo.decimalValue();
            if (amount == rate) {
                problems.add(yaml.error(
                        here,
                        "bracket " + (i + 1)
                                + (amount ? " has both 'amount' and 'rate'" : " has neither 'amount'" + " nor 'rate'"),
                        amount
                                ? "keep one: 'amount' (a fixed sum for the bracket) or 'rate' (per unit of the base)"
                                : "add amount: N (a fixed sum for the bracket) or rate: N (per unit of the base)"));
                continue;
            }
            brackets.add(new Scale.Bracket(
                    upTo.decimalValue(),
                    amount ? b.path("amount").decimalValue() : null,
                    rate ? b.path("rate").decimalValue() : null));
        }
        return problems.size() > before ? null : new Scale(List.copyOf(brackets));
    }

    static Object convert(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isString()) {
            return n.stringValue();
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(x -> list.add(convert(x)));
            return List.copyOf(list);
        }
        return null;
    }
}
