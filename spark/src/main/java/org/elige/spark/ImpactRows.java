package org.elige.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.elige.audit.Change;
import org.elige.audit.Impact;
import org.elige.audit.ImpactProcessor;
import org.elige.batch.Item;
import org.elige.input.Json;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.RuleDefect;

/**
 * Decides the records of one partition under the base and the candidate rule set with the core's
 * {@link ImpactProcessor} (the CLI's {@code impact}) and turns each household's changes into rows
 * of {@link #ROWS}: one per changed result (numbered within its household), one per record with
 * problems, one per record for the counts (with its state when decided).
 */
final class ImpactRows implements FlatMapFunction<Iterator<Source>, Row> {
    static final StructType ROWS = new StructType(new StructField[] {
        Tables.field("kind", StringType),
        Tables.field("household_id", StringType),
        Tables.field("state", StringType),
        Tables.field("program", StringType),
        Tables.field("unit_kind", StringType),
        Tables.field("unit_id", StringType),
        Tables.field("outcome_before", StringType),
        Tables.field("outcome_after", StringType),
        Tables.field("benefit_before", Tables.AMOUNT),
        Tables.field("benefit_after", Tables.AMOUNT),
        Tables.field("benefit_unit", StringType),
        Tables.field("benefit_change", Tables.AMOUNT),
        Tables.field("change", StringType),
        Tables.field("criteria", Tables.STRINGS),
        Tables.field("parameters", Tables.STRINGS),
        Tables.field("source", StringType),
        Tables.field("position", LongType),
        Tables.field("decided", BooleanType),
        Tables.field("problems", IntegerType),
        Tables.field("errors", DataTypes.createArrayType(Tables.PROBLEM, false)),
        Tables.field("changes", IntegerType),
        Tables.field("seq", IntegerType)
    });
    static final String[] CHANGES = {
        "household_id", "state", "program", "unit_kind", "unit_id", "outcome_before", "outcome_after",
        "benefit_before", "benefit_after", "benefit_unit", "benefit_change", "change", "criteria", "parameters",
        "source", "position"
    };
    static final String[] ERRORS = {"source", "position", "decided", "problems", "errors"};

    private final RuleShipment base;
    private final RuleShipment candidate;
    private final LocalDate asOf;

    ImpactRows(RuleShipment base, RuleShipment candidate, LocalDate asOf) {
        this.base = base;
        this.candidate = candidate;
        this.asOf = asOf;
    }

    @Override
    public Iterator<Row> call(Iterator<Source> records) {
        ImpactProcessor both = new ImpactProcessor(ExecutorRules.get(base), ExecutorRules.get(candidate), asOf);
        return new Rows<>(records, s -> rows(both, s));
    }

    private static List<Row> rows(ImpactProcessor both, Source s) {
        List<Row> rows = new ArrayList<>();
        Item item;
        try {
            item = s.json() == null
                    ? new Item(
                            s.position(),
                            new byte[0],
                            List.of(new InputError("", null, Messages.text("input.empty"))),
                            null,
                            null)
                    : both.process(s.position(), s.json());
        } catch (RuntimeException | StackOverflowError e) {
            item = Item.failed(s.position(), e);
        }
        List<Change> changes = item.attachment() instanceof Impact.Decided d ? d.changes() : List.of();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            rows.add(RowFactory.create(
                    "change",
                    c.householdId(),
                    c.state(),
                    c.program(),
                    c.unitKind(),
                    c.unitId(),
                    c.outcomeBefore(),
                    c.outcomeAfter(),
                    money(c.benefitBefore()),
                    money(c.benefitAfter()),
                    c.benefitUnit(),
                    money(c.benefitChange()),
                    kind(c),
                    Tables.strings(c.criteria()),
                    Tables.strings(c.parameters()),
                    s.file(),
                    s.position(),
                    true,
                    null,
                    null,
                    null,
                    i));
        }
        boolean decided = item.decision() != null;
        if (!item.errors().isEmpty()) {
            rows.add(RowFactory.create(
                    "error",
                    decided ? item.decision().householdId() : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.file(),
                    s.position(),
                    decided,
                    item.errors().size(),
                    Tables.rows(problems(item.errors())),
                    null,
                    null));
        }
        rows.add(RowFactory.create(
                "record",
                null,
                item.attachment() instanceof Impact.Decided d ? d.state() : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                decided,
                item.errors().size(),
                null,
                changes.size(),
                null));
        return rows;
    }

    /** GAINED (now eligible), LOST (no longer eligible), OUTCOME (another change of outcome), AMOUNT (the benefit only). */
    static String kind(Change c) {
        if (c.gained()) {
            return "GAINED";
        }
        if (c.lost()) {
            return "LOST";
        }
        return java.util.Objects.equals(c.outcomeBefore(), c.outcomeAfter()) ? "AMOUNT" : "OUTCOME";
    }

    static List<Row> problems(List<InputError> errors) {
        return errors.stream()
                .map(e -> RowFactory.create(
                        e.path(),
                        e.value() == null ? null : Json.WRITER.writeValueAsString(e.value()),
                        e.message().es(),
                        e.message().en()))
                .toList();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    static String describe(Throwable e) {
        return RuleDefect.describe(e);
    }
}
