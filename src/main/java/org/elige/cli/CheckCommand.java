package org.elige.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check [RULES_DIR]}: compiles rules and parameters and reports every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules and parameters; print every problem as file:line:col, or a summary when clean.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULES_DIR", defaultValue = "rules", arity = "0..1",
            description = "Folder of rules (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet rules = RulesOption.load(dir, spec.commandLine().getErr());
        if (rules == null) {
            return Main.INVALID_RULES;
        }
        out.printf("%s: ok · %d programs · %d criteria (%d rules) · %d parameters · rule set %s (%s)%n", dir,
                rules.programs().size(), rules.programs().values().stream().mapToInt(p -> p.criteria().size()).sum(),
                rules.rules().size(), rules.parameters().all().size(), rules.label(), rules.id());
        rules.programs().values().forEach(p -> out.printf("  %-16s %-9s %s%n", p.id(), p.unit(), String.join(" ", p.criteria())));
        return Main.OK;
    }
}
