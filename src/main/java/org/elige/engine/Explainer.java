package org.elige.engine;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.facts.Unit;
import org.elige.model.Messages;
import org.elige.model.ParamUse;
import org.elige.model.Status;
import org.elige.model.Text;
import org.elige.rules.RuleInfo;
import tools.jackson.databind.JsonNode;

/**
 * Turns a rule's sentence templates into the sentence a caseworker reads: {@code {name}} is the
 * parameter {@code name}, or the fact with that derived name or field name. A code prints as its
 * name in the catalogue ({@link Messages#code}): a fact's codes as codes of its field, a parameter's
 * as codes of the field it declares ({@code codes:}). Every value prints in bounded length: a number
 * of absurd size in scientific form ({@code 1E+10000000}), text cut.
 */
final class Explainer {
    /** {@code {name}}, or {@code {name:noun}} for a count with its noun from the catalogue ("3 parcelas", "1 parcel"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?::([a-z_]+))?\\}");

    private static final Map<String, List<String[]>> PARTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ThreadLocal<DecimalFormat> INTEGER =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
    private static final ThreadLocal<DecimalFormat> DECIMAL =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.US)));

    private Explainer() {}

    static Text sentence(
            Unit unit,
            RuleInfo info,
            Status status,
            Map<String, Object> facts,
            Map<String, ParamUse> params,
            UnaryOperator<String> codesOf,
            List<String> missing,
            Text reason) {
        String esNeeds = fill(info.needs().es(), facts, params, codesOf, "es");
        String enNeeds = fill(info.needs().en(), facts, params, codesOf, "en");
        if (status != Status.UNKNOWN) {
            Text t = new Text(
                    join("es", fill(info.found().es(), facts, params, codesOf, "es"), esNeeds),
                    join("en", fill(info.found().en(), facts, params, codesOf, "en"), enNeeds));
            return status == Status.NOT_APPLICABLE ? Messages.text("criterion.premise_absent", t.es(), t.en()) : t;
        }
        if (!missing.isEmpty()) {
            Text asked = Questions.words(missing, unit);
            return Messages.text("criterion.missing", asked.es(), esNeeds, asked.en(), enNeeds);
        }
        Text why = reason == null ? Messages.text("criterion.undecidable") : reason;
        return Messages.text("criterion.reason", why.es(), capital(esNeeds), why.en(), capital(enNeeds));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Found; needs." from the catalogue's {@code criterion.decided} template, without MessageFormat. */
    private static String join(String lang, String found, String needs) {
        return Messages.get(lang, "criterion.decided").replace("{0}", found).replace("{1}", needs);
    }

    static Text note(
            RuleInfo info, Map<String, Object> values, Map<String, ParamUse> params, UnaryOperator<String> codesOf) {
        return new Text(
                fill(info.found().es(), values, params, codesOf, "es"),
                fill(info.found().en(), values, params, codesOf, "en"));
    }

    /** @param codesOf the field whose codes a parameter lists (its {@code codes:}); null for a parameter without */
    static String fill(
            String template,
            Map<String, Object> facts,
            Map<String, ParamUse> params,
            UnaryOperator<String> codesOf,
            String lang) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (String[] part : PARTS.computeIfAbsent(template, Explainer::parse)) {
            if (part[0] != null) {
                sb.append(part[0]);
                continue;
            }
            String name = part[1];
            Object value = lookup(name, facts, params);
            String field = params.containsKey(name) ? codesOf.apply(name) : name.substring(name.lastIndexOf('/') + 1);
            sb.append(part[2] == null ? format(value, lang, field) : counted(value, part[2], lang));
        }
        return sb.toString();
    }

    /** A template as literal text ({text, null}) and placeholders ({null, name}), parsed once. */
    private static List<String[]> parse(String template) {
        List<String[]> parts = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            parts.add(new String[] {template.substring(at, m.start()), null, null});
            parts.add(new String[] {null, m.group(1), m.group(2)});
            at = m.end();
        }
        parts.add(new String[] {template.substring(at), null, null});
        return List.copyOf(parts);
    }

    /** "a, b y c" / "a, b and c"; "—" for none. */
    static String list(List<String> items, String lang) {
        if (items.isEmpty()) {
            return Messages.get(lang, "list.none");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + Messages.get(lang, "list.and")
                + items.get(items.size() - 1);
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

    /** A count with its noun in the right number: {@code noun.NAME} in the catalogue is "singular|plural". */
    static String counted(Object v, String noun, String lang) {
        String[] forms = Messages.get(lang, "noun." + noun).split("\\|");
        String plural = forms[forms.length - 1];
        if (v == null || v instanceof tools.jackson.databind.JsonNode j && j.isNull()) {
            return Messages.get(lang, "value.unknown_count", plural);
        }
        boolean one = v instanceof tools.jackson.databind.JsonNode j
                ? j.isNumber() && j.decimalValue().compareTo(BigDecimal.ONE) == 0
                : v instanceof Number n && new BigDecimal(n.toString()).compareTo(BigDecimal.ONE) == 0;
        return format(v, lang, null) + " " + (one ? forms[0] : plural);
    }

    /** @param field the record field whose code {@code v} may be (see {@link Messages#code}), or null */
    static String format(Object v, String lang, String field) {
        if (v instanceof JsonNode j) {
            v = j.isNull()
                    ? null
                    : j.isNumber()
                            ? j.decimalValue()
                            : j.isBoolean() ? (Object) j.booleanValue() : j.isString() ? j.stringValue() : j.toString();
        }
        if (v == null) {
            return Messages.get(lang, "value.unknown");
        }
        if (v instanceof BigDecimal n) {
            if (!org.elige.model.Shown.plain(n)) {
                return org.elige.model.Shown.number(n);
            }
            return (n.stripTrailingZeros().scale() > 0 ? DECIMAL : INTEGER)
                    .get()
                    .format(n);
        }
        if (v instanceof Boolean b) {
            return Messages.get(lang, b ? "value.yes" : "value.no");
        }
        if (v instanceof org.elige.facts.Bounds b) {
            return b.atMost() == null
                    ? Messages.get(lang, "value.at_least", format(b.atLeast(), lang, null))
                    : b.atLeast() == null
                                    || b.atLeast().signum() == 0 && b.atMost().signum() > 0
                            ? Messages.get(lang, "value.at_most", format(b.atMost(), lang, null))
                            : Messages.get(
                                    lang,
                                    "value.between",
                                    format(b.atLeast(), lang, null),
                                    format(b.atMost(), lang, null));
        }
        if (v instanceof List<?> l) {
            return list(l.stream().map(x -> format(x, lang, field)).toList(), lang);
        }
        String text = org.elige.model.Shown.text(v.toString());
        String name = Messages.code(lang, field, text);
        return name == null ? text : name;
    }
}
