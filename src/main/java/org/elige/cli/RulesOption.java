package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.elige.rules.Diagnostic;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by commands, and loading with every problem printed. */
final class RulesOption {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            defaultValue = "rules",
            description = "Folder of rule, program and parameter files (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** The rule set, or null after printing every problem as file:line:col. */
    static RuleSet load(Path dir, PrintWriter err) {
        try {
            RuleSet rules = RuleSetLoader.load(dir);
            rules.warnings().forEach(err::println);
            return rules;
        } catch (RuleSetException e) {
            e.diagnostics().forEach(d -> err.println(d));
            long n = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("elige: " + n + (n == 1 ? " error" : " errors") + " in " + dir + "; no rules were loaded");
            return null;
        }
    }
}
