package org.elige.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code spark-submit … elige-spark.jar decide|impact …}: the core's rules decide a whole register
 * on a Spark cluster. Exit codes as the core's: 0 ok, 1 usage (a missing input, an existing output,
 * an unknown --param), 2 empty input, 3 rules that do not compile, 5 internal error.
 */
@Command(
        name = "elige-spark",
        mixinStandardHelpOptions = true,
        version = "elige-spark 0.1.0",
        description = "Decides a register of households on Apache Spark with elige's rules.",
        subcommands = {DecideCommand.class, ImpactCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int INVALID_RULES = 3;
    public static final int INTERNAL = 5;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs one job on the active (or a new) Spark session and returns its exit code; never exits. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out).setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof JobException j ? j.exitCode() : INTERNAL);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof JobException j) {
                line.getErr().println("elige-spark: " + j.getMessage());
                return j.exitCode();
            }
            line.getErr().println("elige-spark: internal error: " + e);
            e.printStackTrace(line.getErr());
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a job is required: decide or impact");
    }
}
