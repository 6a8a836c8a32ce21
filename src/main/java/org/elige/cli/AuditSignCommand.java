package org.elige.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.elige.audit.Checkpoint;
import org.elige.audit.Checkpoints;
import org.elige.audit.Database;
import org.elige.audit.Signer;
import org.elige.audit.Verification;
import org.elige.audit.Verifier;
import org.elige.model.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit sign}: verifies the chain, then signs the records no checkpoint covers yet, up to
 * its head. How an office adopts a signing key on a log written without one (from then on every
 * record must be signed), or vouches for records appended without the key once it has checked them.
 */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Verify the log's chain, then sign, with --signing-key, every record after the last checkpoint up to the head.",
            "Run it once when the office adopts a key on a log written without one: audit verify --public-key then "
                    + "requires every record to be signed, and catches any appended without the key."
        })
final class AuditSignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    SigningKeyOption key;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of the report: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String lang = this.lang.name();
        Signer signer = key.signer();
        if (signer == null) {
            spec.commandLine().getErr().println("elige: " + Messages.get(lang, "audit.sign.no_key"));
            return Main.USAGE;
        }
        try (Database log = db.open(true)) {
            Verification v = Verifier.verify(log, 0, null);
            out.println(AuditVerifyCommand.report(log.shown(), v, lang));
            if (!v.intact()) {
                return Main.LOG_FAILED;
            }
            Checkpoint cp = Checkpoints.signUnsigned(log, signer, v);
            out.println(
                    cp == null
                            ? Messages.get(lang, "audit.sign.nothing", log.shown(), v.headSeq())
                            : Messages.get(
                                    lang, "audit.sign.signed", log.shown(), cp.firstSeq(), cp.lastSeq(), cp.keyId()));
        }
        return Main.OK;
    }
}
