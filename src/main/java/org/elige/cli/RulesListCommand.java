package org.elige.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.elige.audit.Database;
import org.elige.audit.RuleSetArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules list}: every stored rule set with its label and use. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description =
                "List the rule sets stored in the decision log: id, label, first and last use, number of decisions.")
final class RulesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleSetArchive.Stored> stored;
        try (Database log = db.open(false)) {
            stored = new RuleSetArchive(log).list();
        }
        out.printf("%-71s  %-12s %-30s %-30s %9s%n", "rule set", "label", "first used", "last used", "decisions");
        stored.forEach(s -> out.printf(
                "%-71s  %-12s %-30s %-30s %,9d%n",
                s.id(), s.label(), dash(s.firstUsed()), dash(s.lastUsed()), s.decisions()));
        return Main.OK;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
