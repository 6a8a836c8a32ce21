package org.elige.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.elige.generate.Generator;
import org.elige.input.Json;
import org.elige.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes realistic synthetic households, deterministic per seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Write synthetic households (JSON Lines) for demos, benchmarks and load tests; the same seed gives the same file.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--households", required = true, description = "How many households.")
    long households;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--as-of",
            defaultValue = "2025-10-01",
            paramLabel = "DATE",
            description = "evaluation_date of every household (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "Output .jsonl (or .jsonl.gz).")
    Path out;

    @Override
    public Integer call() throws IOException {
        RuleSet ruleSet = RulesOption.load(rules.dir, spec.commandLine().getErr());
        if (ruleSet == null) {
            return Main.INVALID_RULES;
        }
        Generator generator = new Generator(seed, asOf, ruleSet);
        long start = System.nanoTime();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                OutputStream o = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            for (long i = 0; i < households; i++) {
                o.write(Json.WRITER.writeValueAsBytes(generator.household(i)));
                o.write('\n');
            }
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "generate: %s to %s in %.1f s (seed %d, %s)%n",
                        Counted.of(households, "household", "households"),
                        out,
                        (System.nanoTime() - start) / 1e9,
                        seed,
                        asOf);
        return Main.OK;
    }
}
