package org.elige.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fixture from-log}: fixtures made from the decision log. */
@Command(
        name = "fixture",
        mixinStandardHelpOptions = true,
        description = "Make fixtures from logged decisions.",
        subcommands = {FixtureFromLogCommand.class})
final class FixtureCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: from-log");
    }
}
