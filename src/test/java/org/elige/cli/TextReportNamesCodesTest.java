package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text report names states, codes and benefit items in words, in both languages. */
class TextReportNamesCodesTest {
    private static final String SAMPLE = "examples/household.json";
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    private static String report(String lang) {
        Cli r = Cli.run("evaluate", SAMPLE, "--lang", lang);
        assertEquals(Main.OK, r.code(), r.err());
        return r.out();
    }

    @Test
    void theExampleReportShowsNoCodeInEitherLanguage() {
        for (String lang : List.of("es", "en")) {
            String text = report(lang);
            Matcher code = CODE.matcher(text);
            if (code.find()) {
                fail(lang + ": " + code.group() + " in\n" + text);
            }
        }
    }

    @Test
    void aStateReadsByItsNameAndWorksByTheirs() {
        String es = report("es");
        assertTrue(es.contains("entidad donde vive: Oaxaca;"), es);
        assertTrue(es.contains("(INPI): camino pavimentado, drenaje y saneamiento"), es);
        assertTrue(es.contains("la pensión es para mujeres mexicanas que viven en México."), es);
        String en = report("en");
        assertTrue(en.contains("State of residence: Oaxaca;"), en);
        assertTrue(en.contains("(INPI): paved road, drainage and sanitation"), en);
    }

    @Test
    void anEligibleResultWhoseAmountIsUnknownSaysWhy() {
        String es = report("es");
        assertTrue(es.contains("[ELEGIBLE]  Producción para el Bienestar: granos de temporal\n"), es);
        assertTrue(
                es.contains("El monto no se conoce. No hay un valor vigente el 2025-10-01 para: monto anual de granos"),
                es);
        assertFalse(es.contains("desconocido MXN"), es);
    }
}
