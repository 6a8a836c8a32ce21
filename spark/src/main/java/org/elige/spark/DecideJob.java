package org.elige.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.elige.report.CaseloadPage;
import org.elige.rules.RuleSet;

/**
 * {@code decide}: every household of a register under one rule set, in one pass over the input
 * (no shuffle of results): results partitioned by program, the records with problems, full
 * decisions when asked, then the summary (program × state × outcome) and the manifest; and, when
 * asked, the report of the register as one HTML page, the one {@code batch --report} writes.
 */
final class DecideJob {
    private DecideJob() {}

    static void run(
            SparkSession spark,
            RuleShipment shipment,
            RuleSet rules,
            JobOptions o,
            Map<String, String> params,
            boolean full,
            PageFile report,
            PrintWriter out)
            throws IOException {
        Instant started = Instant.now();
        var conf = spark.sparkContext().hadoopConfiguration();
        RegisterInput.Files files = RegisterInput.list(o.input, conf);
        Output output = Output.prepare(o.output, o.overwrite, conf);
        RegisterInput.Opened in =
                RegisterInput.open(spark, o.input, files, o.format, o.jsonColumn, o.partitionMb << 20);
        Dataset<Row> rows = spark.createDataFrame(
                        in.records().mapPartitions(new DecideRows(shipment, o.asOf, params, full, report != null)),
                        Tables.ROWS)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(rows, "result", Tables.RESULTS, output.table("results"), "program");
            write(rows, "error", Tables.ERRORS, output.table("errors"), null);
            if (full) {
                write(rows, "decision", Tables.DECISIONS, output.table("decisions"), null);
            }
            Map<String, Long> counts = counts(rows);
            Dataset<Row> results = spark.read().parquet(output.table("results"));
            counts.put("results", results.count());
            results.groupBy("program", "state", "outcome", "benefit_unit")
                    .agg(count("*").as("results"), sum("benefit").as("benefit_total"))
                    .orderBy("program", "state", "outcome", "benefit_unit")
                    .coalesce(1)
                    .write()
                    .parquet(output.table("summary"));
            String manifest = new Manifest("decide", started)
                    .ruleSet("rule_set", rules, shipment.shown())
                    .input(o, in)
                    .settings(o, params, spark.version(), spark.sparkContext().defaultParallelism())
                    .counts(counts)
                    .tables(
                            full
                                    ? new String[] {"results", "errors", "decisions", "summary"}
                                    : new String[] {"results", "errors", "summary"})
                    .finish(Instant.now());
            output.write("manifest.json", manifest);
            if (report != null) {
                report.write(CaseloadPage.render(
                        CaseloadFigures.of(rows, rules),
                        report.lang(),
                        rules.label() + " (" + rules.id() + ")",
                        o.input));
            }
            out.printf(
                    "elige-spark decide: %,d records, %,d decided, %,d refused, %,d with input errors; %,d results in %s%n",
                    counts.get("records"),
                    counts.get("decided"),
                    counts.get("refused"),
                    counts.get("with_errors"),
                    counts.get("results"),
                    o.output);
        } finally {
            rows.unpersist();
        }
    }

    static void write(Dataset<Row> rows, String kind, String[] columns, String path, String partitionBy) {
        var writer = rows.filter(col("kind").equalTo(kind))
                .select(Tables.columns(columns))
                .write()
                .mode(SaveMode.ErrorIfExists);
        (partitionBy == null ? writer : writer.partitionBy(partitionBy)).parquet(path);
    }

    /** Records read, decided, refused (not readable as a record), and decided with input errors. */
    static Map<String, Long> counts(Dataset<Row> rows) {
        Row r = rows.filter(col("kind").equalTo("record"))
                .agg(
                        count("*"),
                        sum(when(col("decided"), 1).otherwise(0)),
                        sum(when(col("decided").and(col("problems").gt(0)), 1).otherwise(0)))
                .first();
        long records = r.getLong(0);
        long decided = r.isNullAt(1) ? 0 : r.getLong(1);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("records", records);
        counts.put("decided", decided);
        counts.put("refused", records - decided);
        counts.put("with_errors", r.isNullAt(2) ? 0 : r.getLong(2));
        return counts;
    }
}
