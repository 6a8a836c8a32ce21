package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.elige.audit.Database;
import org.elige.audit.LogReader;
import org.elige.audit.ReplayHtml;
import org.elige.audit.ReplayReport;
import org.elige.audit.ReplayResult;
import org.elige.audit.Replayer;
import org.elige.audit.Row;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import org.elige.model.Messages;
import org.elige.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay --log}: verifies the log's hash chain (and refuses a broken one unless
 * {@code --force}), then decides logged decisions again and reports IDENTICAL or DIFFERENT for
 * each, the outcome changes first; {@code replay FIXTURES_DIR}: {@code test} under the name
 * auditors use.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Verify the decision log's hash chain first (a broken chain is refused, exit 6, unless --force); then "
                    + "decide logged decisions again, each under its own rule set rebuilt from the log (or under --rules), "
                    + "with the same input, evaluation date and overrides; report IDENTICAL or DIFFERENT with the first difference, "
                    + "the decisions whose outcome or benefit changed first, then those whose reasons or only wording changed.",
            "With FIXTURES_DIR instead of --log: replay the fixtures, as test does."
        })
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FIXTURES_DIR", arity = "0..1", description = "A folder of fixtures to replay (as test).")
    Path fixtures;

    @Option(names = "--log", description = "Replay decisions from the decision log (see --db).")
    boolean log;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Only decisions made on or after this day (decided_at, UTC).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Only decisions made on or before this day (decided_at, UTC).")
    LocalDate to;

    @Option(
            names = "--id",
            paramLabel = "ID",
            split = ",",
            description = "Only these decisions (repeatable, or comma-separated).")
    List<String> ids = new ArrayList<>();

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Replay under this rule set instead of each decision's own "
                    + "(which past decisions would come out differently today?). For FIXTURES_DIR, default: rules.")
    Path rules;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Format format;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Also write a self-contained HTML report for auditors.")
    Path html;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description =
                    "Language of the text and HTML reports and of the progress: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Option(
            names = "--force",
            description =
                    "Replay even when the log's hash chain is broken (the report then says so first; the exit code stays 6).")
    boolean force;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() throws IOException {
        Progress progress = progressOption.open(spec.commandLine().getErr(), lang.name());
        try {
            return call(progress, spec.commandLine().getOut(), progress.err());
        } finally {
            progress.done();
        }
    }

    private int call(Progress progress, PrintWriter out, PrintWriter err) throws IOException {
        if (log == (fixtures != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), Messages.get(lang.name(), "audit.replay.either"));
        }
        if (rules != null || !log) {
            progress.say("progress.rules", rules == null ? Path.of("rules") : rules);
        }
        RuleSet other = rules == null && log ? null : RulesOption.load(rules == null ? Path.of("rules") : rules, err);
        if (other == null && (rules != null || !log)) {
            return Main.INVALID_RULES;
        }
        if (!log) {
            return TestCommand.replay(other, fixtures, lang.name(), out, err, progress);
        }
        ReplayReport report = new ReplayReport(other == null ? null : other.id(), other == null ? null : other.label());
        String source;
        try (Database d = db.open(false)) {
            progress.say("progress.chain");
            Verification chain = Verifier.verify(d, 0, null);
            if (!chain.intact() && !force) {
                Verification.Problem p = chain.problem();
                err.println("elige: "
                        + Messages.get(
                                lang.name(),
                                "audit.replay.chain.broken",
                                String.valueOf(p.seq()),
                                String.valueOf(p.decisionId())));
                return Main.LOG_FAILED;
            }
            report.chain(chain);
            long total =
                    !ids.isEmpty() ? ids.size() : from == null && to == null && chain.intact() ? chain.records() : 0;
            replay(d, other, r -> {
                report.add(r);
                progress.count("progress.replay", report.results().size(), total);
            });
            progress.done();
            source = d.shown();
        }
        if (format == EvaluateCommand.Format.json) {
            report.json(out);
        } else {
            report.text(out, lang.name());
        }
        if (html != null) {
            Files.writeString(html, ReplayHtml.render(report, lang.name(), source), StandardCharsets.UTF_8);
        }
        return report.count(ReplayResult.Verdict.ERROR) > 0 || !report.chainIntact()
                ? Main.LOG_FAILED
                : report.count(ReplayResult.Verdict.DIFFERENT) > 0 ? Main.DIFFERENT : Main.OK;
    }

    private void replay(Database d, RuleSet other, Consumer<ReplayResult> report) {
        Replayer replayer = new Replayer(d, other, html != null);
        LogReader reader = new LogReader(d);
        if (ids.isEmpty()) {
            reader.forEach(from, to, row -> report.accept(replayer.replay(row)));
            return;
        }
        for (String id : ids) {
            Row row = reader.find(id)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), Messages.get(lang.name(), "audit.replay.no_decision", id, d.shown())));
            report.accept(replayer.replay(row));
        }
    }
}
