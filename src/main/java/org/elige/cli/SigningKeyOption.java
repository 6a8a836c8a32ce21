package org.elige.cli;

import java.nio.file.Path;
import org.elige.audit.Keys;
import org.elige.audit.Signer;
import picocli.CommandLine.Option;

/**
 * The {@code --signing-key FILE} option of the commands that record: the office's Ed25519 private
 * key (see {@code audit keygen}), with which every append is signed in its own transaction.
 */
final class SigningKeyOption {
    /** The environment variable naming the signing key when {@code --signing-key} is not given. */
    static final String ENV = "ELIGE_SIGNING_KEY";

    @Option(
            names = "--signing-key",
            paramLabel = "FILE",
            description = "Sign every append with this Ed25519 private key (PEM, chmod 600; made by 'audit keygen'); "
                    + "default: $" + ENV + ", else no signature.")
    Path file;

    /** The key named by --signing-key, else by the environment, else null (appends are not signed). */
    Signer signer() {
        if (file != null) {
            return Keys.signer(file);
        }
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? null : Keys.signer(Path.of(env));
    }
}
