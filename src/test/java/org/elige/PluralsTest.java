package org.elige;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.elige.model.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue message that takes arguments, rendered with every count 0, 1 and 2 in both
 * languages, agrees in number: no "1 registros", "1 records" or "2 record". A count takes its noun
 * by a {@code choice} format; no message writes "(s)".
 */
class PluralsTest {
    private static final Set<String> EN_PLURAL = Set.of(
            "records",
            "errors",
            "results",
            "decisions",
            "items",
            "characters",
            "members",
            "problems",
            "requests",
            "households",
            "bytes",
            "levels",
            "months",
            "years",
            "findings",
            "decimals",
            "digits",
            "programs",
            "criteria",
            "rules",
            "parameters",
            "fixtures",
            "warnings",
            "days",
            "entries");
    private static final Set<String> EN_SINGULAR = Set.of(
            "record",
            "error",
            "result",
            "decision",
            "item",
            "character",
            "member",
            "problem",
            "request",
            "household",
            "byte",
            "level",
            "month",
            "year",
            "finding",
            "decimal",
            "digit",
            "program",
            "criterion",
            "rule",
            "parameter",
            "fixture",
            "warning",
            "day",
            "entry");
    private static final Set<String> ES_PLURAL = Set.of(
            "registros",
            "errores",
            "resultados",
            "decisiones",
            "elementos",
            "caracteres",
            "integrantes",
            "problemas",
            "peticiones",
            "hogares",
            "niveles",
            "meses",
            "años",
            "decimales",
            "dígitos",
            "programas",
            "criterios",
            "reglas",
            "parámetros",
            "idénticas",
            "diferentes",
            "repetidas",
            "evaluados",
            "rechazados",
            "días");
    private static final Set<String> ES_SINGULAR = Set.of(
            "registro",
            "error",
            "resultado",
            "decisión",
            "elemento",
            "carácter",
            "integrante",
            "problema",
            "petición",
            "hogar",
            "nivel",
            "mes",
            "año",
            "decimal",
            "dígito",
            "programa",
            "criterio",
            "regla",
            "parámetro",
            "idéntica",
            "diferente",
            "repetida",
            "evaluado",
            "rechazado",
            "día");
    /** Verbs that must agree with a count of one. */
    private static final Pattern EN_ONE_VERB = Pattern.compile("\\b1 (\\p{L}+ )?are\\b");

    private static final Pattern ES_ONE_VERB =
            Pattern.compile("\\b(aceptan|muestran) a lo más 1\\b|\\bse \\p{L}+n los primeros 1\\b");

    @Test
    void everyCountedMessageAgreesWithZeroOneAndTwoInBothLanguages() throws IOException {
        List<String> wrong = new ArrayList<>();
        wrong.addAll(disagreements(MessagesTest.load("messages.properties"), "en"));
        wrong.addAll(disagreements(MessagesTest.load("messages_es.properties"), "es"));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCheckFindsACountWithAFixedNoun() {
        Properties p = new Properties();
        p.setProperty("bad", "The batch has {0} records.");
        p.setProperty("good", "The batch has {0,choice,0#no records|1#1 record|1<{0,number,integer} records}.");
        p.setProperty("old", "The batch has {0,choice,1#1 record|1<{0} records}.");
        assertEquals(
                List.of("en bad: The batch has 1 records.", "en old: The batch has 1 record."), disagreements(p, "en"));
    }

    @Test
    void nounsOfRuleSentencesHaveASingularAndAPlural() throws IOException {
        for (String lang : List.of("es", "en")) {
            Properties p = MessagesTest.load(lang.equals("es") ? "messages_es.properties" : "messages.properties");
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("noun.")) {
                    assertEquals(2, p.getProperty(key).split("\\|").length, lang + " " + key);
                }
            }
        }
        assertEquals("1 mes", "1 " + Messages.get("es", "noun.month").split("\\|")[0]);
    }

    /** Each message rendered with all its arguments 0, 1, then 2, where the count and its words disagree. */
    static List<String> disagreements(Properties catalogue, String lang) {
        boolean en = lang.equals("en");
        Set<String> plural = new HashSet<>(en ? EN_PLURAL : ES_PLURAL);
        Set<String> singular = new HashSet<>(en ? EN_SINGULAR : ES_SINGULAR);
        for (String key : catalogue.stringPropertyNames()) {
            if (key.startsWith("noun.")) {
                String[] forms = catalogue.getProperty(key).split("\\|");
                singular.add(forms[0]);
                plural.add(forms[forms.length - 1]);
            }
        }
        Locale locale = Locale.forLanguageTag(en ? "en" : "es-MX");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(catalogue.stringPropertyNames())) {
            String template = catalogue.getProperty(key);
            if (template.contains("(s)") || template.contains("(es)")) {
                wrong.add(lang + " " + key + ": " + template);
                continue;
            }
            if (!template.contains("{")) {
                continue;
            }
            MessageFormat format = new MessageFormat(template, locale);
            int arity = format.getFormatsByArgumentIndex().length;
            for (int n = 0; n <= 2; n++) {
                Object[] args = new Object[arity];
                Arrays.fill(args, n);
                String text = format.format(args);
                boolean bad = n == 1
                        ? matches(text, "1", plural)
                                || (en ? EN_ONE_VERB : ES_ONE_VERB)
                                        .matcher(text)
                                        .find()
                        : matches(text, String.valueOf(n), singular) || (n == 0 && matches(text, "1", singular));
                if (bad) {
                    wrong.add(lang + " " + key + ": " + text);
                    break;
                }
            }
        }
        return wrong;
    }

    /** Whether {@code n} is followed by a word of {@code nouns} ("1 records", "2 record", "1 more problems"). */
    private static boolean matches(String text, String n, Set<String> nouns) {
        var m = Pattern.compile("(?<![\\p{L}0-9.,])" + n + " (?:more |más )?(\\p{L}+)")
                .matcher(text);
        while (m.find()) {
            if (nouns.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }
}
