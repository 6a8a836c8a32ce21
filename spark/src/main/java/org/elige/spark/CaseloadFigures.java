package org.elige.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.elige.model.Outcome;
import org.elige.model.Text;
import org.elige.report.Caseload;
import org.elige.rules.Program;
import org.elige.rules.RuleSet;

/**
 * The figures of {@code decide --report}, added up by Spark from the rows of {@link Tables#ROWS}
 * (results per program and outcome; decided households and those eligible for some program per
 * state; the facts asked for, by label) and handed to the core's {@link Caseload}, so the page is
 * the one {@code batch --report} renders.
 */
final class CaseloadFigures {
    private CaseloadFigures() {}

    static Caseload of(Dataset<Row> rows, RuleSet rules) {
        Caseload c = new Caseload();
        for (Row r : rows.filter(col("kind").equalTo("result"))
                .groupBy("program", "outcome")
                .agg(count("*"))
                .collectAsList()) {
            Program p = rules.programs().get(r.getString(0));
            c.outcome(r.getString(0), p == null ? null : p.name(), Outcome.valueOf(r.getString(1)), r.getLong(2));
        }
        Dataset<Row> decided = rows.filter(col("kind").equalTo("record").and(col("decided")));
        for (Row r : decided.groupBy(coalesce(col("state"), lit("?")))
                .agg(count("*"), sum(when(col("eligible"), 1L).otherwise(0L)))
                .collectAsList()) {
            c.households(r.getString(0), r.getLong(1), r.getLong(2));
        }
        for (Row r : decided.select(explode(col("asks")).as("ask"))
                .groupBy(col("ask.label_en"))
                .agg(first(col("ask.label_es")), count("*"), sum(col("ask.results")))
                .collectAsList()) {
            c.ask(new Text(r.getString(1), r.getString(0)), r.getLong(2), r.getLong(3));
        }
        return c;
    }
}
