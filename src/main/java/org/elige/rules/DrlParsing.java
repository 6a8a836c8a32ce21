package org.elige.rules;

import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Parses one DRL file into Drools' descriptor tree (rules, metadata, conditions), without
 * compiling it, for tools that read rules as text (the linter, the change list).
 */
public final class DrlParsing {

    private DrlParsing() {}

    /** The file's package, or null when it does not parse (the compiler reports why). */
    public static PackageDescr parse(String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL10);
        PackageDescr pkg = DrlCompiler.quietly(() -> {
            try {
                return parser.parse(false, text);
            } catch (DroolsParserException | RuntimeException e) {
                return null;
            }
        });
        return parser.hasErrors() ? null : pkg;
    }

    /** A metadata value as written ({@code "JCF-01"}, quoted or not) as plain text, or null when blank, as the loader reads it. */
    public static String metaValue(Object written) {
        return written == null ? null : RuleIndex.meta(Map.of("v", written), "v");
    }
}
