package org.elige.model;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one catalogue of message templates, {@code messages/messages_es.properties} and
 * {@code messages/messages.properties} (English); arguments use {@link MessageFormat} syntax.
 * Templates are read once; formats are cached per thread (MessageFormat is not thread-safe). An
 * argument that is itself a {@link Text} is filled in the template's language, so a sentence built
 * from sentences never mixes languages. A count takes its noun by a {@code choice} format:
 * {@code {0,choice,0#no records|1#1 record|1<{0,number,integer} records}}.
 */
public final class Messages {
    private static final Map<String, String> ES = load(Locale.forLanguageTag("es"));
    private static final Map<String, String> EN = load(Locale.ROOT);
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Messages() {}

    public static Text text(String key, Object... args) {
        return new Text(get("es", key, args), get("en", key, args));
    }

    public static String get(String lang, String key, Object... args) {
        boolean en = "en".equals(lang);
        String template = (en ? EN : ES).get(key);
        if (template == null) {
            throw new java.util.MissingResourceException("no message " + key, "Messages", key);
        }
        if (args.length == 0) {
            return template;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Text t) {
                shown[i] = t.in(en ? "en" : "es");
            }
        }
        return FORMATS.get()
                .computeIfAbsent(
                        (en ? "en:" : "es:") + key,
                        k -> new MessageFormat(template, Locale.forLanguageTag(en ? "en" : "es-MX")))
                .format(shown);
    }

    /**
     * A code of the record, of a parameter or of a benefit in words: {@code code.FIELD.CODE} when the
     * catalogue gives the field's codes their own names (a state by its INEGI code, {@code
     * code.cve_ent.20}), else {@code code.CODE}; null when neither is in the catalogue.
     *
     * @param field the record field the code is a value of (e.g. {@code cve_ent}), or null
     */
    public static String code(String lang, String field, String code) {
        if (field != null && has("code." + field + "." + code)) {
            return get(lang, "code." + field + "." + code);
        }
        return has("code." + code) ? get(lang, "code." + code) : null;
    }

    public static boolean has(String key) {
        return EN.containsKey(key);
    }

    /** Every template whose key starts with one of the prefixes, unfilled, by key in key order. */
    public static SortedMap<String, String> all(String lang, String... prefixes) {
        SortedMap<String, String> out = new TreeMap<>();
        ("en".equals(lang) ? EN : ES).forEach((k, v) -> {
            for (String prefix : prefixes) {
                if (k.startsWith(prefix)) {
                    out.put(k, v);
                }
            }
        });
        return out;
    }

    private static Map<String, String> load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> map = new HashMap<>();
        bundle.keySet().forEach(k -> map.put(k, bundle.getString(k)));
        return Map.copyOf(map);
    }
}
