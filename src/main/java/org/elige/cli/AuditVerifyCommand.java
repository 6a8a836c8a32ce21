package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.elige.audit.Checkpoints;
import org.elige.audit.Database;
import org.elige.audit.Keys;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import org.elige.model.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify}: walks the hash chain and reports the first record that is not as written;
 * with the office's public keys, also checks the signed checkpoints.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Walk the decision log's hash chain; report the first altered, inserted, removed or moved record; "
                    + "then check the stored rule sets the records name.",
            "Prints the head (last record and its hash): note it, and pass it later as --anchor to also catch records removed from the end.",
            "With --public-key, also checks the office's signed checkpoints: a record appended without the key "
                    + "before the last signed one fails (exit 6); records after it are reported as not yet signed.",
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

    @Option(
            names = "--public-key",
            paramLabel = "FILE",
            description =
                    "An office's Ed25519 public key (FILE.pub of 'audit keygen'): also check the signed checkpoints, "
                            + "and that no record was appended without the key. Repeat it for keys used before a rotation.")
    List<Path> publicKeys = new ArrayList<>();

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of the report: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String lang = this.lang.name();
        long seq = 0;
        String hash = null;
        if (anchor != null) {
            String[] parts = anchor.split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[1-9][0-9]{0,17}") || !parts[1].matches("[0-9a-f]{64}")) {
                throw new CommandLine.ParameterException(spec.commandLine(), Messages.get(lang, "audit.verify.anchor"));
            }
            seq = Long.parseLong(parts[0]);
            hash = parts[1];
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (Path file : publicKeys) {
            PublicKey key = Keys.publicKey(file);
            keys.put(Keys.keyId(key), key);
        }
        try (Database log = db.open(false)) {
            Verification v = Verifier.verify(log, seq, hash);
            out.println(report(log.shown(), v, lang));
            if (!v.intact()) {
                return Main.LOG_FAILED;
            }
            Verifier.Stored stored = Verifier.snapshots(log);
            if (stored.problem() != null) {
                out.println(Messages.get(
                        lang,
                        "audit.verify.snapshot_failed",
                        log.shown(),
                        stored.problem().in(lang)));
                return Main.LOG_FAILED;
            }
            out.println(Messages.get(lang, "audit.verify.snapshots", log.shown(), stored.ruleSets()));
            return signatures(out, log, v.headSeq(), keys, lang);
        }
    }

    /** With --public-key, checks the checkpoints; without, says how many were left unchecked. */
    private static int signatures(PrintWriter out, Database log, long head, Map<String, PublicKey> keys, String lang) {
        if (keys.isEmpty()) {
            long n = Checkpoints.count(log);
            if (n > 0) {
                out.println(Messages.get(lang, "audit.checkpoint.not_checked", log.shown(), n));
            }
            return Main.OK;
        }
        Checkpoints.Report r = Checkpoints.verify(log, head, keys);
        if (!r.intact()) {
            out.println(Messages.get(
                    lang,
                    "audit.checkpoint.verify_failed",
                    log.shown(),
                    r.problem().in(lang)));
            return Main.LOG_FAILED;
        }
        if (r.checkpoints() == 0) {
            out.println(Messages.get(lang, "audit.checkpoint.none", log.shown(), r.unsigned()));
            return Main.OK;
        }
        out.println(
                Messages.get(lang, "audit.checkpoint.signed", log.shown(), r.checkpoints(), keys.size(), r.signedTo()));
        if (r.unsigned() > 0) {
            out.println(Messages.get(lang, "audit.checkpoint.unsigned", log.shown(), r.unsigned(), r.signedTo()));
        }
        return Main.OK;
    }

    /** Whether the chain is intact with its head, or the first record that is not and why, in {@code lang}. */
    static String report(String db, Verification v, String lang) {
        if (v.intact()) {
            return Messages.get(
                    lang, "audit.verify.intact", db, v.records(), v.headSeq(), String.valueOf(v.headHash()));
        }
        Verification.Problem p = v.problem();
        return Messages.get(
                        lang,
                        "audit.verify.failed",
                        db,
                        p.seq(),
                        p.decisionId() == null
                                ? ""
                                : Messages.get(lang, "audit.verify.failed.decision", p.decisionId()),
                        p.reason().in(lang))
                + System.lineSeparator()
                + Messages.get(lang, "audit.verify.before", v.records(), v.headSeq(), String.valueOf(v.headHash()));
    }
}
