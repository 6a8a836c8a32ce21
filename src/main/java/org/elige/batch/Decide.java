package org.elige.batch;

import java.time.LocalDate;
import java.util.Map;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.LeanDecision;
import org.elige.prospects.Prospector;
import org.elige.rules.Parameters;
import org.elige.rules.RuleSet;

/**
 * The batch processor that decides each record and writes its full or lean decision as one JSON
 * line; optionally attaches what a {@link Sink} needs (built here, on the worker threads) and skips
 * the lines a resumed batch had already decided.
 */
public final class Decide implements Processor {
    private final RuleSet rules;
    private final LocalDate asOf;
    private final Parameters parameters;
    private final boolean lean;
    private final Attach attach;
    private final Skip skip;
    /** How far ahead to say what would open each result ({@code --next-dates}), or null for the decision alone. */
    private java.time.Period horizon;

    /** What to keep of each decision for the sink. */
    @FunctionalInterface
    public interface Attach {
        Object attach(long line, Input input, Decision decision);
    }

    /** Whether a line was already decided by an earlier run of the same batch. */
    @FunctionalInterface
    public interface Skip {
        boolean skip(long line, byte[] record);
    }

    public Decide(RuleSet rules, LocalDate asOf, Map<String, String> params, boolean lean) {
        this(rules, asOf, params, lean, null, null);
    }

    /** @param attach may be null; {@code skip} may be null */
    public Decide(RuleSet rules, LocalDate asOf, Map<String, String> params, boolean lean, Attach attach, Skip skip) {
        this.rules = rules;
        this.asOf = asOf;
        this.parameters = rules.parameters().with(params);
        this.lean = lean;
        this.attach = attach;
        this.skip = skip;
    }

    /**
     * Adds to each line, as its {@code prospects}, what would open each result that is not eligible
     * (issue 18), looking {@code horizon} ahead; null (the default) writes the decision alone.
     */
    public Decide withProspects(java.time.Period horizon) {
        this.horizon = horizon;
        return this;
    }

    @Override
    public Item process(long line, byte[] record) {
        if (skip != null && skip.skip(line, record)) {
            return Item.skipped(line);
        }
        try {
            Input input = HouseholdReader.read(record, rules.enrollable(), asOf);
            // A recorded decision is always whole (sentences and facts), whatever is written out.
            Decision d = Evaluator.evaluate(rules, input, parameters, !lean || attach != null || horizon != null);
            byte[] json = Json.WRITER.writeValueAsBytes(lean ? LeanDecision.of(d) : d);
            if (horizon != null) {
                json = Prospector.of(rules, input, parameters, d, horizon).appendTo(json);
            }
            return new Item(line, json, d.errors(), d, attach == null ? null : attach.attach(line, input, d));
        } catch (InputException e) {
            return new Item(line, new byte[0], e.errors(), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            // One record never ends a batch: a rule that throws is already a finding of its own
            // criterion (Evaluator); anything else that fails on this record is listed for it.
            return Item.failed(line, e);
        }
    }
}
