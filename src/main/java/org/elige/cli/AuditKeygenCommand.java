package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.audit.Keys;
import org.elige.model.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit keygen}: makes the office's Ed25519 key pair for signed checkpoints. Ed25519, not a
 * shared secret (HMAC): auditors verify with the public key, which cannot sign; with HMAC whoever
 * can verify could also forge records.
 */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Make the office's Ed25519 key pair: FILE, the private key that signs appends (--signing-key; "
                    + "created readable by its owner only), and FILE.pub, the public key auditors verify with "
                    + "(audit verify --public-key).",
            "Ed25519 rather than a shared secret: the public key verifies but cannot sign, so an auditor cannot forge records.",
            "Never overwrites a key; prints the two files and the key id, never the key."
        })
final class AuditKeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The private key file to create.")
    Path out;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of the report: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        String l = lang.name();
        Keys.Written w = Keys.generate(out);
        o.println(Messages.get(l, "audit.keygen.private", w.privateKey().toString()));
        o.println(Messages.get(l, "audit.keygen.public", w.publicKey().toString()));
        o.println(Messages.get(l, "audit.keygen.id", w.keyId()));
        return Main.OK;
    }
}
