package org.elige.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --progress} / {@code --no-progress}: whether a long command tells what it is doing. */
final class ProgressOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Tell on standard error what the command is doing and how far it is "
                    + "(default: when standard error is a terminal).")
    Boolean show;

    /** The progress to tell on {@code err}, in {@code lang}; quiet unless asked or on a terminal. */
    Progress open(PrintWriter err, String lang) {
        return new Progress(
                err, lang, show != null ? show : ((Main) command.root().userObject()).terminal);
    }
}
