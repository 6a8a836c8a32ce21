package org.elige.batch;

import java.time.LocalDate;
import java.util.Map;
import org.elige.engine.Evaluator;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.LeanDecision;
import org.elige.rules.RuleSet;

/** The batch processor that decides each record and writes its full or lean decision as one JSON line. */
public final class Decide implements Processor {
    private final RuleSet rules;
    private final LocalDate asOf;
    private final Map<String, String> params;
    private final boolean lean;

    public Decide(RuleSet rules, LocalDate asOf, Map<String, String> params, boolean lean) {
        this.rules = rules;
        this.asOf = asOf;
        this.params = params;
        this.lean = lean;
    }

    @Override
    public Item process(long line, byte[] record) {
        try {
            Decision d = Evaluator.decide(rules, record, asOf, params, !lean);
            byte[] json = Json.WRITER.writeValueAsBytes(lean ? LeanDecision.of(d) : d);
            return new Item(line, json, d.errors(), d);
        } catch (InputException e) {
            return new Item(line, new byte[0], e.errors(), null);
        }
    }
}
