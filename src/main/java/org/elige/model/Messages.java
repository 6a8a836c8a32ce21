package org.elige.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one catalogue of message templates, {@code messages/messages_es.properties} and
 * {@code messages/messages_en.properties}; arguments use {@link MessageFormat} syntax.
 */
public final class Messages {
    private static final ResourceBundle ES = ResourceBundle.getBundle("messages.messages", Locale.forLanguageTag("es"));
    private static final ResourceBundle EN = ResourceBundle.getBundle("messages.messages", Locale.ROOT);

    private Messages() {
    }

    public static Text text(String key, Object... args) {
        return new Text(format(ES, key, args, "es"), format(EN, key, args, "en"));
    }

    public static String get(String lang, String key, Object... args) {
        return format("en".equals(lang) ? EN : ES, key, args, lang);
    }

    public static boolean has(String key) {
        return EN.containsKey(key);
    }

    private static String format(ResourceBundle bundle, String key, Object[] args, String lang) {
        String template = bundle.getString(key);
        return args.length == 0 ? template : new MessageFormat(template, Locale.forLanguageTag("en".equals(lang) ? "en" : "es-MX")).format(args);
    }
}
