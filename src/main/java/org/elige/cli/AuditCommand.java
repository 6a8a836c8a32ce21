package org.elige.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit verify|batches|copy|keygen|sign}: the decision log itself. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description =
                "Check the decision log: verify its hash chain and signatures, list its batches, copy it into another "
                        + "database or a file, make a signing key, sign what is not signed yet.",
        subcommands = {
            AuditVerifyCommand.class,
            AuditBatchesCommand.class,
            AuditCopyCommand.class,
            AuditKeygenCommand.class,
            AuditSignCommand.class
        })
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: verify, batches, copy, keygen or sign");
    }
}
