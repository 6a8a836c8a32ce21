package org.elige.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.elige.audit.Batches;
import org.elige.audit.Database;
import org.elige.model.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit batches}: the batches that recorded decisions, with the id to pass to {@code batch --resume}. */
@Command(
        name = "batches",
        mixinStandardHelpOptions = true,
        description =
                "List the batches that recorded decisions: id (for batch --resume), decisions logged, highest input line, first and last write.")
final class AuditBatchesCommand implements Callable<Integer> {
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
        List<Batches.Batch> batches;
        try (Database log = db.open(false)) {
            batches = Batches.list(log);
        }
        String lang = this.lang.name();
        out.printf(
                "%-26s %10s %10s  %-30s %s%n",
                Messages.get(lang, "audit.batches.id"),
                Messages.get(lang, "audit.batches.decisions"),
                Messages.get(lang, "audit.batches.last_line"),
                Messages.get(lang, "audit.batches.first"),
                Messages.get(lang, "audit.batches.last"));
        batches.forEach(b ->
                out.printf("%-26s %,10d %,10d  %-30s %s%n", b.id(), b.decisions(), b.lastLine(), b.first(), b.last()));
        return Main.OK;
    }
}
