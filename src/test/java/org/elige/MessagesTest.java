package org.elige;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.elige.model.Messages;
import org.junit.jupiter.api.Test;

/** The Spanish and English catalogues say the same things. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
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
}
