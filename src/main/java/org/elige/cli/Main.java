package org.elige.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.elige.audit.DecisionShape;
import org.elige.audit.KeyException;
import org.elige.audit.LogException;
import org.elige.model.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar elige.jar <command>}. Exit codes: 0 ok, 1 usage, 2 invalid input, 3 invalid
 * rules, 4 fixture failures, 5 internal error, 6 decision log unusable or altered, 7 replay found
 * differences.
 */
@Command(
        name = "elige",
        mixinStandardHelpOptions = true,
        version = "elige 0.1.0",
        description = "Decides which programs each member, producer, group, household and locality qualifies for.",
        subcommands = {
            EvaluateCommand.class,
            BatchCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            CheckCommand.class,
            TestCommand.class,
            AuditCommand.class,
            RulesCommand.class,
            ReplayCommand.class,
            FixtureCommand.class,
            ImpactCommand.class,
            ServeCommand.class,
            TokenCommand.class
        },
        exitCodeOnInvalidInput = Main.USAGE,
        exitCodeOnExecutionException = Main.INTERNAL,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:usage error",
            "2:invalid input record",
            "3:invalid rules",
            "4:fixture failures",
            "5:internal error",
            "6:decision log cannot be read or written, or fails verification",
            "7:replay found a decision that comes out differently"
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int INVALID_INPUT = 2;
    public static final int INVALID_RULES = 3;
    public static final int FIXTURES_FAILED = 4;
    public static final int INTERNAL = 5;
    public static final int LOG_FAILED = 6;
    public static final int DIFFERENT = 7;

    final InputStream in;
    /** Whether standard error is a terminal, where long commands tell their progress by default. */
    final boolean terminal;

    Main(InputStream in, boolean terminal) {
        this.in = in;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.in, out, err, Progress.terminal(), args));
    }

    /**
     * Runs one command with the given streams, {@code err} not being a terminal, and returns its
     * exit code; never exits.
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(in, out, err, false, args);
    }

    private static int run(InputStream in, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine cli = new CommandLine(new Main(in, terminal));
        cli.setOut(out).setErr(err);
        configure(cli);
        cli.setParameterExceptionHandler(new UsageErrors(cli.getParameterExceptionHandler()));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof KeyException k) {
                String lang = UsageErrors.lang(
                        line.getCommandSpec(), parsed.originalArgs().toArray(new String[0]));
                line.getErr().println("elige: " + k.reason().in(lang == null ? "en" : lang));
                return USAGE;
            }
            if (e instanceof DecisionShape.Unreadable u) {
                String lang = UsageErrors.lang(
                        line.getCommandSpec(), parsed.originalArgs().toArray(new String[0]));
                line.getErr().println("elige: " + u.reason().in(lang == null ? "en" : lang));
                return LOG_FAILED;
            }
            if (e instanceof LogException) {
                line.getErr().println("elige: " + e.getMessage());
                return LOG_FAILED;
            }
            if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
                // an input file named on the command line that is not there or not readable
                String lang = UsageErrors.lang(
                        line.getCommandSpec(), parsed.originalArgs().toArray(new String[0]));
                String file = ((FileSystemException) e).getFile();
                line.getErr()
                        .println("elige: "
                                + Messages.get(
                                        lang == null ? "en" : lang,
                                        "cli.cannot_read",
                                        file,
                                        EvaluateCommand.unreadable(file, (IOException) e)
                                                .in(lang == null ? "en" : lang)));
                return INVALID_INPUT;
            }
            line.getErr().println("elige: internal error: " + e);
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static void configure(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(INTERNAL);
            configure(sub);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this),
                "a command is required: evaluate, batch, check, test, generate, audit, rules, replay, fixture, impact, serve or token");
    }
}
