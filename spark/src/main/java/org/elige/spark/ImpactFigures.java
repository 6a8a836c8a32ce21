package org.elige.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.elige.audit.Change;
import org.elige.audit.Impact;

/**
 * The figures of {@code impact --html}, added up by Spark from the rows of {@link ImpactRows#ROWS}
 * (changed results per program, state and benefit unit; decided households per state; changed
 * households by their monthly benefit change) and handed to the core's {@link Impact} with the
 * first {@link #LISTED} changes in input order, so the page is the one the CLI's {@code impact
 * --html} renders.
 */
final class ImpactFigures {
    /** The changes the page lists one by one; the rest are in the changes table. */
    static final int LISTED = 1000;

    /** A change's benefit change a month, to the cent, as {@link org.elige.model.Monthly} has it (zero without one). */
    static final String MONTHLY = "CAST(CASE benefit_unit WHEN 'MXN/month' THEN benefit_change"
            + " WHEN 'MXN/2 months' THEN bround(benefit_change / 2, 2)"
            + " WHEN 'MXN/year' THEN bround(benefit_change / 12, 2) ELSE 0 END AS decimal(20,2))";

    private ImpactFigures() {}

    static Impact of(Dataset<Row> rows) {
        Impact impact = new Impact();
        Dataset<Row> changes = rows.filter(col("kind").equalTo("change"));
        for (Row r : changes.groupBy("program", "state", "benefit_unit")
                .agg(
                        count("*"),
                        sum(when(col("change").equalTo("GAINED"), 1L).otherwise(0L)),
                        sum(when(col("change").equalTo("LOST"), 1L).otherwise(0L)),
                        sum(when(col("benefit_change").notEqual(0), col("benefit_change"))))
                .collectAsList()) {
            impact.count(
                    r.getString(0),
                    r.getString(1),
                    r.getLong(3),
                    r.getLong(4),
                    r.getLong(5),
                    r.getString(2),
                    r.getDecimal(6));
        }
        for (Row r : rows.filter(col("kind").equalTo("record").and(col("decided")))
                .groupBy("state")
                .agg(count("*"))
                .collectAsList()) {
            impact.households(r.getString(0), r.getLong(1));
        }
        for (Row r : changes.groupBy("source", "position")
                .agg(sum(expr(MONTHLY)).as("monthly"))
                .groupBy("monthly")
                .agg(count("*"))
                .collectAsList()) {
            impact.changedHouseholds(r.getDecimal(0), r.getLong(1));
        }
        for (Row r : changes.orderBy("source", "position", "seq").limit(LISTED).collectAsList()) {
            impact.list(new Change(
                    r.getLong(r.fieldIndex("position")),
                    r.getString(r.fieldIndex("household_id")),
                    r.getString(r.fieldIndex("state")),
                    r.getString(r.fieldIndex("program")),
                    r.getString(r.fieldIndex("unit_kind")),
                    r.getString(r.fieldIndex("unit_id")),
                    r.getString(r.fieldIndex("outcome_before")),
                    r.getString(r.fieldIndex("outcome_after")),
                    r.getDecimal(r.fieldIndex("benefit_before")),
                    r.getDecimal(r.fieldIndex("benefit_after")),
                    r.getString(r.fieldIndex("benefit_unit")),
                    List.copyOf(r.getList(r.fieldIndex("criteria"))),
                    List.copyOf(r.getList(r.fieldIndex("parameters")))));
        }
        return impact;
    }
}
