package org.elige.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.elige.audit.Database;
import org.elige.audit.RuleSetArchive;
import org.elige.model.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of the headings: es or en (default: ${DEFAULT-VALUE}).")
    EvaluateCommand.Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleSetArchive.Stored> stored;
        try (Database log = db.open(false)) {
            stored = new RuleSetArchive(log).list();
        }
        String lang = this.lang.name();
        out.printf(
                "%-71s  %-12s %-30s %-30s %9s%n",
                Messages.get(lang, "rules.list.id"),
                Messages.get(lang, "rules.list.label"),
                Messages.get(lang, "rules.list.first"),
                Messages.get(lang, "rules.list.last"),
                Messages.get(lang, "rules.list.decisions"));
        stored.forEach(s -> out.printf(
                "%-71s  %-12s %-30s %-30s %,9d%n",
                s.id(), s.label(), dash(s.firstUsed()), dash(s.lastUsed()), s.decisions()));
        return Main.OK;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
