package org.elige.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.audit.Database;
import org.elige.audit.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rules export ID --to DIR}: writes a stored rule set back to a folder of files. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a stored rule set's files to a new folder (to read, diff or run it with --rules).")
final class RulesExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "ID", description = "The rule set id (sha256:…), as in rules list.")
    String id;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "DIR",
            description = "A folder that does not exist yet, or is empty.")
    Path to;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(to) && (!Files.isDirectory(to) || !empty(to))) {
            spec.commandLine().getErr().println("elige: " + to + " exists and is not an empty folder");
            return Main.USAGE;
        }
        try (Database log = db.open(false)) {
            Snapshots.export(log, id, to);
        }
        spec.commandLine().getOut().println("rule set " + id + " written to " + to);
        return Main.OK;
    }

    private static boolean empty(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
