package org.elige;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, clean rule folder written for a test: program DEMO (PERSON, decided in full from 2020) with an
 * age criterion, a not-studying criterion and a monthly benefit. Tests edit it into the case they need.
 */
public final class DemoRules {
    public static final String PROGRAM = """
            id: DEMO
            name: {es: "Programa de prueba", en: "Demo program"}
            unit: PERSON
            criteria: [DEMO-01, DEMO-02]
            period:
              from: 2020-01-01
              note: {es: "Las reglas anteriores no están publicadas.", en: "Earlier rules are not published."}
            """;
    public static final String PARAMETERS = """
            demo.age.min:
              description: {es: "Edad mínima", en: "Minimum age"}
              unit: years
              values:
                - {valid_from: 2020-01-01, value: 18, tag: SEC, source: "Demo rules, section 1"}
            demo.amount.monthly:
              description: {es: "Monto mensual", en: "Monthly amount"}
              unit: MXN/month
              values:
                - {valid_from: 2020-01-01, value: 1000, tag: SEC, source: "Demo rules, section 3"}
                - {valid_from: 2021-01-01, value: 1100, tag: SEC, source: "Demo rules 2021, section 3"}
            """;
    public static final String DRL = """
            package rules.demo;

            import org.elige.facts.*;
            import org.elige.engine.Check;
            import org.elige.engine.BenefitBuilder;

            global org.elige.engine.Findings out;

            rule "Is of age"
                @criterion("DEMO-01")
                @citation("Demo rules, section 1")
                @es_found("Tiene {age} años") @en_found("Is {age}")
                @es_needs("pide {demo.age.min} años o más") @en_needs("requires age {demo.age.min} or more")
            when
                $p : Person()
            then
                Check c = out.check(kcontext, $p);
                c.decide(c.atLeast($p.age(), "demo.age.min"));
            end

            rule "Is not studying"
                @criterion("DEMO-02")
                @citation("Demo rules, section 2")
                @es_found("¿Estudia?: {studying}") @en_found("Studying: {studying}")
                @es_needs("pide no estudiar") @en_needs("requires not studying")
            when
                $p : Person()
            then
                Check c = out.check(kcontext, $p);
                c.decide(c.isFalse($p.studying()));
            end

            rule "Monthly amount"
                @benefit("DEMO")
                @es_found("{amount} MXN al mes") @en_found("{amount} MXN a month")
            when
                $p : Person()
            then
                BenefitBuilder b = out.benefit(kcontext, $p);
                b.amount(b.number("demo.amount.monthly")).per("MXN/month").give();
            end
            """;

    private final Path dir;

    private DemoRules(Path dir) {
        this.dir = dir;
    }

    /** Writes the clean folder under {@code parent/rules}. */
    public static DemoRules in(Path parent) {
        DemoRules rules = new DemoRules(parent.resolve("rules"));
        rules.write("demo/program.yaml", PROGRAM);
        rules.write("demo/parameters.yaml", PARAMETERS);
        rules.write("demo/rules.drl", DRL);
        return rules;
    }

    public Path dir() {
        return dir;
    }

    public DemoRules write(String file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces text that must be there. */
    public DemoRules edit(String file, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(file));
            assertTrue(text.contains(from), "text to edit in " + file + ": " + from);
            return write(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
