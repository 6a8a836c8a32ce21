package org.elige.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.elige.audit.Database;
import org.elige.audit.FixtureWriter;
import org.elige.audit.LogReader;
import org.elige.audit.Row;
import org.elige.fixtures.FixtureSuite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixture from-log ID --to fixtures/<program>/<name>}: freezes a logged decision into a fixture pair. */
@Command(
        name = "from-log",
        mixinStandardHelpOptions = true,
        description = {
            "Freeze a logged decision into a fixture pair: <name>.input.json and <name>.expected.json.",
            "In a folder named after a program (fixtures/jcf/...) only that program's results are expected."
        })
final class FixtureFromLogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "ID", description = "The decision id.")
    String id;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "PATH",
            description = "fixtures/<program>/<sentence-naming-the-case>, without suffix.")
    Path to;

    @Option(names = "--force", description = "Overwrite an existing pair.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        String name = to.toString();
        if (name.endsWith(FixtureSuite.INPUT) || name.endsWith(FixtureSuite.EXPECTED)) {
            to = Path.of(name.substring(
                    0,
                    name.length()
                            - (name.endsWith(FixtureSuite.INPUT) ? FixtureSuite.INPUT : FixtureSuite.EXPECTED)
                                    .length()));
        }
        if (!force
                && (Files.exists(Path.of(to + FixtureSuite.INPUT))
                        || Files.exists(Path.of(to + FixtureSuite.EXPECTED)))) {
            spec.commandLine().getErr().println("elige: fixture " + to + " exists; --force overwrites it");
            return Main.USAGE;
        }
        List<Path> written;
        try (Database d = db.open(false)) {
            Row row = new LogReader(d)
                    .find(id)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "no decision " + id + " in " + d.shown()));
            written = FixtureWriter.write(row, to);
        }
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return Main.OK;
    }
}
