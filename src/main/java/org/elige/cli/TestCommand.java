package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.elige.fixtures.Coverage;
import org.elige.fixtures.FixtureSuite;
import org.elige.fixtures.Replay;
import org.elige.model.Messages;
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
        description =
                "Replay every fixture pair; print pass/fail with the first difference, then rule coverage, then a summary naming every failing fixture and coverage gap.")
final class TestCommand implements Callable<Integer> {
    /** The statuses of the coverage table, in the order of {@code test.coverage.letters}. */
    private static final List<Status> FLAGS =
            List.of(Status.PASSED, Status.FAILED, Status.UNKNOWN, Status.NOT_APPLICABLE);

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
            description =
                    "Language of the report and of the progress told on standard error: es or en (default: ${DEFAULT-VALUE}).")
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
            return ruleSet == null ? Main.INVALID_RULES : replay(ruleSet, dir, lang.name(), out, err, progress);
        } finally {
            progress.done();
        }
    }

    /**
     * Replays the fixtures under {@code dir}, prints each and the coverage, then a summary naming
     * every failing fixture and coverage gap, in {@code lang}; returns the exit code.
     */
    static int replay(RuleSet ruleSet, Path dir, String lang, PrintWriter out, PrintWriter err, Progress progress) {
        if (!Files.isDirectory(dir)) {
            err.println("elige: " + Messages.get(lang, "test.not_a_folder", dir));
            return Main.USAGE;
        }
        FixtureSuite.Report report =
                FixtureSuite.run(ruleSet, dir, (done, total) -> progress.count("progress.fixtures", done, total));
        progress.done();
        for (Replay r : report.replays()) {
            out.println(
                    r.passed()
                            ? Messages.get(lang, "test.pass", r.fixture())
                            : Messages.get(
                                    lang,
                                    "test.fail",
                                    r.fixture(),
                                    r.difference().in(lang)));
        }
        out.println();
        out.println(Messages.get(lang, "test.coverage"));
        String letters = Messages.get(lang, "test.coverage.letters");
        report.coverage().seen().forEach((id, seen) -> {
            StringBuilder flags = new StringBuilder();
            for (Status s : FLAGS) {
                flags.append(seen.contains(s) ? letters.charAt(FLAGS.indexOf(s)) : '-');
            }
            out.printf(
                    "  %-12s %s%s%n",
                    id, flags, Coverage.covered(seen) ? "" : "   " + Messages.get(lang, "test.coverage.gap"));
        });
        out.println();
        out.println(Messages.get(
                lang,
                "test.summary",
                report.replays().size(),
                report.replays().size() - report.failures(),
                report.failures(),
                report.coverage().gaps().size()));
        // the summary names what failed, so a failure is never buried among hundreds of PASS lines
        report.replays().stream()
                .filter(r -> !r.passed())
                .forEach(r -> out.println(Messages.get(
                        lang, "test.failed", r.fixture(), r.difference().in(lang))));
        if (!report.coverage().gaps().isEmpty()) {
            out.println(Messages.get(
                    lang, "test.gaps", String.join(", ", report.coverage().gaps())));
        }
        return report.failures() == 0 && report.coverage().gaps().isEmpty() ? Main.OK : Main.FIXTURES_FAILED;
    }
}
