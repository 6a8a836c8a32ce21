package org.elige.engine;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.elige.model.Messages;
import org.elige.model.ParamUse;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.rules.RuleInfo;
import tools.jackson.databind.JsonNode;

/**
 * Turns a rule's sentence templates into the sentence a caseworker reads: {@code {name}} is the
 * parameter {@code name}, or the fact with that derived name or field name.
 */
final class Explainer {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    private Explainer() {
    }

    static Text sentence(RuleInfo info, Status status, Map<String, Object> facts, Map<String, ParamUse> params,
                         List<String> missing, Text reason) {
        String esNeeds = fill(info.needs().es(), facts, params, "es");
        String enNeeds = fill(info.needs().en(), facts, params, "en");
        if (status != Status.UNKNOWN) {
            return Messages.text("criterion.decided", fill(info.found().es(), facts, params, "es"), esNeeds,
                    fill(info.found().en(), facts, params, "en"), enNeeds);
        }
        if (!missing.isEmpty()) {
            return Messages.text("criterion.missing", labels(missing, "es"), esNeeds, labels(missing, "en"), enNeeds);
        }
        Text why = reason == null ? Messages.text("criterion.undecidable") : reason;
        return Messages.text("criterion.reason", why.es(), esNeeds, why.en(), enNeeds);
    }

    static Text note(RuleInfo info, Map<String, Object> values, Map<String, ParamUse> params) {
        return new Text(fill(info.found().es(), values, params, "es"), fill(info.found().en(), values, params, "en"));
    }

    /** A missing fact named for a person: "la fecha de nacimiento (/members/1/birth_date)". */
    static String labels(List<String> pointers, String lang) {
        return pointers.stream().map(p -> {
            String field = p.substring(p.lastIndexOf('/') + 1);
            return Messages.has("fact." + field) ? Messages.get(lang, "fact." + field) + " (" + p + ")" : p;
        }).collect(Collectors.joining(", "));
    }

    static String fill(String template, Map<String, Object> facts, Map<String, ParamUse> params, String lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(format(lookup(m.group(1), facts, params), lang)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Object lookup(String name, Map<String, Object> facts, Map<String, ParamUse> params) {
        if (params.containsKey(name)) {
            return params.get(name).value();
        }
        if (facts.containsKey(name)) {
            return facts.get(name);
        }
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            if (e.getKey().endsWith("/" + name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static String format(Object v, String lang) {
        if (v instanceof JsonNode j) {
            v = j.isNull() ? null : j.isNumber() ? j.decimalValue() : j.isBoolean() ? (Object) j.booleanValue()
                    : j.isString() ? j.stringValue() : j.toString();
        }
        if (v == null) {
            return Messages.get(lang, "value.unknown");
        }
        if (v instanceof BigDecimal n) {
            String pattern = n.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
            return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(n);
        }
        if (v instanceof Boolean b) {
            return Messages.get(lang, b ? "value.yes" : "value.no");
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> format(x, lang)).collect(Collectors.joining(", "));
        }
        String text = v.toString();
        return Messages.has("code." + text) ? Messages.get(lang, "code." + text) : text;
    }
}
