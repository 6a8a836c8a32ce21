package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.audit.Credentials;
import org.elige.audit.Database;
import org.elige.audit.LogCopy;
import org.elige.audit.LogLocation;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import org.elige.model.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit copy}: moves the decision log into another database, or into a SQLite file for an
 * auditor, record for record with its hashes, after verifying it; then verifies the copy.
 */
@Command(
        name = "copy",
        mixinStandardHelpOptions = true,
        description = {
            "Copy the decision log into another database: every record as stored (same sequence numbers and hashes), "
                    + "the rule sets the records name, and the signed checkpoints; a page of 500 records per transaction.",
            "SRC's hash chain is verified first, and a broken one is refused (exit 6) with nothing written. DST is created "
                    + "if missing; it must be empty, or hold the beginning of SRC (an earlier copy, or one that stopped), "
                    + "and then only the rest is copied. The copy is verified at the end and both heads are printed.",
            "A SQLite file is also the export format: copy to a file to hand a log to an auditor, and from it to import "
                    + "it; there is no separate export or import command."
        })
final class AuditCopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "SRC",
            description = "The log to copy: a SQLite file or a PostgreSQL URL, as --db takes; opened read-only.")
    String from;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "DST",
            description = "Where to copy it: a SQLite file or a PostgreSQL URL, created if missing.")
    String to;

    @Option(
            names = "--db-password-file",
            paramLabel = "FILE",
            description = "A file (readable by you alone) holding the password of the PostgreSQL side; else $"
                    + Credentials.PASSWORD_FILE + ", else $" + Credentials.PASSWORD
                    + ". Two servers with different passwords: put them in ~/.pgpass.")
    Path passwordFile;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of the report and of the progress: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        Progress progress = progressOption.open(spec.commandLine().getErr(), lang.name());
        try {
            return call(progress, spec.commandLine().getOut(), progress.err());
        } finally {
            progress.done();
        }
    }

    private int call(Progress progress, PrintWriter out, PrintWriter err) {
        String lang = this.lang.name();
        LogLocation source = DbOption.locate(from, passwordFile);
        LogLocation target = DbOption.locate(to, passwordFile);
        if (LogCopy.same(source, target)) {
            err.println("elige: " + Messages.get(lang, "audit.copy.same", source.shown()));
            return Main.LOG_FAILED;
        }
        try (Database src = Database.open(source, false)) {
            progress.say("progress.chain");
            Verification verified = Verifier.verify(src, 0, null);
            if (!verified.intact()) {
                err.println("elige: " + Messages.get(lang, "audit.copy.broken", src.shown(), target.shown()));
                err.println(AuditVerifyCommand.report(src.shown(), verified, lang));
                return Main.LOG_FAILED;
            }
            try (Database dst = Database.open(target, true)) {
                return copy(src, verified, dst, progress, out, err);
            }
        }
    }

    private int copy(
            Database src, Verification source, Database dst, Progress progress, PrintWriter out, PrintWriter err) {
        String lang = this.lang.name();
        progress.say("progress.copy.target");
        Verification target = Verifier.verify(dst, 0, null);
        if (!target.intact()) {
            err.println("elige: " + Messages.get(lang, "audit.copy.target_broken", dst.shown(), src.shown()));
            err.println(AuditVerifyCommand.report(dst.shown(), target, lang));
            return Main.LOG_FAILED;
        }
        LogCopy.Copied copied;
        try {
            long total = source.headSeq() - Math.min(target.headSeq(), source.headSeq());
            copied = LogCopy.copy(src, source, dst, target, n -> progress.count("progress.copy", n, total));
        } catch (LogCopy.Refused e) {
            err.println("elige: " + e.reason().in(lang));
            return Main.LOG_FAILED;
        }
        progress.say("progress.copy.verify", dst.shown());
        Verification copy = Verifier.verify(dst, 0, null);
        progress.done();
        if (copied.kept() > 0 && copied.decisions() == 0) {
            out.println(Messages.get(lang, "audit.copy.up_to_date", dst.shown(), copied.kept(), src.shown()));
        } else {
            if (copied.kept() > 0) {
                out.println(Messages.get(lang, "audit.copy.kept", dst.shown(), copied.kept(), src.shown()));
            }
            out.println(Messages.get(
                    lang, "audit.copy.copied", src.shown(), dst.shown(), copied.decisions(), copied.ruleSets()));
        }
        if (copied.checkpoints() > 0) {
            out.println(Messages.get(lang, "audit.copy.checkpoints", copied.checkpoints()));
        }
        out.println(AuditVerifyCommand.report(dst.shown(), copy, lang));
        if (!copy.intact()
                || copy.headSeq() != source.headSeq()
                || !copy.headHash().equals(source.headHash())) {
            out.println(Messages.get(
                    lang,
                    "audit.copy.heads_differ",
                    src.shown(),
                    source.headSeq(),
                    source.headHash(),
                    dst.shown(),
                    copy.headSeq(),
                    String.valueOf(copy.headHash())));
            return Main.LOG_FAILED;
        }
        out.println(
                Messages.get(lang, "audit.copy.heads", src.shown(), dst.shown(), source.headSeq(), source.headHash()));
        return Main.OK;
    }
}
