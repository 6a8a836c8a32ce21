package org.elige.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.elige.facts.Household;
import org.elige.input.Json;
import org.elige.rules.RuleInfo;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/** Small rule folders written by an engine test, loaded as the engine loads shipped rules. */
final class TinyRules {
    /** The head of a DRL file: the facts, Check and the {@code out} global. */
    static final String DRL_HEAD = """
            package rules.tiny;

            import org.elige.facts.*;
            import org.elige.engine.Check;
            import org.elige.engine.BenefitBuilder;

            global org.elige.engine.Findings out;

            """;

    private TinyRules() {}

    /** Writes {@code files} (relative path to text) under {@code dir} and loads the folder. */
    static RuleSet load(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            return RuleSetLoader.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleSetException e) {
            throw new AssertionError("the test's rules do not load:\n" + e.getMessage(), e);
        }
    }

    /** A criterion rule deciding {@code id} for each person with the consequence {@code decide}. */
    static String criterion(String id, String decide) {
        return """
                rule "Decides %1$s"
                    @criterion("%1$s")
                    @citation("Test rules, %1$s")
                    @es_found("Visto") @en_found("Seen")
                    @es_needs("pide %1$s") @en_needs("requires %1$s")
                when
                    $p : Person()
                then
                    Check c = out.check(kcontext, $p);
                    %2$s
                end

                """.formatted(id, decide);
    }

    /** A household record read as the engine reads one (no checks), at {@code date}. */
    static Household household(String json, LocalDate date) {
        return new Household(Json.READER.readTree(json), date);
    }

    /** A fresh collector of findings for one evaluation at {@code date}. */
    static Findings findings(RuleSet rules, LocalDate date) {
        return new Findings(rules, date, rules.parameters(), Set.of(), true);
    }

    /** The metadata of the rule deciding criterion {@code id}. */
    static RuleInfo info(RuleSet rules, String id) {
        return rules.rules().values().stream()
                .filter(i -> id.equals(i.criterion()))
                .findFirst()
                .orElseThrow();
    }
}
