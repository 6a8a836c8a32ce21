package org.elige.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
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
import org.elige.audit.ImpactHtml;
import org.elige.audit.ImpactReport;

/**
 * {@code impact}: a register decided under the base and the candidate rule set in one pass; the
 * results that change (outcome or amount) with the criteria and parameters behind each, and
 * their aggregate per program × state × change with the cost delta per month; and, when asked,
 * the impact as one HTML page, the one the CLI's {@code impact --html} writes.
 */
final class ImpactJob {
    private ImpactJob() {}

    /** A benefit unit's amount per month: MXN/month as is, MXN/2 months halved, MXN/year by twelve; one-off amounts have none. */
    static final String MONTHLY = "CASE benefit_unit WHEN 'MXN/month' THEN benefit_change "
            + "WHEN 'MXN/2 months' THEN benefit_change / 2 WHEN 'MXN/year' THEN benefit_change / 12 END";

    /**
     * @param baseName      what the base rules were named by (their folder), for the page
     * @param candidateName the same for the candidate rules
     * @param html          the page to write, or null
     */
    static void run(
            SparkSession spark,
            Jobs.Compiled base,
            Jobs.Compiled candidate,
            String baseName,
            String candidateName,
            JobOptions o,
            PageFile html,
            PrintWriter out)
            throws IOException {
        Instant started = Instant.now();
        var conf = spark.sparkContext().hadoopConfiguration();
        RegisterInput.Files files = RegisterInput.list(o.input, conf);
        Output output = Output.prepare(o.output, o.overwrite, conf);
        RegisterInput.Opened in =
                RegisterInput.open(spark, o.input, files, o.format, o.jsonColumn, o.partitionMb << 20);
        Dataset<Row> rows = spark.createDataFrame(
                        in.records().mapPartitions(new ImpactRows(base.shipment(), candidate.shipment(), o.asOf)),
                        ImpactRows.ROWS)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(rows, "change", ImpactRows.CHANGES, output.table("changes"));
            write(rows, "error", ImpactRows.ERRORS, output.table("errors"));
            Dataset<Row> changes = spark.read().parquet(output.table("changes"));
            changes.groupBy("program", "state", "change", "benefit_unit")
                    .agg(
                            count("*").as("results"),
                            sum("benefit_change").as("benefit_change"),
                            sum(expr(MONTHLY)).cast("decimal(20,2)").as("monthly_cost_delta"))
                    .orderBy("program", "state", "change", "benefit_unit")
                    .coalesce(1)
                    .write()
                    .parquet(output.table("aggregate"));
            Row r = rows.filter(col("kind").equalTo("record"))
                    .agg(
                            count("*"),
                            sum(when(col("decided"), 1).otherwise(0)),
                            sum(when(col("changes").gt(0), 1).otherwise(0)),
                            sum(col("changes")))
                    .first();
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("records", r.getLong(0));
            counts.put("households", r.isNullAt(1) ? 0 : r.getLong(1));
            counts.put("refused", r.getLong(0) - (r.isNullAt(1) ? 0 : r.getLong(1)));
            counts.put("changed_households", r.isNullAt(2) ? 0 : r.getLong(2));
            counts.put("changed_results", r.isNullAt(3) ? 0 : r.getLong(3));
            output.write(
                    "manifest.json",
                    new Manifest("impact", started)
                            .ruleSet("base", base.rules(), base.shipment().shown())
                            .ruleSet(
                                    "candidate",
                                    candidate.rules(),
                                    candidate.shipment().shown())
                            .input(o, in)
                            .settings(
                                    o,
                                    Map.of(),
                                    spark.version(),
                                    spark.sparkContext().defaultParallelism())
                            .counts(counts)
                            .tables("changes", "errors", "aggregate")
                            .finish(Instant.now()));
            if (html != null) {
                html.write(ImpactHtml.render(
                        new ImpactReport(
                                ImpactFigures.of(rows),
                                counts.get("refused"),
                                baseName,
                                base.rules().id(),
                                base.rules().label(),
                                candidateName,
                                candidate.rules().id(),
                                candidate.rules().label()),
                        html.lang()));
            }
            out.printf(
                    "elige-spark impact: %,d households decided under both (%,d refused); %,d results change, in %,d"
                            + " households; tables in %s%n",
                    counts.get("households"),
                    counts.get("refused"),
                    counts.get("changed_results"),
                    counts.get("changed_households"),
                    o.output);
        } finally {
            rows.unpersist();
        }
    }

    private static void write(Dataset<Row> rows, String kind, String[] columns, String path) {
        rows.filter(col("kind").equalTo(kind))
                .select(Tables.columns(columns))
                .write()
                .mode(SaveMode.ErrorIfExists)
                .parquet(path);
    }
}
