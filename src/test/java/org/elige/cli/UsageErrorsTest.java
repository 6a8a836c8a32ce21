package org.elige.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A command that speaks a language says what is wrong with its command line in that language, whole. */
class UsageErrorsTest {

    private static String usage(String... args) {
        Cli r = Cli.run(args);
        assertEquals(Main.USAGE, r.code(), r.err());
        return r.err();
    }

    @Test
    void anUnknownOptionGetsTheNearestOneInSpanishByDefault() {
        assertEquals(
                "elige evaluate: opción desconocida --lnag (¿quiso decir «--lang»?)\n"
                        + "Vea «elige evaluate --help» para sus opciones.\n",
                usage("evaluate", "--lnag", "en", "x.json"));
    }

    @Test
    void anUnknownOptionInEnglishOnRequest() {
        assertEquals(
                "elige evaluate: unknown option --formt (did you mean '--format'?)\n"
                        + "See 'elige evaluate --help' for its options.\n",
                usage("evaluate", "--lang", "en", "--formt", "json", "x.json"));
    }

    @Test
    void aMissingFileAValueNotAmongTheChoicesAndABadDate() {
        assertTrue(usage("evaluate").startsWith("elige evaluate: falta FILE|-; el comando lo exige.\n"));
        assertTrue(usage("evaluate", "--lang", "fr", "x.json")
                .startsWith("elige evaluate: --lang admite uno de estos valores: es, en; no «fr»\n"));
        assertTrue(
                usage("evaluate", "--lang=en", "--format", "jsno", "x.json")
                        .startsWith(
                                "elige evaluate: --format takes one of these values: text, json; not 'jsno' (did you mean 'json'?)\n"));
        assertTrue(usage("replay", "--lang", "en", "--from", "2025-13-01")
                .startsWith("elige replay: --from takes a date written YYYY-MM-DD, not '2025-13-01'.\n"));
        assertTrue(usage("evaluate", "--as-of", "1800-01-01", "x.json")
                .startsWith("elige evaluate: --as-of admite una fecha del 1900-01-01 al 2100-12-31, no 1800-01-01.\n"));
    }

    @Test
    void aMisspeltParameterIsToldInTheCommandsLanguage() {
        Cli es = Cli.run("evaluate", "--param", "jcf.agemax=21", "examples/household.json");
        assertEquals(Main.USAGE, es.code(), es.err());
        assertEquals("elige: --param: parámetro desconocido «jcf.agemax» (¿quiso decir «jcf.age.max»?)\n", es.err());
        Cli en = Cli.run("evaluate", "--lang", "en", "--param", "jcf.age.max=x", "examples/household.json");
        assertEquals("elige: --param: parameter 'jcf.age.max' takes a number, not 'x'\n", en.err());
    }

    @Test
    void aFileThatCannotBeReadIsToldInTheCommandsLanguage() {
        Cli folder = Cli.run("evaluate", "--lang", "en", "examples");
        assertEquals(Main.INVALID_INPUT, folder.code(), folder.err());
        assertEquals("elige: cannot read examples: it is a folder, not a file\n", folder.err());
    }

    @Test
    void aCommandWithoutLangKeepsItsEnglish() {
        assertTrue(usage("check", "--foo").startsWith("Unknown option: '--foo'"));
    }
}
