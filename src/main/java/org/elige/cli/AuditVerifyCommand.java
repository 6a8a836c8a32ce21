package org.elige.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.elige.audit.Database;
import org.elige.audit.LogException;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit verify}: walks the hash chain and reports the first record that is not as written. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Walk the decision log's hash chain; report the first altered, inserted, removed or moved record; "
                    + "then check the stored rule sets the records name.",
            "Prints the head (last record and its hash): note it, and pass it later as --anchor to also catch records removed from the end.",
            "Opens the log read-only: verification never writes, and a file that is not a decision log is refused (exit 6)."
        })
final class AuditVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(
            names = "--anchor",
            paramLabel = "SEQ:HASH",
            description = "A record noted earlier (from a previous verify) that must still be in the chain.")
    String anchor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long seq = 0;
        String hash = null;
        if (anchor != null) {
            String[] parts = anchor.split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[1-9][0-9]{0,17}") || !parts[1].matches("[0-9a-f]{64}")) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--anchor takes SEQ:HASH, e.g. 1200:3fa2… (64 hex digits)");
            }
            seq = Long.parseLong(parts[0]);
            hash = parts[1];
        }
        try (Database log = db.open(false)) {
            Verification v = Verifier.verify(log, seq, hash);
            out.println(report(log.shown(), v));
            if (!v.intact()) {
                return Main.LOG_FAILED;
            }
            try {
                out.printf(
                        "%s: rule sets named by the records: %d, each stored intact%n",
                        log.shown(), Verifier.snapshots(log));
            } catch (LogException e) {
                out.println(log.shown() + ": FAILED: " + e.getMessage());
                return Main.LOG_FAILED;
            }
        }
        return Main.OK;
    }

    static String report(String db, Verification v) {
        if (v.intact()) {
            return String.format(
                    "%s: intact · %s · head %d:%s",
                    db, Counted.of(v.records(), "record", "records"), v.headSeq(), v.headHash());
        }
        Verification.Problem p = v.problem();
        return String.format(
                "%s: FAILED at record %d%s: %s%n%s before it %s intact (head of the intact part %d:%s)",
                db,
                p.seq(),
                p.decisionId() == null ? "" : " (decision " + p.decisionId() + ")",
                p.what(),
                Counted.of(v.records(), "record", "records"),
                v.records() == 1 ? "is" : "are",
                v.headSeq(),
                v.headHash());
    }
}
