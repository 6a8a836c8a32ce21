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
                    "elige: %d %s, %d %s in %s%s%n",
                    result.errors(),
                    plural(result.errors(), "error"),
                    result.warnings(),
                    plural(result.warnings(), "warning"),
                    dir,
                    result.rules() == null ? "; no rules were loaded" : "");
            return Main.INVALID_RULES;
        }
        summary(out, dir, result.rules());
        if (result.warnings() > 0) {
            out.printf(
                    "%d %s above (check --strict fails on them)%n",
                    result.warnings(), plural(result.warnings(), "warning"));
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
                count(rules.programs().size(), "program", "programs"),
                count(criteria, "criterion", "criteria"),
                count(rules.rules().size(), "rule", "rules"),
                count(rules.parameters().all().size(), "parameter", "parameters"),
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
                        + " schema gives a meaning, or that change nothing, skipped), %d %s, %.1f s%n",
                count(r.fixtures(), "fixture", "fixtures"),
                count(r.facts(), "fact", "facts"),
                count(r.variants(), "decision", "decisions"),
                count(r.skipped(), "change", "changes"),
                r.violations().size(),
                plural(r.violations().size(), "violation"),
                r.millis() / 1000.0);
        return r.violations().isEmpty() ? Main.OK : Main.FIXTURES_FAILED;
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    /** "1 rule", "2 rules": this command speaks English only. */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
