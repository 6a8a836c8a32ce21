package org.elige.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.elige.rules.Diagnostic;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/**
 * {@code elige check}: the rule folder read as text by every lint check, then loaded (compiled)
 * as the engine loads it. Every problem comes with its location, a code and a fix; a compiler or
 * loader message that no lint check covers is reported as ELG000.
 */
public final class Lint {
    private static final List<LintRule> CHECKS = List.of(
            new LiteralThresholds(),
            new ParameterUse(),
            new ParameterHistory(),
            new RuleMetadata(),
            new ProgramDecisions(),
            new PatternShapes(),
            new ConsequenceShape());
    /** Loader messages that a lint check reports at the same place, with a code and a fix. */
    private static final List<String> COVERED = List.of(
            "is not defined in any parameters.yaml",
            "values are not in date order",
            "overlaps the previous one",
            "has neither @criterion",
            "rule is missing @",
            "name needs both 'es' and 'en'");

    private static final Comparator<LintFinding> ORDER = Comparator.comparing(LintFinding::file)
            .thenComparingInt(LintFinding::line)
            .thenComparingInt(LintFinding::column);

    private Lint() {}

    /**
     * Everything {@code check} finds in a rule folder, and the rule set when it loads.
     *
     * @param rules null when the folder does not load
     */
    public record Result(List<LintFinding> findings, RuleSet rules) {

        public long errors() {
            return findings.stream().filter(LintFinding::isError).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }

        /** The same result with every warning made an error ({@code check --strict}). */
        public Result strict() {
            return new Result(findings.stream().map(LintFinding::strict).toList(), rules);
        }
    }

    /** The lint findings of a folder read as text, without the warnings {@code lint.yaml} accepts, in file order. */
    public static List<LintFinding> lint(RuleFolder folder) {
        List<LintFinding> found = new ArrayList<>();
        CHECKS.forEach(c -> c.check(folder, found));
        List<LintFinding> kept = new ArrayList<>(folder.config().apply(found));
        kept.sort(ORDER);
        return kept;
    }

    /** Lints and loads a rule folder (the two at once, on two cores). */
    public static Result check(Path dir) {
        CompletableFuture<List<LintFinding>> linting = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return lint(RuleFolder.read(dir));
                    } catch (RuleSetException e) {
                        return List.of(); // not a folder: the loader says so below
                    }
                },
                runnable -> {
                    Thread t = new Thread(runnable, "elige-lint");
                    t.setDaemon(true);
                    t.start();
                });
        RuleSet rules = null;
        List<Diagnostic> loader;
        try {
            rules = RuleSetLoader.load(dir);
            loader = rules.warnings();
        } catch (RuleSetException e) {
            loader = e.diagnostics();
        }
        List<LintFinding> findings = new ArrayList<>(linting.join());
        List<LintFinding> lint = List.copyOf(findings);
        loader.stream().filter(d -> !covered(d, lint)).map(LintFinding::of).forEach(findings::add);
        findings.sort(ORDER);
        return new Result(List.copyOf(findings), rules);
    }

    private static boolean covered(Diagnostic d, List<LintFinding> lint) {
        return COVERED.stream().anyMatch(d.message()::contains)
                && lint.stream()
                        .anyMatch(f -> f.file().equals(d.file()) && f.line() == d.line() && f.column() == d.column());
    }
}
