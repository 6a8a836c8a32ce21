package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.elige.fixtures.Coverage;
import org.elige.fixtures.FixtureSuite;
import org.elige.fixtures.Replay;
import org.elige.model.Status;
import org.elige.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test [FIXTURES_DIR]}: replays every fixture and prints rule coverage. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Replay every fixture pair; print pass/fail with the first difference, then rule coverage.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(
            paramLabel = "FIXTURES_DIR",
            defaultValue = "fixtures",
            arity = "0..1",
            description = "Folder of fixtures (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of the progress told on standard error: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = progressOption.open(spec.commandLine().getErr(), lang.name());
        try {
            PrintWriter err = progress.err();
            progress.say("progress.rules", rules.dir);
            RuleSet ruleSet = RulesOption.load(rules.dir, err);
            return ruleSet == null ? Main.INVALID_RULES : replay(ruleSet, dir, out, err, progress);
        } finally {
            progress.done();
        }
    }

    /** Replays the fixtures under {@code dir}, prints each and the coverage; returns the exit code. */
    static int replay(RuleSet ruleSet, Path dir, PrintWriter out, PrintWriter err, Progress progress) {
        if (!Files.isDirectory(dir)) {
            err.println("elige: " + dir + " is not a folder of fixtures");
            return Main.USAGE;
        }
        FixtureSuite.Report report =
                FixtureSuite.run(ruleSet, dir, (done, total) -> progress.count("progress.fixtures", done, total));
        progress.done();
        for (Replay r : report.replays()) {
            out.println(
                    (r.passed() ? "PASS " : "FAIL ") + r.fixture() + (r.passed() ? "" : "\n     " + r.difference()));
        }
        out.println();
        out.println("Rule coverage (P = seen PASSED, F = FAILED, U = UNKNOWN, N = NOT_APPLICABLE):");
        report.coverage()
                .seen()
                .forEach((id, seen) -> out.printf(
                        "  %-12s %s%s%s%s%s%n",
                        id,
                        flag(seen, Status.PASSED, "P"),
                        flag(seen, Status.FAILED, "F"),
                        flag(seen, Status.UNKNOWN, "U"),
                        flag(seen, Status.NOT_APPLICABLE, "N"),
                        Coverage.covered(seen) ? "" : "   <- never seen passing and failing (or not applying)"));
        out.printf(
                "%n%d fixtures, %d passed, %d failed; %d criteria without both a passing and a failing (or not applying) fixture%n",
                report.replays().size(),
                report.replays().size() - report.failures(),
                report.failures(),
                report.coverage().gaps().size());
        // the summary names what failed, so a failure is never buried among hundreds of PASS lines
        report.replays().stream()
                .filter(r -> !r.passed())
                .forEach(r -> out.println("  failed: " + r.fixture() + "\n     " + r.difference()));
        if (!report.coverage().gaps().isEmpty()) {
            out.println("  never seen passing and failing (or not applying): "
                    + String.join(", ", report.coverage().gaps()));
        }
        return report.failures() == 0 && report.coverage().gaps().isEmpty() ? Main.OK : Main.FIXTURES_FAILED;
    }

    private static String flag(Set<Status> seen, Status s, String letter) {
        return seen.contains(s) ? letter : "-";
    }
}
