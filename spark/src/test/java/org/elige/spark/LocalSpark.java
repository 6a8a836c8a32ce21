package org.elige.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** One Spark in local mode ({@code local[2]}) for every test of this JVM, the shipped rules, and the core's CLI. */
final class LocalSpark {
    static final Path RULES = Path.of(System.getProperty("elige.rules", "../rules"));
    static final String AS_OF = "2025-10-01";
    private static SparkSession spark;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("elige-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
        }
        return spark;
    }

    /** What a job or a core command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    /** Runs an elige-spark job on the local session. */
    static Run job(String... args) {
        session();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs a command of the core's CLI ({@code java -jar elige.jar ...}) in this JVM. */
    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = org.elige.cli.Main.run(
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code elige generate} of {@code n} households at {@link #AS_OF} with seed 1, as a list of JSON lines. */
    static List<String> generate(Path dir, int n) {
        Path file = dir.resolve("generated-" + n + ".jsonl");
        if (!Files.exists(file)) {
            Run r = cli(
                    "generate",
                    "--households",
                    String.valueOf(n),
                    "--seed",
                    "1",
                    "--as-of",
                    AS_OF,
                    "--rules",
                    RULES.toString(),
                    "-o",
                    file.toString());
            if (r.code() != 0) {
                throw new AssertionError("generate failed: " + r.err());
            }
        }
        try {
            return new ArrayList<>(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
