package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.changes.Changes;
import org.elige.fixtures.NullSafety;
import org.elige.lint.Lint;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check [RULES_DIR] [--strict] [--nulls FIXTURES_DIR] [--since GIT_REV]}: compiles and lints
 * rules and parameters and reports every problem; optionally checks that no fixture is decided
 * by a missing fact, and lists what changed since a git revision.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Compile and lint the rules and parameters; print every problem as file:line:col with a code"
                + " (ELG...) and a fix, or a summary when there is no error.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "RULES_DIR",
            defaultValue = "rules",
            arity = "0..1",
            description = "Folder of rules (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--strict", description = "Treat warnings as errors (CI does).")
    boolean strict;

    @Option(
            names = "--nulls",
            paramLabel = "FIXTURES_DIR",
            description =
                    "Also take away each fact every fixture's results read (absent, then null) and report any result"
                            + " decided because of the missing fact.")
    Path nulls;

    @Option(
            names = "--since",
            paramLabel = "GIT_REV",
            description =
                    "Also list the programs, criteria and parameters changed since this git revision, with the dates"
                            + " they affect, for a changelog entry.")
    String since;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lint.Result result = strict ? Lint.check(dir).strict() : Lint.check(dir);
        result.findings().forEach(err::println);
        if (since != null && !changes(out, err)) {
            return Main.USAGE;
        }
        if (result.errors() > 0 || result.rules() == null) {
            err.printf(
                    "elige: %s, %s in %s%s%n",
                    Counted.of(result.errors(), "error", "errors"),
                    Counted.of(result.warnings(), "warning", "warnings"),
                    dir,
                    result.rules() == null ? "; no rules were loaded" : "");
            return Main.INVALID_RULES;
        }
        summary(out, dir, result.rules());
        if (result.warnings() > 0) {
            out.printf(
                    "%s above (check --strict fails on them)%n", Counted.of(result.warnings(), "warning", "warnings"));
        }
        return nulls == null ? Main.OK : nulls(out, err, result.rules());
    }

    private static void summary(PrintWriter out, Path dir, RuleSet rules) {
        int criteria = rules.programs().values().stream()
                .mapToInt(p -> p.criteria().size())
                .sum();
        out.printf(
                "%s: ok · %s · %s (%s) · %s · rule set %s (%s)%n",
                dir,
                Counted.of(rules.programs().size(), "program", "programs"),
                Counted.of(criteria, "criterion", "criteria"),
                Counted.of(rules.rules().size(), "rule", "rules"),
                Counted.of(rules.parameters().all().size(), "parameter", "parameters"),
                rules.label(),
                rules.id());
        rules.programs()
                .values()
                .forEach(p -> out.printf("  %-16s %-9s %s%n", p.id(), p.unit(), String.join(" ", p.criteria())));
    }

    private boolean changes(PrintWriter out, PrintWriter err) {
        try {
            out.print(Changes.since(dir, since).markdown());
            return true;
        } catch (IllegalArgumentException | RuleSetException e) {
            err.println("elige: --since " + since + ": " + e.getMessage());
            return false;
        }
    }

    private Integer nulls(PrintWriter out, PrintWriter err, RuleSet rules) {
        if (!Files.isDirectory(nulls)) {
            err.println("elige: " + nulls + " is not a folder of fixtures");
            return Main.USAGE;
        }
        NullSafety.Report r = NullSafety.run(rules, nulls);
        r.violations().forEach(v -> err.println(nulls + "/" + v));
        out.printf(
                "null safety: %s, %s read, %s with a fact absent or null (%s the"
                        + " schema gives a meaning, or that change nothing, skipped), %s, %.1f s%n",
                Counted.of(r.fixtures(), "fixture", "fixtures"),
                Counted.of(r.facts(), "fact", "facts"),
                Counted.of(r.variants(), "decision", "decisions"),
                Counted.of(r.skipped(), "change", "changes"),
                Counted.of(r.violations().size(), "violation", "violations"),
                r.millis() / 1000.0);
        return r.violations().isEmpty() ? Main.OK : Main.FIXTURES_FAILED;
    }
}
