package org.elige.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules list|export}: the rule sets stored in the decision log. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "The rule sets stored in the decision log: list them, or write one back to a folder.",
        subcommands = {RulesListCommand.class, RulesExportCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list or export");
    }
}
