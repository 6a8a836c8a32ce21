package org.elige.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.elige.audit.Impact;
import org.elige.audit.ImpactHtml;
import org.elige.audit.ImpactProcessor;
import org.elige.audit.ImpactReport;
import org.elige.audit.RuleSource;
import org.elige.batch.Batch;
import org.elige.batch.Summary;
import org.elige.rules.Diagnostic;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code impact --base A --candidate B --households FILE}: which results a rule change flips, and why. */
@Command(
        name = "impact",
        mixinStandardHelpOptions = true,
        description = {
            "Decide a caseload under a base and a candidate rule set and list every (household, unit, program) "
                    + "whose outcome or benefit changes, with the criteria and parameters behind it; counts per program and state.",
            "A base (or candidate) that is not a folder is a git revision: REV reads rules/ as of that commit, REV:path another folder."
        })
final class ImpactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "RULES_DIR|GIT_REV", description = "The rule set in force.")
    String base;

    @Option(
            names = "--candidate",
            defaultValue = "rules",
            paramLabel = "RULES_DIR|GIT_REV",
            description = "The changed rule set (default: ${DEFAULT-VALUE}).")
    String candidate;

    @Option(
            names = "--households",
            required = true,
            paramLabel = "FILE",
            description = "The caseload, JSON Lines (.jsonl or .jsonl.gz).")
    Path households;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = EvaluationDate.class,
            description = "Evaluation date for every household (default: each record's own).")
    LocalDate asOf;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description =
                    "Language of the text and HTML reports and of the progress: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Mixin
    ProgressOption progressOption;

    enum Format {
        text,
        json,
        csv
    }

    @Override
    public Integer call() throws IOException {
        Progress progress = progressOption.open(spec.commandLine().getErr(), lang.name());
        try {
            return call(progress, progress.err());
        } finally {
            progress.done();
        }
    }

    private int call(Progress progress, PrintWriter err) throws IOException {
        progress.say("progress.rules.base", base);
        RuleSet before = load(base, err);
        if (before != null) {
            progress.say("progress.rules.candidate", candidate);
        }
        RuleSet after = before == null ? null : load(candidate, err);
        if (after == null) {
            return Main.INVALID_RULES;
        }
        Impact impact = new Impact();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long total = 0;
        if (progress.shown()) {
            progress.say("progress.counting", households);
            try (InputStream in = open()) {
                total = BatchCommand.lines(in);
            }
        }
        long expected = total;
        Summary s;
        try (InputStream in = open()) {
            s = new Batch(new ImpactProcessor(before, after, asOf), n, impact)
                    .run(
                            in,
                            OutputStream.nullOutputStream(),
                            null,
                            done -> progress.count("progress.households", done, expected));
        }
        progress.done();
        ImpactReport report = new ImpactReport(
                impact, s.refused(), base, before.id(), before.label(), candidate, after.id(), after.label());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> report.json(out);
            case csv -> report.csv(out);
            default -> report.text(out, lang.name());
        }
        if (html != null) {
            Files.writeString(html, ImpactHtml.render(report, lang.name()), StandardCharsets.UTF_8);
        }
        return Main.OK;
    }

    private InputStream open() throws IOException {
        InputStream raw = Files.newInputStream(households);
        return households.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static RuleSet load(String source, PrintWriter err) {
        try {
            RuleSet rules = RuleSource.load(source);
            rules.warnings().forEach(err::println);
            return rules;
        } catch (RuleSetException e) {
            e.diagnostics().stream().filter(Diagnostic::isError).forEach(err::println);
            err.println("elige: " + source + " holds invalid rules; nothing was compared");
            return null;
        }
    }
}
