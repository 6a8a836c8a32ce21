package org.elige.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.elige.audit.Signer;
import org.elige.batch.Batch;
import org.elige.batch.Decide;
import org.elige.batch.Sink;
import org.elige.batch.Summary;
import org.elige.model.Outcome;
import org.elige.report.Caseload;
import org.elige.report.CaseloadPage;
import org.elige.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code batch IN}: decides a whole caseload of JSON Lines on several threads. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = "Decide every household of a JSON Lines file (.jsonl or .jsonl.gz, or - for standard input); "
                + "write one decision per line in input order.")
final class BatchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    DbOption db;

    @Mixin
    SigningKeyOption signingKey;

    @Parameters(paramLabel = "IN", description = "Households, one JSON object per line; - reads standard input.")
    String in;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Decisions (JSON Lines; .gz compresses). Default: standard output.")
    Path out;

    @Mixin
    WhatIfOptions whatIf;

    @Mixin
    ProspectOptions next;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(
            names = "--detail",
            defaultValue = "full",
            description = "full (every explanation, for auditors) or lean (statuses only). Default: ${DEFAULT-VALUE}.")
    Detail detail;

    @Option(
            names = "--errors",
            paramLabel = "FILE",
            description =
                    "Where refused lines, input errors and rules that failed go (JSON Lines with the line number). Default: standard error.")
    Path errors;

    @Option(
            names = "--record",
            description = "Store every full decision in the decision log (see --db), a transaction per 64 lines.")
    boolean record;

    @Option(
            names = "--resume",
            paramLabel = "BATCH_ID",
            description =
                    "Go on recording a batch that stopped: skip the lines it logged (same input needed); implies --record.")
    String resume;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Also write a self-contained HTML report of the caseload (in --lang): outcomes per program, "
                    + "households eligible per state on a map, the facts to ask for that settle the most results.")
    Path report;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description =
                    "Language of the progress told on standard error and of --report: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Mixin
    ProgressOption progressOption;

    enum Detail {
        full,
        lean
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
        progress.say("progress.rules", rules.dir);
        RuleSet ruleSet = RulesOption.load(rules.dir, err);
        if (ruleSet == null) {
            return Main.INVALID_RULES;
        }
        try {
            ruleSet.parameters().with(whatIf.params);
        } catch (IllegalArgumentException e) {
            err.println("elige: --param: " + e.getMessage());
            return Main.USAGE;
        }
        if (next.horizon() == null) {
            err.println("elige: " + org.elige.model.Messages.get(lang.name(), "cli.horizon", next.horizonYears));
            return Main.USAGE;
        }
        long size = "-".equals(in) ? 0 : Files.size(Path.of(in));
        Summary s;
        Caseload caseload = report == null ? null : new Caseload();
        Signer signer = record || resume != null ? signingKey.signer() : null;
        try (BatchLog log = record || resume != null ? new BatchLog(db.open(true), signer, resume) : null) {
            if (log != null) {
                err.println(log.describe());
            }
            s = run(ruleSet, log, caseload, progress);
        }
        progress.done();
        summary(err, s, size);
        if (caseload != null) {
            Files.writeString(
                    report,
                    CaseloadPage.render(caseload, lang.name(), ruleSet.label() + " (" + ruleSet.id() + ")", in),
                    StandardCharsets.UTF_8);
        }
        return s.refused() + s.withErrors() + s.withDefects() + s.failed() == 0 ? Main.OK : Main.INVALID_INPUT;
    }

    /** @param caseload gathers the report's figures, or null */
    private Summary run(RuleSet ruleSet, BatchLog log, Caseload caseload, Progress progress) throws IOException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Decide.Attach logged = log == null ? null : log.attach(whatIf.params);
        Sink sink = log == null ? null : log.sink(ruleSet);
        Decide decide = new Decide(
                ruleSet,
                whatIf.asOf,
                whatIf.params,
                detail == Detail.lean,
                caseload == null ? logged : caseload.attach(logged),
                log == null ? null : log.skip());
        if (next.wanted(false)) {
            decide.withProspects(next.horizon());
        }
        Batch batch = new Batch(decide, n, caseload == null ? sink : caseload.sink(sink));
        long total = 0;
        if (progress.shown() && !"-".equals(in)) {
            progress.say("progress.counting", in);
            try (InputStream input = open(in)) {
                total = lines(input);
            }
        }
        long expected = total;
        try (InputStream input = open(in);
                OutputStream output = create(out);
                OutputStream errs = create(errors)) {
            return batch.run(input, output, errs, records -> progress.count("progress.records", records, expected));
        }
    }

    /** How many lines a stream holds (a last line without its newline counts). */
    static long lines(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        byte last = '\n';
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            if (n > 0) {
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    private InputStream open(String name) throws IOException {
        InputStream raw = "-".equals(name) ? main.in : Files.newInputStream(Path.of(name));
        return name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private OutputStream create(Path path) throws IOException {
        if (path == null) {
            return new BufferedOutputStream(path == errors ? System.err : System.out, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        return path.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
    }

    private static void summary(PrintWriter err, Summary s, long inputBytes) {
        err.printf(
                "batch: %,d records in %.1f s (%,.0f households/s): %,d decided, %,d with input errors, %,d refused%s%s; "
                        + "%,d bytes written (%,.0f per household)%n",
                s.records(),
                s.elapsed().toNanos() / 1e9,
                s.perSecond(),
                s.decided(),
                s.withErrors(),
                s.refused(),
                s.withDefects() + s.failed() == 0
                        ? ""
                        : String.format(
                                ", %,d with a rule defect, %,d failed (see --errors)", s.withDefects(), s.failed()),
                s.skipped() == 0 ? "" : String.format(", %,d skipped (already logged)", s.skipped()),
                s.bytesWritten(),
                s.decided() == 0 ? 0.0 : (double) s.bytesWritten() / s.decided());
        err.printf(
                "  %-16s %s%n",
                "program",
                String.join(
                        " ",
                        java.util.Arrays.stream(Outcome.values())
                                .map(o -> String.format("%17s", o.name()))
                                .toList()));
        s.outcomes()
                .forEach((program, counts) -> err.printf(
                        "  %-16s %s%n",
                        program,
                        String.join(
                                " ",
                                java.util.Arrays.stream(Outcome.values())
                                        .map(o -> String.format("%,17d", counts.getOrDefault(o, 0L)))
                                        .toList())));
        err.flush();
    }
}
