package org.elige;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.model.Messages;
import org.junit.jupiter.api.Test;

/** The Spanish and English catalogues say the same things, each in its own language. */
class MessagesTest {

    /** Common English words that are not Spanish words too ("no", "a", "es" and "error" are both). */
    private static final Set<String> ENGLISH = Set.of(("the and of is are was were with for not this must should which"
                    + " from has have will or to be in on at it by an any only more than each every found expected"
                    + " does value errors")
            .split(" "));

    /** Common Spanish words that are not English words. */
    private static final Set<String> SPANISH = Set.of(("el la los las del que una por para con está debe debería tiene"
                    + " pero se su sus al lo ni más cada sin y o de en es un")
            .split(" "));

    /** Proper names that keep their language in either catalogue. */
    private static final List<String> NAMES = List.of("Jóvenes Construyendo el Futuro");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}_.\\-/0-9]*");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_es.properties").stringPropertyNames()));
    }

    @Test
    void templatesAreFilledInEachLanguage() {
        assertEquals(
                "El dígito verificador de la CURP es 5 pero debería ser 4.",
                Messages.text("curp.check_digit", 5, 4).es());
        assertEquals(
                "The CURP check digit is 5 but should be 4.",
                Messages.text("curp.check_digit", 5, 4).en());
        assertTrue(Messages.get("es", "code.SELF_EMPLOYED_AGRI").startsWith("trabaja por su cuenta"));
    }

    @Test
    void aSentenceGivenAsAnArgumentIsFilledInTheTemplatesLanguage() {
        var type = Messages.text("json.type.array");
        assertEquals(
                "La entrada es una lista, no un objeto JSON; un registro de hogar es un objeto JSON.",
                Messages.get("es", "input.not_object", type));
        assertEquals(
                "The input is a list, not a JSON object; a household record is a JSON object.",
                Messages.get("en", "input.not_object", type));
    }

    @Test
    void spanishMessagesHaveNoEnglishWordsAndEnglishMessagesNoSpanishWords() throws IOException {
        List<String> mixed = new ArrayList<>();
        mixed.addAll(foreign(load("messages_es.properties"), ENGLISH, "es"));
        mixed.addAll(foreign(load("messages.properties"), SPANISH, "en"));
        assertEquals(List.of(), mixed);
    }

    @Test
    void theWordCheckFindsAWordOfTheOtherLanguage() {
        Properties p = new Properties();
        p.setProperty("x", "El registro tiene errores: expected a string");
        p.setProperty("y", "Falta «the value» en {0}; decision_ids o JSON");
        assertEquals(List.of("es x: [expected]"), foreign(p, ENGLISH, "es"));
    }

    /** Keys whose value has a word of the other language, outside placeholders, quotes, codes and names. */
    private static List<String> foreign(Properties p, Set<String> words, String lang) {
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            Set<String> hits = new TreeSet<>();
            Matcher m = WORD.matcher(prose(p.getProperty(key)));
            while (m.find()) {
                String w = m.group();
                boolean code = w.matches(".*[_.\\-/0-9].*") || (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
                if (!code && words.contains(w.toLowerCase(Locale.ROOT))) {
                    hits.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (!hits.isEmpty()) {
                found.add(lang + " " + key + ": " + hits);
            }
        }
        return found;
    }

    /** The words a person reads: placeholders, the branches' syntax of a choice, quoted codes and names taken out. */
    static String prose(String template) {
        String t = template;
        for (String name : NAMES) {
            t = t.replace(name, " ");
        }
        return t.replaceAll("\\{\\d+(,number(,integer)?)?}", " ")
                .replaceAll("\\{\\d+,choice,", " ")
                .replaceAll("\\d+[#<]", " ")
                .replaceAll("[{}|]", " ")
                .replaceAll("«[^»]*»|''[^']*''|\"[^\"]*\"", " ");
    }
}
