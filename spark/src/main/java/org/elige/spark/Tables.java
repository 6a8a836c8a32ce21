package org.elige.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the tables a job writes. Every task emits rows of one wide schema ({@link #ROWS}),
 * tagged by {@code kind}, so that one pass over the input feeds every table; each table is then a
 * selection of it.
 */
public final class Tables {
    private Tables() {}

    public static final DataType AMOUNT = DataTypes.createDecimalType(18, 2);
    static final DataType STRINGS = DataTypes.createArrayType(StringType, false);
    static final StructType PROBLEM = new StructType(new StructField[] {
        field("path", StringType),
        field("value", StringType),
        field("message_es", StringType),
        field("message_en", StringType)
    });

    /** A fact a decided household was asked for, for the report: its label and the results it would help settle. */
    static final StructType ASK = new StructType(new StructField[] {
        field("label_es", StringType), field("label_en", StringType), field("results", IntegerType)
    });

    /**
     * A result ("result"), an input problem ("error"), a full decision ("decision") or one per record
     * ("record"; for a decided record also its state, whether some result is eligible and, for the
     * report, the facts asked for).
     */
    public static final StructType ROWS = new StructType(new StructField[] {
        field("kind", StringType),
        field("household_id", StringType),
        field("unit_kind", StringType),
        field("unit_id", StringType),
        field("program", StringType),
        field("outcome", StringType),
        field("benefit", AMOUNT),
        field("benefit_unit", StringType),
        field("failed", STRINGS),
        field("unknown", STRINGS),
        field("not_applicable", STRINGS),
        field("missing", STRINGS),
        field("conflicts_with", STRINGS),
        field("evaluation_date", DateType),
        field("rule_set_id", StringType),
        field("decision_id", StringType),
        field("input_sha256", StringType),
        field("state", StringType),
        field("source", StringType),
        field("position", LongType),
        field("decided", BooleanType),
        field("problems", IntegerType),
        field("errors", DataTypes.createArrayType(PROBLEM, false)),
        field("rule_defects", STRINGS),
        field("decision", StringType),
        field("eligible", BooleanType),
        field("asks", DataTypes.createArrayType(ASK, false))
    });

    static final String[] RESULTS = {
        "household_id",
        "unit_kind",
        "unit_id",
        "program",
        "outcome",
        "benefit",
        "benefit_unit",
        "failed",
        "unknown",
        "not_applicable",
        "missing",
        "conflicts_with",
        "state",
        "evaluation_date",
        "rule_set_id",
        "decision_id",
        "input_sha256"
    };
    static final String[] ERRORS = {
        "source", "position", "household_id", "decided", "problems", "errors", "rule_defects", "rule_set_id"
    };
    static final String[] DECISIONS = {
        "household_id", "decision_id", "evaluation_date", "rule_set_id", "state", "decision"
    };

    static Column[] columns(String... names) {
        Column[] cols = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = functions.col(names[i]);
        }
        return cols;
    }

    /** A list as a Spark array value (Spark's row encoder takes arrays or Scala sequences, not Java lists). */
    static String[] strings(java.util.List<String> list) {
        return list == null ? null : list.toArray(new String[0]);
    }

    static org.apache.spark.sql.Row[] rows(java.util.List<org.apache.spark.sql.Row> list) {
        return list == null ? null : list.toArray(new org.apache.spark.sql.Row[0]);
    }

    static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
